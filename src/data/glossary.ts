// The course glossary. Lessons link a term with `[words](term:id)`; ids are fixed by the
// authoring conventions. Keep the array sorted by `term` (case-insensitive): the glossary page
// renders it in this order and a unit test checks it.
import type { GlossaryEntry } from './glossary.types';
import { nfc } from './text';

export const glossary: readonly GlossaryEntry[] = nfc([
  {
    id: 'absolute-risk',
    term: 'Absolute risk',
    definition:
      'The chance that something happens in a group over a stated time, such as 5 in 100 people over 3 years. A relative risk reduction (such as 58% fewer cases) means little without the absolute risk it starts from.',
    seeAlso: ['relative-risk', 'number-needed-to-treat'],
  },
  {
    id: 'acute-inflammation',
    term: 'Acute inflammation',
    definition:
      'The body’s short-term, protective response to an injury or infection, with redness, heat, swelling and pain. It is strong, local and switches off once the threat is dealt with, unlike the low-grade inflammation linked to insulin resistance.',
    seeAlso: ['meta-inflammation', 'immune-system', 'cytokine'],
  },
  {
    id: 'adipocyte',
    term: 'Adipocyte',
    aliases: ['Fat cell'],
    definition:
      'A fat cell: a cell specialized in storing energy as fat (triglycerides) and releasing it when needed. Adipocytes also send out signaling molecules called adipokines.',
    seeAlso: ['adipose-tissue', 'adipokine', 'triglycerides'],
  },
  {
    id: 'adipokine',
    term: 'Adipokine',
    aliases: ['Adipocytokine'],
    definition:
      'Any signaling molecule released by fat tissue. Some, such as leptin and adiponectin, are made by the fat cells themselves; cytokines such as TNF-α and IL-6 also come from immune cells in the fat (in mice, macrophages make almost all of the fat tissue’s TNF-α and much of its IL-6). Adipokines are why fat tissue is counted as an endocrine organ.',
    seeAlso: ['adipose-tissue', 'endocrine-organ', 'cytokine'],
  },
  {
    id: 'adiponectin',
    term: 'Adiponectin',
    definition:
      'A hormone made by fat cells that goes with better insulin sensitivity; its large (high-molecular-weight) form is thought to be the most active. Unlike most adipokines, it falls as fat tissue enlarges.',
    seeAlso: ['adipokine', 'adipocyte'],
  },
  {
    id: 'adipose-tissue',
    term: 'Adipose tissue',
    aliases: ['Body fat', 'Fat tissue'],
    definition:
      'Body fat as a tissue: fat cells together with blood vessels, connective tissue and immune cells such as macrophages. It is an active organ that stores energy and sends signals, not just passive storage.',
    seeAlso: ['adipocyte', 'visceral-adipose-tissue', 'subcutaneous-fat', 'macrophage'],
  },
  {
    id: 'ampk',
    term: 'AMPK',
    aliases: ['AMP-activated protein kinase'],
    definition:
      'An energy-sensing enzyme that switches on when a cell’s fuel runs low, for example in working muscle. It is one of the signals that move GLUT4 to the muscle surface during exercise without needing insulin.',
    seeAlso: ['glut4', 'kinase', 'insulin-sensitivity'],
  },
  {
    id: 'atherosclerosis',
    term: 'Atherosclerosis',
    definition:
      'The slow build-up of fatty plaques in artery walls. Plaques can narrow arteries or break open and cause a clot, which is how most heart attacks and many strokes happen.',
    seeAlso: ['dyslipidemia', 'metabolic-syndrome'],
  },
  {
    id: 'beta-cell',
    term: 'Beta cell',
    aliases: ['β-cell', 'Pancreatic beta cell'],
    definition:
      'The cells in the pancreas that make and release insulin. In insulin resistance they work harder to make more insulin; type 2 diabetes usually develops when they can no longer keep up.',
    seeAlso: ['insulin', 'hyperinsulinemia', 'type-2-diabetes'],
  },
  {
    id: 'crp',
    term: 'C-reactive protein',
    aliases: ['CRP', 'hs-CRP', 'High-sensitivity C-reactive protein'],
    definition:
      'A protein made by the liver in response to inflammatory signals, especially IL-6, and measured in blood as a general marker of inflammation. Higher levels are associated with a higher future risk of type 2 diabetes, but CRP is not a test for insulin resistance.',
    seeAlso: ['il-6', 'meta-inflammation', 'observational-study'],
  },
  {
    id: 'coefficient-of-variation',
    term: 'Coefficient of variation',
    aliases: ['CV'],
    definition:
      'A measure of how much repeated results scatter, given as the standard deviation divided by the average and expressed as a percentage. HOMA-IR’s coefficient of variation of about 31% means a single result can be well off a person’s true value.',
    seeAlso: ['homa-ir', 'quicki'],
  },
  {
    id: 'confidence-interval',
    term: 'Confidence interval',
    aliases: ['CI', '95% CI'],
    definition:
      'The range of values that is compatible with a study’s data, around its single best estimate. A 95% confidence interval that excludes “no effect” (a relative risk of 1, or a difference of 0) means the result is unlikely to be chance alone; a wide interval means the estimate is imprecise.',
    seeAlso: ['relative-risk', 'effect-size', 'meta-analysis'],
  },
  {
    id: 'cortisol',
    term: 'Cortisol',
    definition:
      'The main glucocorticoid hormone in humans, made by the adrenal glands; it follows a daily rhythm and rises with stress. It opposes insulin’s action, and very high, long-lasting levels cause central fat and insulin resistance, but it is not established that everyday stress does the same.',
    seeAlso: ['glucocorticoid', 'hpa-axis', 'visceral-adipose-tissue'],
  },
  {
    id: 'crown-like-structure',
    term: 'Crown-like structure',
    aliases: ['CLS'],
    definition:
      'A ring of macrophages surrounding a dying fat cell, seen under the microscope in fat tissue. It was described mainly in obese mice, where it is a visible sign of inflammation inside fat tissue; it is also reported in people, though not in every obese person’s fat.',
    seeAlso: ['macrophage', 'adipocyte', 'm1-m2'],
  },
  {
    id: 'cytokine',
    term: 'Cytokine',
    definition:
      'A small signaling protein that immune cells and other cells use to talk to each other. Some, like TNF-α, mainly promote inflammation; others, like IL-10, calm it; and some, like IL-6, do both depending on the setting.',
    seeAlso: ['tnf-alpha', 'il-6', 'il-10', 'adipokine'],
  },
  {
    id: 'dietary-fiber',
    term: 'Dietary fiber',
    aliases: ['Fiber', 'Soluble fiber', 'Insoluble fiber'],
    definition:
      'The parts of plant foods that human digestive enzymes cannot break down; some of it is fermented by gut bacteria. In large population studies, the lower diabetes risk linked to fiber comes mainly from insoluble cereal fiber and whole grains.',
    seeAlso: ['gut-microbiota', 'refined-carbohydrates', 'observational-study'],
  },
  {
    id: 'dyslipidemia',
    term: 'Dyslipidemia',
    aliases: ['Dyslipidaemia'],
    definition:
      'An unhealthy pattern of fats in the blood. With insulin resistance it is typically high triglycerides and low HDL (“good”) cholesterol.',
    seeAlso: ['triglycerides', 'metabolic-syndrome', 'atherosclerosis'],
  },
  {
    id: 'ectopic-fat',
    term: 'Ectopic fat',
    aliases: ['Ectopic lipid'],
    definition:
      'Fat stored where it does not belong, such as inside liver and muscle cells. Fat by-products there, such as diacylglycerols and ceramides, can block insulin signaling, which is one reason inflammation is not the only cause of insulin resistance.',
    seeAlso: ['insulin-resistance', 'visceral-adipose-tissue', 'er-stress'],
  },
  {
    id: 'effect-size',
    term: 'Effect size',
    aliases: ['Standardized mean difference'],
    definition:
      'A measure of how big a difference is, in units of the spread between people rather than in the test’s own units, so that studies using different measures can be pooled. As a rough guide, 0.2 is small, 0.5 medium and 0.8 large.',
    seeAlso: ['meta-analysis', 'confidence-interval'],
  },
  {
    id: 'endocrine-organ',
    term: 'Endocrine organ',
    definition:
      'An organ that releases hormones into the blood to act on distant tissues, like the thyroid or the pancreas. Fat tissue counts as one because it releases adipokines.',
    seeAlso: ['adipokine', 'adipose-tissue', 'paracrine'],
  },
  {
    id: 'er-stress',
    term: 'ER stress',
    aliases: ['Endoplasmic reticulum stress', 'Unfolded protein response'],
    definition:
      'A state in which the endoplasmic reticulum, the cell’s protein-folding workshop, is overloaded, for example by excess nutrients. The cell’s alarm response (the unfolded protein response) can switch on JNK and other inflammatory pathways that interfere with insulin signaling.',
    seeAlso: ['jnk', 'meta-inflammation', 'ectopic-fat'],
  },
  {
    id: 'euglycemic-clamp',
    term: 'Euglycemic clamp',
    aliases: ['Hyperinsulinemic–euglycemic clamp', 'Clamp'],
    definition:
      'The reference-standard research test of insulin sensitivity: insulin is infused at a steady rate while glucose is infused at whatever rate keeps blood glucose normal. The more glucose needed, the more insulin-sensitive the person; it is too laborious for routine use, so simpler indices estimate it.',
    seeAlso: ['insulin-sensitivity', 'homa-ir', 'quicki', 'tyg-index'],
  },
  {
    id: 'gestational-diabetes',
    term: 'Gestational diabetes',
    definition:
      'High blood glucose first found during pregnancy, when the insulin-making beta cells cannot keep up with the normal fall in insulin sensitivity of late pregnancy. It marks a high risk of type 2 diabetes later.',
    seeAlso: ['beta-cell', 'insulin-sensitivity'],
  },
  {
    id: 'glucocorticoid',
    term: 'Glucocorticoid',
    aliases: ['Glucocorticoids'],
    definition:
      'A family of steroid hormones, including the body’s own cortisol and related medicines, that raise blood glucose and oppose insulin. Prolonged excess, as in Cushing’s syndrome or long-term steroid treatment, causes insulin resistance and central fat.',
    seeAlso: ['cortisol', 'hpa-axis', 'insulin-resistance'],
  },
  {
    id: 'glucose-tolerance',
    term: 'Glucose tolerance',
    aliases: ['Oral glucose tolerance test', 'OGTT'],
    definition:
      'How well the body brings blood glucose back down after a dose of sugar, usually tested by drinking a glucose solution. It reflects both insulin sensitivity and how much insulin the beta cells can release, so it is not the same as insulin sensitivity.',
    seeAlso: ['insulin-sensitivity', 'beta-cell', 'prediabetes'],
  },
  {
    id: 'glut4',
    term: 'GLUT4',
    aliases: ['Glucose transporter type 4'],
    definition:
      'A glucose transporter, a protein doorway that lets glucose into muscle and fat cells; insulin moves it from inside the cell to the surface. Muscle contraction also moves GLUT4 to the surface through signals that do not need insulin, which is why exercise lowers glucose even in insulin-resistant people.',
    seeAlso: ['pi3k-akt', 'ampk', 'insulin-sensitivity'],
  },
  {
    id: 'gut-dysbiosis',
    term: 'Gut dysbiosis',
    aliases: ['Dysbiosis'],
    definition:
      'An unfavorable shift in the mix or activity of gut microbes. Links between dysbiosis and insulin resistance come mostly from mouse studies and human associations, and there is no agreed definition of a “healthy” microbiota.',
    seeAlso: ['gut-microbiota', 'intestinal-permeability', 'metabolic-endotoxemia'],
  },
  {
    id: 'gut-microbiota',
    term: 'Gut microbiota',
    aliases: ['Gut microbiome', 'Gut bacteria', 'Gut flora'],
    definition:
      'The community of trillions of bacteria and other microbes living in the intestines. They ferment fiber and interact with the immune system, and their makeup shifts with diet.',
    seeAlso: ['gut-dysbiosis', 'dietary-fiber', 'lps'],
  },
  {
    id: 'hba1c',
    term: 'HbA1c',
    aliases: ['A1C', 'Glycated hemoglobin'],
    definition:
      'The share of hemoglobin in red blood cells that carries glucose, reported in percent or mmol/mol. Because red cells live about three months, it reflects average blood glucose over the past two to three months and is one of the tests used to diagnose diabetes.',
    seeAlso: ['type-2-diabetes', 'prediabetes'],
  },
  {
    id: 'homa-ir',
    term: 'HOMA-IR',
    aliases: ['Homeostasis model assessment of insulin resistance', 'HOMA'],
    definition:
      'An estimate of insulin resistance calculated from one fasting insulin and one fasting glucose measurement. It is useful for comparing groups in research, but its precision for an individual is low and there is no universal cut-off: thresholds differ by population, age, sex and laboratory method.',
    seeAlso: ['quicki', 'tyg-index', 'euglycemic-clamp', 'coefficient-of-variation'],
  },
  {
    id: 'hpa-axis',
    term: 'HPA axis',
    aliases: ['Hypothalamic–pituitary–adrenal axis'],
    definition:
      'The chain of signals from the hypothalamus in the brain to the pituitary gland to the adrenal glands that controls cortisol release. Stress switches it on.',
    seeAlso: ['cortisol', 'glucocorticoid'],
  },
  {
    id: 'hyperinsulinemia',
    term: 'Hyperinsulinemia',
    aliases: ['High insulin levels'],
    definition:
      'Higher-than-normal insulin levels in the blood, usually the pancreas compensating for insulin resistance; it can keep glucose normal for years. In mice, high insulin itself promoted inflammation in fat tissue, but this is not proven in humans.',
    seeAlso: ['insulin-resistance', 'beta-cell', 'insulin'],
  },
  {
    id: 'ikk-beta',
    term: 'IKKβ',
    aliases: ['IKK-beta', 'IκB kinase beta', 'Inhibitor of κB kinase β'],
    definition:
      'An inflammatory kinase that switches on NF-κB and can also tag IRS-1 with phosphate on serine sites. Animal studies link it to inflammation-driven insulin resistance.',
    seeAlso: ['nf-kb', 'kinase', 'serine-phosphorylation', 'jnk'],
  },
  {
    id: 'il-10',
    term: 'IL-10',
    aliases: ['Interleukin-10'],
    definition:
      'An anti-inflammatory cytokine that helps switch inflammation off. In lean mice it is made by the M2-like macrophages in fat tissue, and in people it rises after exercise, partly in response to IL-6 from working muscle.',
    seeAlso: ['cytokine', 'il-6', 'm1-m2'],
  },
  {
    id: 'il-6',
    term: 'IL-6',
    aliases: ['Interleukin-6'],
    definition:
      'A cytokine with several roles: from fat tissue and immune cells it promotes inflammation and prompts the liver to make CRP. But IL-6 released by contracting muscle during exercise triggers anti-inflammatory signals, so it is not purely “bad”.',
    seeAlso: ['cytokine', 'crp', 'il-10', 'tnf-alpha'],
  },
  {
    id: 'immune-system',
    term: 'Immune system',
    definition:
      'The body’s defense network of cells and signaling molecules that fights infection and repairs damage. Its cells, such as macrophages, also live in fat, liver and muscle, where they interact with metabolism.',
    seeAlso: ['macrophage', 'cytokine', 'acute-inflammation', 'meta-inflammation'],
  },
  {
    id: 'impaired-fasting-glucose',
    term: 'Impaired fasting glucose',
    aliases: ['IFG'],
    definition:
      'A fasting blood glucose above normal but below the diabetes range (100–125 mg/dL, 5.6–6.9 mmol/L, in the American Diabetes Association’s standards); one of the forms of prediabetes.',
    seeAlso: ['prediabetes', 'impaired-glucose-tolerance'],
  },
  {
    id: 'impaired-glucose-tolerance',
    term: 'Impaired glucose tolerance',
    aliases: ['IGT'],
    definition:
      'A two-hour glucose in an oral glucose tolerance test that is higher than normal but below the diabetes level; one of the forms of prediabetes.',
    seeAlso: ['glucose-tolerance', 'prediabetes'],
  },
  {
    id: 'insulin',
    term: 'Insulin',
    definition:
      'A hormone made by the beta cells of the pancreas and released mainly after meals. It tells muscle, fat and liver cells to take up and store glucose and tells the liver to release less glucose.',
    seeAlso: ['beta-cell', 'insulin-receptor', 'insulin-resistance'],
  },
  {
    id: 'insulin-receptor',
    term: 'Insulin receptor',
    definition:
      'A protein on the cell surface that insulin binds to. Binding activates the receptor, which adds phosphate to proteins such as IRS-1 and starts the signal inside the cell.',
    seeAlso: ['insulin', 'irs-1', 'kinase'],
  },
  {
    id: 'insulin-resistance',
    term: 'Insulin resistance',
    aliases: ['IR'],
    definition:
      'A state in which muscle, fat and liver cells respond less than normal to insulin, so more insulin is needed for the same effect. The pancreas often compensates for years with extra insulin and normal glucose, so insulin resistance is not the same as type 2 diabetes.',
    seeAlso: ['insulin-sensitivity', 'hyperinsulinemia', 'type-2-diabetes', 'homa-ir'],
  },
  {
    id: 'insulin-sensitivity',
    term: 'Insulin sensitivity',
    definition:
      'How strongly the body’s cells respond to a given amount of insulin; the opposite of insulin resistance. It is measured most accurately with the euglycemic clamp and estimated with indices such as HOMA-IR.',
    seeAlso: ['insulin-resistance', 'euglycemic-clamp', 'quicki'],
  },
  {
    id: 'intestinal-permeability',
    term: 'Intestinal permeability',
    aliases: ['Leaky gut', 'Gut permeability', 'Gut barrier function'],
    definition:
      'How easily substances pass through the gut lining into the blood. “Leaky gut” means increased permeability; in people it is hard to measure and is not established as a cause of insulin resistance.',
    seeAlso: ['lps', 'metabolic-endotoxemia', 'gut-dysbiosis'],
  },
  {
    id: 'irs-1',
    term: 'IRS-1',
    aliases: ['Insulin receptor substrate 1', 'Insulin receptor substrate-1'],
    definition:
      'A relay protein that passes the insulin signal from the insulin receptor to the PI3K–Akt pathway once it is tagged with phosphate on tyrosine sites. Inflammatory kinases such as JNK tag it on certain serine sites instead, which weakens the signal.',
    seeAlso: ['insulin-receptor', 'pi3k-akt', 'serine-phosphorylation', 'jnk'],
  },
  {
    id: 'jnk',
    term: 'JNK',
    aliases: ['c-Jun N-terminal kinase', 'JNK1'],
    definition:
      'A stress-activated kinase switched on by signals such as TNF-α, excess fatty acids and ER stress. In cell studies it adds phosphate to IRS-1 on a serine site, weakening insulin signaling, and mice lacking JNK1 are protected from obesity-induced insulin resistance.',
    seeAlso: ['irs-1', 'serine-phosphorylation', 'tnf-alpha', 'ikk-beta'],
  },
  {
    id: 'kinase',
    term: 'Kinase',
    aliases: ['Protein kinase'],
    definition:
      'An enzyme that attaches phosphate groups to other molecules, a process called phosphorylation. Adding a phosphate works like a switch that turns a protein’s activity on or off.',
    seeAlso: ['serine-phosphorylation', 'jnk', 'ikk-beta', 'ampk'],
  },
  {
    id: 'lps',
    term: 'LPS',
    aliases: ['Lipopolysaccharide', 'Endotoxin'],
    definition:
      'A molecule from the outer wall of certain bacteria, including many in the gut, that strongly alerts the immune system through TLR4. It is also called endotoxin, and the usual blood test for it often cannot detect the low levels found in human plasma.',
    seeAlso: ['tlr4', 'metabolic-endotoxemia', 'gut-microbiota'],
  },
  {
    id: 'm1-m2',
    term: 'M1 and M2 macrophages',
    aliases: ['M1/M2', 'Macrophage polarization'],
    definition:
      'Labels for two macrophage states: M1 is pro-inflammatory (making TNF-α) and M2 is anti-inflammatory and repair-oriented (making IL-10). In obese mice, fat-tissue macrophages shift toward M1; the two labels are a simplification of a continuum and come mostly from mouse data.',
    seeAlso: ['macrophage', 'crown-like-structure', 'il-10', 'tnf-alpha'],
  },
  {
    id: 'macrophage',
    term: 'Macrophage',
    definition:
      'An immune cell that engulfs microbes and debris and releases cytokines. Macrophages accumulate in fat tissue as obesity develops; in mice they make almost all of the fat tissue’s TNF-α and much of its IL-6.',
    seeAlso: ['m1-m2', 'crown-like-structure', 'immune-system', 'cytokine'],
  },
  {
    id: 'masld',
    term: 'MASLD',
    aliases: ['Metabolic dysfunction-associated steatotic liver disease', 'NAFLD (its former name)'],
    definition:
      'Fat in the liver together with at least one of five cardiometabolic risk factors (waist or body weight, glucose, blood pressure, triglycerides, HDL cholesterol), named in 2023. Insulin resistance is closely linked to it but is not part of the definition.',
    seeAlso: ['ectopic-fat', 'insulin-resistance', 'metabolic-syndrome'],
  },
  {
    id: 'meta-analysis',
    term: 'Meta-analysis',
    definition:
      'A study that statistically combines the results of many earlier studies to estimate an overall effect. It is only as reliable as the studies it pools.',
    seeAlso: ['randomized-controlled-trial', 'observational-study'],
  },
  {
    id: 'meta-inflammation',
    term: 'Meta-inflammation',
    aliases: ['Metaflammation', 'Chronic low-grade inflammation', 'Metabolic inflammation'],
    definition:
      'Low-grade, chronic inflammation orchestrated by metabolic cells, such as fat, liver and muscle cells, in response to excess nutrients and energy. It is far milder than acute inflammation, causes no obvious symptoms, and is one of several contributors to insulin resistance.',
    seeAlso: ['acute-inflammation', 'cytokine', 'insulin-resistance', 'crp'],
  },
  {
    id: 'metabolic-endotoxemia',
    term: 'Metabolic endotoxemia',
    definition:
      'A small, lasting rise of bacterial LPS in the blood, proposed to link high-fat diets, gut changes and inflammation. It was shown mainly in mice; human rises are small and hard to measure, and the link with diabetes in people is an association.',
    seeAlso: ['lps', 'intestinal-permeability', 'gut-dysbiosis', 'tlr4'],
  },
  {
    id: 'metabolic-syndrome',
    term: 'Metabolic syndrome',
    definition:
      'A cluster of risk factors that often occur together: a large waist, raised blood pressure, raised fasting glucose, high triglycerides and low HDL cholesterol. Having several of them (usually three or more) marks a higher risk of type 2 diabetes and heart disease; insulin resistance is thought to link many of them.',
    seeAlso: ['insulin-resistance', 'visceral-adipose-tissue', 'triglycerides'],
  },
  {
    id: 'monocyte',
    term: 'Monocyte',
    definition:
      'A white blood cell that circulates in the blood and can enter tissues, where it matures into a macrophage.',
    seeAlso: ['macrophage', 'immune-system'],
  },
  {
    id: 'nf-kb',
    term: 'NF-κB',
    aliases: ['NF-kappaB', 'NF-kB', 'Nuclear factor kappa B'],
    definition:
      'A protein that, once switched on (for example by IKKβ or TLR4), enters the cell nucleus and turns on genes for inflammatory cytokines such as TNF-α and IL-6. It is a master switch of inflammation.',
    seeAlso: ['ikk-beta', 'tlr4', 'cytokine'],
  },
  {
    id: 'number-needed-to-treat',
    term: 'Number needed to treat',
    aliases: ['NNT'],
    definition:
      'How many people need to receive a treatment or programme, for a given time, for one of them to be spared the outcome. It turns a relative risk reduction into something concrete.',
    seeAlso: ['relative-risk', 'absolute-risk'],
  },
  {
    id: 'observational-study',
    term: 'Observational study',
    aliases: ['Cohort study', 'Cross-sectional study'],
    definition:
      'A study in which researchers measure people without assigning any treatment, either once (cross-sectional) or over time (a cohort). It can show that two things go together but cannot by itself prove that one causes the other.',
    seeAlso: ['randomized-controlled-trial', 'meta-analysis'],
  },
  {
    id: 'omega-3',
    term: 'Omega-3 fatty acids',
    aliases: ['Omega-3', 'n-3 fatty acids', 'EPA', 'DHA'],
    definition:
      'A family of polyunsaturated fats; EPA and DHA, found mainly in oily fish, are the forms studied for inflammation. They are built into cell membranes and into molecules that help resolve inflammation, but anti-inflammatory effects in adults seem to need fairly high intakes.',
    seeAlso: ['saturated-fatty-acids', 'nf-kb', 'meta-inflammation'],
  },
  {
    id: 'paracrine',
    term: 'Paracrine',
    aliases: ['Paracrine signaling'],
    definition:
      'Signaling in which a molecule acts on nearby cells in the same tissue rather than traveling through the blood. In humans, TNF-α from fat seems to act mainly this way inside fat tissue, since its blood levels are extremely low or undetectable.',
    seeAlso: ['endocrine-organ', 'tnf-alpha', 'cytokine'],
  },
  {
    id: 'pi3k-akt',
    term: 'PI3K–Akt pathway',
    aliases: ['PI3K/Akt', 'Phosphoinositide 3-kinase–Akt pathway'],
    definition:
      'The main chain of enzymes that carries the insulin signal onward from IRS-1. Its activation leads, among other effects, to GLUT4 moving to the cell surface so glucose can enter.',
    seeAlso: ['irs-1', 'glut4', 'kinase'],
  },
  {
    id: 'placebo',
    term: 'Placebo',
    definition:
      'A dummy treatment, such as a tablet without the active drug, given to a comparison group in a trial so that any difference can be credited to the real treatment.',
    seeAlso: ['randomized-controlled-trial'],
  },
  {
    id: 'pcos',
    term: 'Polycystic ovary syndrome',
    aliases: ['PCOS'],
    definition:
      'A hormone condition in women with irregular or absent ovulation, signs of high male-type hormones (androgens) and/or ovaries with many small follicles. Many, but not all, affected women are insulin resistant; insulin resistance is not one of its diagnostic criteria.',
    seeAlso: ['insulin-resistance', 'type-2-diabetes'],
  },
  {
    id: 'portal-vein',
    term: 'Portal vein',
    aliases: ['Hepatic portal vein'],
    definition:
      'The vein that carries blood from the gut, spleen and the fat around the intestines (visceral fat) straight to the liver. What visceral fat releases therefore reaches the liver first: in one study of people with severe obesity, IL-6 was about 50% higher in portal blood than in arterial blood, but TNF-α was not.',
    seeAlso: ['visceral-adipose-tissue', 'endocrine-organ'],
  },
  {
    id: 'prediabetes',
    term: 'Prediabetes',
    definition:
      'Blood glucose that is higher than normal but below the range used to diagnose type 2 diabetes. It usually reflects insulin resistance combined with beta cells that are starting to fall behind, and not everyone with it goes on to develop diabetes.',
    seeAlso: ['type-2-diabetes', 'glucose-tolerance', 'insulin-resistance'],
  },
  {
    id: 'quicki',
    term: 'QUICKI',
    aliases: ['Quantitative insulin sensitivity check index'],
    definition:
      'An index of insulin sensitivity calculated from the logarithms of fasting insulin and fasting glucose; lower values mean more insulin resistance. It carries almost the same information as HOMA-IR and shares its limits.',
    seeAlso: ['homa-ir', 'tyg-index', 'euglycemic-clamp'],
  },
  {
    id: 'randomized-controlled-trial',
    term: 'Randomized controlled trial',
    aliases: ['RCT'],
    definition:
      'A study that assigns participants by chance to an intervention or a comparison group, so differences in outcome can be attributed to the intervention. It is the strongest single design for testing cause and effect in people.',
    seeAlso: ['observational-study', 'meta-analysis'],
  },
  {
    id: 'refined-carbohydrates',
    term: 'Refined carbohydrates',
    aliases: ['Refined carbs'],
    definition:
      'Sugars and starches processed to remove most fiber, such as white flour and added sugar, which are digested quickly and raise glucose and insulin fast. The idea that they drive inflammation rests mainly on reviews rather than on a landmark study.',
    seeAlso: ['dietary-fiber', 'hyperinsulinemia', 'saturated-fatty-acids'],
  },
  {
    id: 'relative-risk',
    term: 'Relative risk',
    aliases: ['RR', 'Risk ratio'],
    definition:
      'How many times more (or less) often something happens in one group than in another: 2 means twice as often, 0.5 half as often, 1 no difference. A relative risk says nothing about how common the event is, so a large relative risk can still mean a small change in absolute numbers. A hazard ratio, used when people are followed over time, is read the same way.',
    seeAlso: ['confidence-interval', 'observational-study', 'randomized-controlled-trial'],
  },
  {
    id: 'salicylate',
    term: 'Salicylate',
    definition:
      'A family of anti-inflammatory drugs that includes aspirin and salsalate. At very high doses they lower blood glucose a little, but they are not a recommended diabetes treatment.',
    seeAlso: ['nf-kb', 'ikk-beta'],
  },
  {
    id: 'saturated-fatty-acids',
    term: 'Saturated fatty acids',
    aliases: ['Saturated fat', 'SFA'],
    definition:
      'Fatty acids with no double bonds in their carbon chain, plentiful in butter, fatty meat and some tropical oils. In mouse and cell studies, some saturated fatty acids cause inflammation in a TLR4-dependent way (whether they bind TLR4 directly is disputed).',
    seeAlso: ['tlr4', 'omega-3', 'refined-carbohydrates'],
  },
  {
    id: 'sensitivity-and-specificity',
    term: 'Sensitivity and specificity',
    aliases: ['Sensitivity', 'Specificity'],
    definition:
      'Two measures of how well a test sorts people. Sensitivity is the share of people who have the condition whom the test flags; specificity is the share of people without it whom the test correctly clears. A test with high sensitivity but low specificity flags many people who do not have the condition.',
    seeAlso: ['homa-ir', 'tyg-index'],
  },
  {
    id: 'serine-phosphorylation',
    term: 'Serine phosphorylation',
    definition:
      'Attaching a phosphate group to a serine, one of the building blocks of a protein. On IRS-1, inflammatory kinases such as JNK and IKKβ phosphorylate certain serine sites and weaken insulin signaling, but not every serine phosphorylation of IRS-1 is inhibitory.',
    seeAlso: ['irs-1', 'kinase', 'jnk', 'ikk-beta'],
  },
  {
    id: 'subcutaneous-fat',
    term: 'Subcutaneous fat',
    aliases: ['Subcutaneous adipose tissue', 'SAT'],
    definition:
      'Fat stored just under the skin, for example on the hips, thighs and belly wall. It is less closely linked to metabolic problems than visceral fat.',
    seeAlso: ['visceral-adipose-tissue', 'adipose-tissue'],
  },
  {
    id: 'tlr4',
    term: 'TLR4',
    aliases: ['Toll-like receptor 4'],
    definition:
      'A sensor on immune and other cells that recognizes bacterial LPS and switches on NF-κB-driven inflammation. In mice and cell studies, the inflammation caused by saturated fatty acids is TLR4-dependent; whether they bind TLR4 directly is disputed.',
    seeAlso: ['lps', 'nf-kb', 'saturated-fatty-acids'],
  },
  {
    id: 'tnf-alpha',
    term: 'TNF-α',
    aliases: ['TNF-alpha', 'Tumor necrosis factor-alpha', 'Tumor necrosis factor-α'],
    definition:
      'A pro-inflammatory cytokine that weakens insulin signaling in cell and animal studies. In obese mice, almost all of the TNF-α in fat tissue comes from its macrophages. Blocking it improved insulin action in obese rats, but in humans it seems to act mainly locally (paracrine), and blocking it for 4 weeks in people with the metabolic syndrome did not improve insulin sensitivity (one small 6-month trial found a modest fall in fasting glucose).',
    seeAlso: ['cytokine', 'paracrine', 'jnk', 'macrophage'],
  },
  {
    id: 'triglycerides',
    term: 'Triglycerides',
    aliases: ['TG', 'Triacylglycerols'],
    definition:
      'The main form in which fat is stored in the body and carried in the blood. Fasting blood triglycerides are used in the TyG index, and they also vary with alcohol, recent meals and some medicines.',
    seeAlso: ['tyg-index', 'adipocyte', 'ectopic-fat'],
  },
  {
    id: 'tyg-index',
    term: 'TyG index',
    aliases: ['Triglyceride–glucose index', 'Triglyceride-glucose index'],
    definition:
      'An estimate of insulin resistance calculated from fasting triglycerides and fasting glucose, so no insulin test is needed. It was first validated against HOMA-IR, not the clamp, and it is published on two different scales, so a cut-off near 4.6 must never be compared with values near 8.6.',
    seeAlso: ['homa-ir', 'quicki', 'triglycerides'],
  },
  {
    id: 'type-2-diabetes',
    term: 'Type 2 diabetes',
    aliases: ['Type 2 diabetes mellitus', 'T2D'],
    definition:
      'A long-term condition of high blood glucose. It usually involves both insulin resistance and beta cells that can no longer make enough insulin to overcome it, and many insulin-resistant people never develop it because their beta cells keep up.',
    seeAlso: ['insulin-resistance', 'beta-cell', 'prediabetes'],
  },
  {
    id: 'visceral-adipose-tissue',
    term: 'Visceral adipose tissue',
    aliases: ['Visceral fat', 'VAT'],
    definition:
      'Fat stored inside the abdominal cavity around the organs, whose blood drains straight to the liver through the portal vein. It is more closely linked to inflammation and insulin resistance than fat under the skin, and scale weight is a poor guide to how much of it a person has.',
    seeAlso: ['subcutaneous-fat', 'adipose-tissue', 'endocrine-organ', 'ectopic-fat'],
  },
]);
