import type { Quiz } from '../../src/quiz/types';

// Lesson paths of each module, so every `lesson` link below names a page and a heading anchor.
const U = '/learn/understanding';
const V = '/learn/vicious-cycle';
const D = '/learn/lifestyle-drivers';
const B = '/learn/breaking-the-cycle';
const M = '/learn/measuring';

const quiz: Quiz = {
  id: 'final-assessment',
  title: 'Final assessment',
  module: 'final',
  passThreshold: 0.7,
  questions: [
    // Module 1: understanding insulin resistance and chronic inflammation
    {
      id: 'insulin-signal-relay',
      kind: 'order',
      level: 'recall',
      prompt: 'Put the steps of insulin’s signal in a muscle cell in order.',
      explanation:
        'Insulin binds its receptor, the receptor tags IRS-1 on tyrosines, tyrosine-tagged IRS-1 switches on PI3K and Akt, Akt sends GLUT4 to the surface, and glucose enters.',
      lesson: `${U}/insulin-and-glucose#signal-inside-cell`,
      steps: [
        {
          id: 'insulin-binds',
          text: 'Insulin binds the insulin receptor on the cell surface',
          feedback: 'The message starts outside the cell.',
        },
        {
          id: 'irs1-tyrosine',
          text: 'The receptor tags IRS-1 on tyrosines',
          feedback: 'Tyrosine-tagged IRS-1 becomes a landing pad for the next enzyme.',
        },
        {
          id: 'pi3k-akt',
          text: 'PI3K and then Akt switch on',
          feedback: 'This branch carries most of insulin’s metabolic message.',
        },
        {
          id: 'glut4-surface',
          text: 'GLUT4 transporters move to the cell surface',
          feedback: 'Stored GLUT4 vesicles fuse with the membrane.',
        },
        {
          id: 'glucose-enters',
          text: 'Glucose enters the cell',
          feedback: 'Only with GLUT4 in the membrane can glucose flow in.',
        },
      ],
    },
    {
      id: 'compensation',
      kind: 'single',
      level: 'recall',
      prompt: 'In the early years of insulin resistance, what usually keeps blood glucose normal?',
      explanation:
        'The beta cells of the pancreas release more insulin (hyperinsulinemia), which overcomes the resistance. Glucose can stay normal for years while insulin runs high.',
      lesson: `${U}/insulin-resistance#compensation`,
      options: [
        {
          id: 'more-insulin',
          text: 'The pancreas releases more insulin',
          correct: true,
          feedback: 'Right. This compensation is called hyperinsulinemia.',
        },
        {
          id: 'less-insulin',
          text: 'The pancreas releases less insulin to rest the beta cells',
          correct: false,
          feedback:
            'It is the reverse: in insulin resistance the beta cells work harder, and insulin runs high, not low.',
          misconception: 'ir-means-low-insulin',
        },
        {
          id: 'insulin-unchanged',
          text: 'Insulin levels stay normal because the tissues adapt on their own',
          correct: false,
          feedback:
            'Insulin levels rise (hyperinsulinemia); that extra insulin is what holds glucose in range.',
        },
        {
          id: 'nothing-glucose-rises',
          text: 'Nothing: blood glucose rises as soon as insulin resistance begins',
          correct: false,
          feedback:
            'Glucose can stay normal for years while insulin runs high, so a normal glucose does not rule out insulin resistance.',
          misconception: 'ir-equals-diabetes',
        },
      ],
    },
    {
      id: 'ir-not-t2d',
      kind: 'true-false',
      level: 'recall',
      prompt: 'True or false: insulin resistance and type 2 diabetes are the same thing.',
      explanation:
        'Insulin resistance can last for years with normal glucose because the pancreas compensates. Type 2 diabetes also needs the beta cells to fail, and many insulin-resistant people never develop it.',
      lesson: `${U}/insulin-resistance#ir-is-not-t2d`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Insulin resistance raises the demand for insulin; diabetes appears only when beta cells can no longer keep up.',
          misconception: 'ir-equals-diabetes',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. A normal fasting glucose does not rule out insulin resistance, and insulin resistance does not mean diabetes.',
        },
      ],
    },
    {
      id: 'metaflammation-definition',
      kind: 'single',
      level: 'recall',
      prompt: 'Which description best fits "metaflammation" (meta-inflammation)?',
      explanation:
        'Gregor and Hotamisligil define it as low-grade, chronic inflammation orchestrated by metabolic cells in response to excess nutrients and energy: no fever or swelling, lasting months or years.',
      lesson: `${U}/chronic-inflammation#metaflammation`,
      options: [
        {
          id: 'low-grade-metabolic',
          text: 'Low-grade, chronic inflammation orchestrated by metabolic cells in response to excess nutrients and energy',
          correct: true,
          feedback: 'Right. The trigger is metabolic overload, not an infection.',
        },
        {
          id: 'acute-injury',
          text: 'The redness, heat and swelling around a fresh injury',
          correct: false,
          feedback: 'That is acute inflammation: strong, local and self-limiting.',
          misconception: 'chronic-like-acute',
        },
        {
          id: 'infection',
          text: 'A hidden bacterial infection of fat tissue',
          correct: false,
          feedback:
            'Metaflammation is driven by metabolic strain, even though some microbe-sensing receptors take part.',
          misconception: 'inflammation-means-infection',
        },
        {
          id: 'high-fever',
          text: 'A body-wide reaction with fever and many-fold rises in cytokines',
          correct: false,
          feedback: 'Metaflammation is low-grade: signals rise modestly, without fever.',
          misconception: 'chronic-like-acute',
        },
      ],
    },
    {
      id: 'local-vs-circulating',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Which statements about inflammatory signals in people are supported by the course? Select all that apply.',
      explanation:
        'In obese women, fat made more TNF-α message but blood TNF-α was extremely low or undetectable, so TNF-α acts mainly locally. IL-6 and the liver-made CRP are the markers measurable in blood. In people with severe obesity, blood leaving visceral fat carried more IL-6 but not more TNF-α.',
      lesson: `${U}/chronic-inflammation#local-vs-circulating`,
      options: [
        {
          id: 'tnf-local',
          text: 'TNF-α acts mostly locally and is barely detectable in blood',
          correct: true,
          feedback: 'Right. This short-range signaling is called paracrine.',
        },
        {
          id: 'crp-liver',
          text: 'CRP is made by the liver in response to signals such as IL-6',
          correct: true,
          feedback: 'Right. That makes it a marker of systemic inflammation.',
        },
        {
          id: 'tnf-floods-blood',
          text: 'Visceral fat floods the blood with TNF-α',
          correct: false,
          feedback:
            'In people with severe obesity, blood leaving visceral fat carried more IL-6, but not more TNF-α.',
          misconception: 'visceral-fat-secretes-tnf',
        },
        {
          id: 'symptoms-obvious',
          text: 'Chronic low-grade inflammation causes obvious symptoms such as fever',
          correct: false,
          feedback:
            'It is silent: it can only be detected indirectly, through modestly raised blood markers.',
          misconception: 'chronic-like-acute',
        },
      ],
    },
    // Module 2: the vicious cycle
    {
      id: 'jnk-irs1',
      kind: 'single',
      level: 'recall',
      prompt: 'How does the stress kinase JNK weaken insulin’s signal?',
      explanation:
        'JNK tags IRS-1 on a serine (known in rodents as Ser307). Serine-tagged IRS-1 is tagged less well on its tyrosines by the insulin receptor, so the signal is passed on more weakly. This was shown in cultured cells, and not every serine tag on IRS-1 is inhibitory.',
      lesson: `${V}/cytokines-and-insulin-signaling#jnk-blocks-irs-1`,
      options: [
        {
          id: 'serine-tag',
          text: 'It tags IRS-1 on a serine, so IRS-1 passes the signal on less well',
          correct: true,
          feedback: 'Right. The signal still arrives; it is turned down rather than switched off.',
        },
        {
          id: 'blocks-receptor',
          text: 'It stops insulin from binding its receptor on the cell surface',
          correct: false,
          feedback:
            'In this mechanism insulin still binds its receptor; JNK acts further down the relay, inside the cell, on IRS-1.',
        },
        {
          id: 'switches-off',
          text: 'It switches the insulin signal off completely, so no glucose can enter the cell',
          correct: false,
          feedback:
            'The signal is weakened, not abolished, and muscle can still take up glucose by other routes, such as contraction during exercise.',
        },
        {
          id: 'every-serine',
          text: 'Every serine tag on IRS-1 blocks insulin, so JNK is one of many identical blockers',
          correct: false,
          feedback:
            'Not every serine phosphorylation of IRS-1 is inhibitory; some are part of normal feedback.',
          misconception: 'all-serine-inhibitory',
        },
      ],
    },
    {
      id: 'anti-inflammatory-trials',
      kind: 'single',
      level: 'apply',
      prompt:
        'Neutralizing TNF-α improved insulin action in obese rats. Which summary of human trials of anti-inflammatory drugs fits the evidence?',
      explanation:
        'Salsalate, a relative of aspirin, lowered HbA1c by about 0.4 percentage points more than placebo in adults with type 2 diabetes over 14 and 48 weeks, while weight, LDL cholesterol and urine albumin rose. Four weeks of the TNF-α blocker etanercept lowered CRP in 56 adults with the metabolic syndrome without improving insulin sensitivity; six months lowered fasting glucose in a small trial of 40 adults. Blocking IL-1β for a median 3.7 years lowered CRP and IL-6 but did not reduce new cases of diabetes. None of these drugs is a recommended treatment for insulin resistance.',
      lesson: `${B}/anti-inflammatory-drugs#what-it-means`,
      options: [
        {
          id: 'modest-glucose',
          text: 'They can lower glucose a little, but have not been shown to restore insulin sensitivity or prevent diabetes',
          correct: true,
          feedback:
            'Right. The rodent result did not carry over simply to people, and the drugs have side effects.',
        },
        {
          id: 'treat-ir',
          text: 'They reverse insulin resistance in people, as the rat results predicted',
          correct: false,
          feedback: 'In the 4-week etanercept trial, CRP fell but insulin sensitivity did not improve.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'no-effect',
          text: 'They have no effect at all on blood glucose in people',
          correct: false,
          feedback:
            'Salsalate lowered HbA1c slightly in trials of up to 48 weeks, and 6 months of etanercept lowered fasting glucose in one small trial.',
          misconception: 'anti-inflammatories-useless',
        },
        {
          id: 'prevent-diabetes',
          text: 'Lowering CRP with a drug for several years prevents new cases of diabetes',
          correct: false,
          feedback:
            'In a trial of about 10,000 people followed for a median 3.7 years, blocking IL-1β lowered CRP and IL-6 sharply but did not reduce new diabetes.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
      ],
    },
    {
      id: 'macrophage-switch-scenario',
      kind: 'single',
      level: 'apply',
      prompt:
        'In high-fat-fed mice, newly recruited macrophages in fat tissue were mostly M1-like (pro-inflammatory) and clustered around dying fat cells, while lean fat held mainly M2-like macrophages. What may a reader conclude?',
      explanation:
        'The study shows a shift toward pro-inflammatory macrophages in obese mice. Macrophage numbers in fat rise with body fat in mice and in people, but that the switch causes insulin resistance in people has not been shown, and M1/M2 is a simplification of a spectrum.',
      lesson: `${V}/adipose-tissue-macrophages#m1-switch`,
      options: [
        {
          id: 'm1-like',
          text: 'In mice, obesity shifts fat macrophages toward a pro-inflammatory state; its role in people needs human evidence',
          correct: true,
          feedback: 'Right. It is mouse data, and human studies so far show associations.',
        },
        {
          id: 'proven-humans',
          text: 'The switch has been proven to cause insulin resistance in people',
          correct: false,
          feedback: 'The switch was shown in mice; human studies show associations.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'all-harmful',
          text: 'Macrophages in fat are harmful, and lean fat tissue contains none',
          correct: false,
          feedback:
            'Lean fat holds macrophages too, mainly M2-like ones that help keep the tissue calm; obesity shifts the balance.',
        },
        {
          id: 'fixed-types',
          text: 'M1 and M2 are two fixed, separate kinds of cell',
          correct: false,
          feedback: 'M1/M2 is a simplification: macrophages span a range of states between these two labels.',
        },
      ],
    },
    {
      id: 'hyperinsulinemia-evidence',
      kind: 'single',
      level: 'recall',
      prompt: 'What is the best summary of the evidence that high insulin drives fat-tissue inflammation?',
      explanation:
        'In obese mice, lowering insulin by about half with two different treatments reduced fat macrophages, and infusing insulin into lean mice promoted fat inflammation. No comparable human experiment exists.',
      lesson: `${V}/hyperinsulinemia-fuels-inflammation#mouse-data-only`,
      options: [
        {
          id: 'shown-in-mice',
          text: 'Shown in mice; plausible but not proven in humans',
          correct: true,
          feedback: 'Right. Human data on this question are observational.',
        },
        {
          id: 'proven-humans',
          text: 'Proven in human trials of insulin infusion',
          correct: false,
          feedback: 'Such trials have not been done; the key experiments are in mice.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'association-proves',
          text: 'Proven in people, because those with high insulin also tend to have more inflammation',
          correct: false,
          feedback:
            'An association cannot show which comes first; excess body fat, for example, raises both insulin and inflammation.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'no-data',
          text: 'There are no experiments at all on this question',
          correct: false,
          feedback:
            'A 2015 mouse study tested it from two directions: lowering insulin in obese mice and infusing it into lean ones.',
        },
      ],
    },
    {
      id: 'vicious-cycle-order',
      kind: 'order',
      level: 'recall',
      prompt: 'Put the steps of the vicious cycle in order, starting from enlarged fat tissue.',
      explanation:
        'Enlarged fat recruits macrophages, which release TNF-α and IL-6; these switch on JNK and IKKβ, which mute IRS-1; insulin resistance follows, and the pancreas compensates with extra insulin, which in mice feeds fat inflammation again.',
      lesson: `${V}/closing-the-loop#the-loop`,
      steps: [
        {
          id: 'fat-enlarges',
          text: 'Fat tissue enlarges and becomes stressed',
          feedback: 'The loop is usually described as starting here, though a circle has no true start.',
        },
        {
          id: 'macrophages',
          text: 'Macrophages are recruited and turn pro-inflammatory',
          feedback: 'Macrophage numbers in fat rise with body fat.',
        },
        {
          id: 'cytokines',
          text: 'TNF-α and IL-6 are released',
          feedback: 'In mice, macrophages make almost all of the fat tissue’s TNF-α and much of its IL-6.',
        },
        {
          id: 'kinases',
          text: 'JNK and IKKβ switch on and mute the IRS-1 signal',
          feedback: 'Serine tagging of IRS-1 weakens the relay.',
        },
        {
          id: 'ir',
          text: 'Insulin resistance develops',
          feedback: 'Alongside other mechanisms such as ectopic fat and ER stress.',
        },
        {
          id: 'hyperinsulinemia',
          text: 'The pancreas compensates with extra insulin',
          feedback: 'In mice, this high insulin feeds fat-tissue inflammation, closing the loop.',
        },
      ],
    },
    {
      id: 'several-mechanisms',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Which of these contribute to insulin resistance according to the course? Select all that apply.',
      explanation:
        'Inflammation is one of several converging mechanisms. Ectopic fat (diacylglycerols, ceramides), ER stress and, in mice, hyperinsulinemia also contribute, and causation runs in both directions.',
      lesson: `${V}/closing-the-loop#several-mechanisms`,
      options: [
        {
          id: 'ectopic-fat',
          text: 'Ectopic fat inside muscle and liver cells',
          correct: true,
          feedback: 'Right. Diacylglycerols and ceramides interfere with insulin signaling directly.',
        },
        {
          id: 'er-stress',
          text: 'ER stress in overloaded cells',
          correct: true,
          feedback: 'Right. It weakens insulin signaling and switches on inflammation.',
        },
        {
          id: 'inflammation',
          text: 'Inflammatory cytokines and stress kinases',
          correct: true,
          feedback: 'Right, as one strand among several.',
        },
        {
          id: 'only-inflammation',
          text: 'Only inflammation: the other factors are side effects of it',
          correct: false,
          feedback:
            'Inflammation is important but not the only cause; the mechanisms overlap and feed each other.',
          misconception: 'inflammation-only-cause',
        },
      ],
    },
    // Module 3: lifestyle drivers
    {
      id: 'portal-blood-claim',
      kind: 'single',
      level: 'apply',
      prompt:
        'An article says belly fat "pours TNF-α into the bloodstream". In 25 people with severe obesity (average BMI about 55), blood leaving visceral fat for the liver carried about 50% more IL-6 than arterial blood, and no more TNF-α. What is the most accurate conclusion?',
      explanation:
        'Portal IL-6 was about 50% higher and tracked CRP (r = 0.544), while TNF-α, MCP-1, resistin and adiponectin did not differ. Visceral fat sends IL-6 toward the liver; the study gives no support for visceral TNF-α release. The patients were few and extremely obese.',
      lesson: `${D}/visceral-fat#portal-il6-study`,
      options: [
        {
          id: 'il6-not-tnf',
          text: 'Visceral fat sends IL-6 toward the liver; the study does not support the TNF-α claim',
          correct: true,
          feedback:
            'Right. IL-6 is the signal shown to travel from visceral fat to the liver, where it tracked CRP.',
        },
        {
          id: 'article-right',
          text: 'The article is right: visceral fat pours TNF-α into the blood',
          correct: false,
          feedback: 'TNF-α did not differ between portal and arterial blood.',
          misconception: 'visceral-fat-secretes-tnf',
        },
        {
          id: 'proves-cause',
          text: 'The study proves that visceral IL-6 causes insulin resistance',
          correct: false,
          feedback:
            'It measured blood levels at one time and found a correlation with CRP; it did not test cause and effect.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'applies-everyone',
          text: 'The exact numbers apply to anyone with some belly fat',
          correct: false,
          feedback:
            'The 25 patients had an average BMI of about 55 and were having weight-loss surgery, so the numbers may not carry over to others.',
        },
      ],
    },
    {
      id: 'tlr4-dependent',
      kind: 'single',
      level: 'apply',
      prompt:
        'In mice and cultured cells, saturated fatty acids caused inflammation and insulin resistance, and disabling the immune sensor TLR4 blunted these effects. Later cell and mouse work suggested that they do not bind TLR4 directly; instead, TLR4 primes immune cells so that the fat becomes inflammatory. What may a reader conclude?',
      explanation:
        'Saturated fatty acids cause inflammation in a TLR4-dependent way, but whether they bind TLR4 directly is disputed. All of this comes from cell and mouse experiments; how much the route matters in people eating ordinary diets is not settled.',
      lesson: `${D}/diet-carbohydrates-and-fats#saturated-fat-tlr4`,
      options: [
        {
          id: 'dependent-disputed',
          text: 'The effect depends on TLR4, but how it works is disputed and its weight in people is not settled',
          correct: true,
          feedback:
            'Right. The experiments show a TLR4-dependent route in mice and cells, not its contribution in people.',
        },
        {
          id: 'binds-directly',
          text: 'Saturated fat is proven to bind and switch on TLR4, just as bacterial LPS does',
          correct: false,
          feedback:
            'Whether saturated fatty acids bind TLR4 directly is disputed; one line of work suggests TLR4 acts by priming immune cells instead.',
          misconception: 'tlr4-direct-binding',
        },
        {
          id: 'tlr4-irrelevant',
          text: 'TLR4 turns out to be irrelevant to fat-induced inflammation',
          correct: false,
          feedback:
            'TLR4 was still needed for the inflammation in these experiments; the debate is about how it takes part, not whether.',
        },
        {
          id: 'proven-people',
          text: 'It is the proven main cause of insulin resistance in people',
          correct: false,
          feedback: 'The TLR4 findings come from mouse and cell experiments.',
          misconception: 'mouse-equals-human',
        },
      ],
    },
    {
      id: 'leaky-gut',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Which statements about metabolic endotoxemia ("leaky gut") are accurate? Select all that apply.',
      explanation:
        'In mice, a high-fat diet raised blood LPS two- to threefold, and LPS infusion caused liver but not whole-body insulin resistance. Human data are small (12 men after one meal) or observational (FINRISK97), and LPS is hard to measure.',
      lesson: `${D}/gut-dysbiosis-and-endotoxemia#leaky-gut-claims`,
      options: [
        {
          id: 'mostly-mice',
          text: 'The full chain from diet to LPS to insulin resistance has been shown mainly in mice',
          correct: true,
          feedback: 'Right. In people it remains a hypothesis under study.',
        },
        {
          id: 'assay-limits',
          text: 'LPS in human blood is hard to measure reliably',
          correct: true,
          feedback: 'Right. The LAL assay works close to its detection limit in plasma.',
        },
        {
          id: 'finrisk-observational',
          text: 'The link between endotoxin and diabetes in a large Finnish cohort is an association, not proof of cause',
          correct: true,
          feedback: 'Right. Endotoxin activity could mark other risk factors.',
        },
        {
          id: 'proven-cause',
          text: 'Leaky gut is an established, routinely measurable cause of insulin resistance in individuals',
          correct: false,
          feedback: 'There is no validated routine test, and the causal chain is not established in people.',
          misconception: 'leaky-gut-proven',
        },
      ],
    },
    {
      id: 'epel-stress',
      kind: 'true-false',
      level: 'apply',
      prompt:
        'A study of 59 women found that those with more central (belly) fat released more cortisol during a laboratory stress test. True or false: this shows that everyday stress causes belly fat.',
      explanation:
        'The study was cross-sectional: it compared women at one point in time, so it cannot say which came first. Cortisol clearly causes central fat and insulin resistance at high exposure, such as Cushing’s syndrome or steroid medicines. Anyone taking a prescribed steroid medicine should not stop it or change the dose on their own, because stopping suddenly can be dangerous.',
      lesson: `${D}/stress-and-cortisol#epel-study`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'A cross-sectional study shows an association, not cause and effect.',
          misconception: 'stress-proven-belly-fat',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. Central fat might change the stress response, or both might share a cause.',
        },
      ],
    },
    {
      id: 'short-sleep-week',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a study, 20 healthy men slept 5 hours a night for 7 nights. Their insulin sensitivity on the clamp fell by 11%, and the fall did not track their change in cortisol. What may a reader conclude?',
      explanation:
        'Cutting sleep short lowered insulin sensitivity within a week, in a small group of healthy men; the study did not test longer periods, other groups or recovery. Cortisol did not explain the change. In a review of 72 studies, experimental sleep restriction was not linked with higher CRP, IL-6 or TNF-α, while poor sleep quality and long sleep were linked with slightly higher CRP and IL-6 in mostly observational data.',
      lesson: `${D}/sleep#buxton-study`,
      options: [
        {
          id: 'within-days',
          text: 'Cutting sleep short can lower insulin sensitivity within days; long-term effects were not tested',
          correct: true,
          feedback: 'Right. It was a one-week study in a small group of healthy men.',
        },
        {
          id: 'diabetes',
          text: 'A week of short nights can give a person type 2 diabetes',
          correct: false,
          feedback: 'Insulin sensitivity fell, but that is not diabetes, and the study lasted only a week.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'cortisol-explains',
          text: 'The fall must have been caused by a rise in cortisol',
          correct: false,
          feedback: 'The change in insulin sensitivity did not correlate with the cortisol change.',
          misconception: 'cortisol-explains-all',
        },
        {
          id: 'inflames',
          text: 'Short nights work by inflaming the body, so they raise CRP',
          correct: false,
          feedback:
            'This study measured insulin sensitivity, not inflammation, and pooled sleep-restriction experiments found no rise in CRP, IL-6 or TNF-α.',
          misconception: 'short-sleep-inflames',
        },
      ],
    },
    // Module 4: breaking the cycle
    {
      id: 'exercise-glut4',
      kind: 'single',
      level: 'recall',
      prompt: 'Why does exercise lower blood glucose even in people whose insulin signaling is impaired?',
      explanation:
        'Contraction moves GLUT4 to the muscle surface through AMPK, calcium/CaMKII and nitric oxide signals, bypassing IRS-1. The route is insulin-independent but GLUT4-dependent. It is also why people who take insulin or a sulfonylurea can have low blood sugar (hypoglycemia) during or after exercise, sometimes hours later, and should plan exercise with their clinician.',
      lesson: `${B}/exercise#two-routes-to-glut4`,
      options: [
        {
          id: 'contraction-route',
          text: 'Contraction moves GLUT4 to the surface through signals that do not need insulin',
          correct: true,
          feedback: 'Right. It uses the same transporter, reached by a different path.',
        },
        {
          id: 'needs-insulin',
          text: 'Exercise makes the pancreas release much more insulin, which forces glucose in',
          correct: false,
          feedback:
            'Muscle does not need insulin to take up glucose during exercise; it needs GLUT4, which contraction mobilizes.',
          misconception: 'exercise-needs-insulin',
        },
        {
          id: 'no-glut4',
          text: 'Glucose enters working muscle without any transporter',
          correct: false,
          feedback: 'Contraction-driven uptake still depends on GLUT4.',
        },
        {
          id: 'weight-loss-only',
          text: 'Exercise lowers glucose only through the weight it helps people lose',
          correct: false,
          feedback:
            'Glucose uptake rises during a single session, long before any weight change, because contraction moves GLUT4 to the muscle surface.',
        },
      ],
    },
    {
      id: 'single-bout',
      kind: 'true-false',
      level: 'apply',
      prompt:
        'Someone exercises on Monday evening and rests on Tuesday. True or false: their muscles may still be more sensitive to insulin on Tuesday.',
      explanation:
        'After a single bout, muscle stays more sensitive to insulin for roughly one to two days: the same amount of insulin moves more glucose into it. Training adds more GLUT4 over weeks, which is why regularity matters.',
      lesson: `${B}/exercise#after-a-single-bout`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback: 'Right. Each session leaves a window of better insulin sensitivity.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback: 'The effect outlasts the exercise itself, by roughly one to two days.',
          misconception: 'single-bout-ignored',
        },
      ],
    },
    {
      id: 'exercise-il6',
      kind: 'multiple',
      level: 'recall',
      prompt: 'Which of these are ways exercise reduces inflammation? Select all that apply.',
      explanation:
        'Exercise reduces visceral fat over time, and each bout’s muscle IL-6 triggers IL-10 and IL-1ra; exercise also lowers toll-like receptors on monocytes. IL-6 rises during exercise, so it is not simply "bad".',
      lesson: `${B}/exercise#anti-inflammatory-effects`,
      options: [
        {
          id: 'less-visceral',
          text: 'Less visceral fat over time',
          correct: true,
          feedback: 'Right. Fewer enlarged fat cells and macrophages mean fewer inflammatory signals.',
        },
        {
          id: 'muscle-il6',
          text: 'IL-6 from contracting muscle triggers IL-10 and IL-1ra',
          correct: true,
          feedback: 'Right. In short bursts from working muscle, IL-6 starts an anti-inflammatory response.',
        },
        {
          id: 'fewer-tlr',
          text: 'Fewer toll-like receptors on circulating monocytes',
          correct: true,
          feedback: 'Right. Monocytes become less quick to trigger inflammation.',
        },
        {
          id: 'stops-il6',
          text: 'Exercise works by stopping all IL-6 production, because IL-6 is always harmful',
          correct: false,
          feedback: 'IL-6 rises during each bout, and that rise is part of the anti-inflammatory effect.',
          misconception: 'il6-purely-bad',
        },
      ],
    },
    {
      id: 'visceral-fat-scale',
      kind: 'single',
      level: 'apply',
      prompt:
        'Sam has exercised regularly for three months without dieting, and the scale has hardly moved. Sam concludes the exercise has done nothing for visceral fat. What does the trial evidence say about this reasoning?',
      explanation:
        'In a meta-analysis of 117 studies, both diet and exercise reduced visceral fat, and exercise reduced it by about 6.1% even without weight loss. Trial averages cannot say what happened in one person, but scale weight is a poor proxy for visceral fat.',
      lesson: `${B}/visceral-fat-and-weight#scale-vs-visceral-fat`,
      options: [
        {
          id: 'without-weight-loss',
          text: 'It is unsound: in trials, exercise reduced visceral fat by about 6% on average even without weight loss',
          correct: true,
          feedback: 'Right. Tracking weight alone can hide real changes in visceral fat.',
        },
        {
          id: 'weight-equals',
          text: 'It is sound: if the scale does not move, visceral fat has not changed',
          correct: false,
          feedback:
            'Weight adds up muscle, water, organs and both kinds of fat; visceral fat can fall while weight stays put.',
          misconception: 'weight-equals-visceral-fat',
        },
        {
          id: 'sit-ups',
          text: 'Sam should switch to abdominal exercises, which remove visceral fat selectively',
          correct: false,
          feedback:
            'Spot reduction does not work: visceral fat lies behind the abdominal muscles, and the reductions came from whole-body exercise and calorie restriction.',
          misconception: 'spot-reduction',
        },
        {
          id: 'diet-only',
          text: 'It is sound, because only calorie restriction reduces visceral fat',
          correct: false,
          feedback:
            'Both diet and exercise reduced visceral fat, and aerobic exercise reduced it even without calorie restriction.',
        },
      ],
    },
    {
      id: 'cereal-fiber',
      kind: 'single',
      level: 'apply',
      prompt:
        'A friend says fiber lowers diabetes risk because soluble fiber, such as oat bran, slows sugar absorption after meals. What do long-term cohort studies suggest?',
      explanation:
        'Cohort protection comes mainly from insoluble cereal fiber and whole grains, not soluble fiber, even though soluble fiber blunts blood sugar rises in short experiments. Fiber is also linked with better insulin sensitivity independently of weight. The evidence is mainly observational.',
      lesson: `${B}/fiber-and-omega-3#cereal-fiber`,
      options: [
        {
          id: 'cereal',
          text: 'The protective link is mainly with insoluble cereal fiber and whole grains',
          correct: true,
          feedback: 'Right. Why it protects more than soluble fiber is not settled.',
        },
        {
          id: 'soluble',
          text: 'The friend is right: soluble fiber explains the protection',
          correct: false,
          feedback:
            'Soluble fiber blunts glucose rises in short experiments, but the cohort link is mainly with cereal fiber and whole grains.',
          misconception: 'soluble-fiber-explains-all',
        },
        {
          id: 'weight-only',
          text: 'Fiber helps only because it makes people lose weight',
          correct: false,
          feedback:
            'Fiber is linked with better insulin sensitivity and inflammatory markers independently of weight.',
        },
        {
          id: 'proves-cause',
          text: 'The cohorts prove that eating more fiber prevents diabetes',
          correct: false,
          feedback: 'Cohort studies show associations; people who eat more fiber differ in other ways too.',
          misconception: 'association-equals-causation',
        },
      ],
    },
    {
      id: 'omega3-dose-finding',
      kind: 'single',
      level: 'apply',
      prompt:
        'A review of human studies found that omega-3 fats (EPA plus DHA) lowered inflammatory markers mainly at intakes above about 2 g/day. What is the best way to read this finding?',
      explanation:
        'The figure describes where anti-inflammatory effects appeared in studies; it is not a target or a recommendation. In trials of omega-3 supplements, atrial fibrillation (an irregular heart rhythm) became more common, even at 1 g/day or less. People taking blood thinners should ask their clinician before taking fish oil, because of bleeding risk.',
      lesson: `${B}/fiber-and-omega-3#omega-3-dose`,
      options: [
        {
          id: 'research-finding',
          text: 'It describes where effects appeared in studies; it is not an intake target',
          correct: true,
          feedback: 'Right. It helps explain why some studies found effects and others did not.',
        },
        {
          id: 'any-amount',
          text: 'Any amount of omega-3 measurably lowers inflammation',
          correct: false,
          feedback: 'Studies with lower amounts often found no measurable effect on inflammatory markers.',
          misconception: 'any-omega3-dose',
        },
        {
          id: 'more-is-safe',
          text: 'Taking more than 2 g/day as supplements is a safe way to get the benefit',
          correct: false,
          feedback:
            'Omega-3 supplement trials found more atrial fibrillation, even at 1 g/day or less, and fish oil can add to bleeding risk with blood thinners.',
          misconception: 'more-supplement-better',
        },
        {
          id: 'insulin-sensitivity',
          text: 'It shows that omega-3 supplements improve insulin sensitivity',
          correct: false,
          feedback:
            'The finding concerns inflammatory markers; the course’s evidence does not establish that omega-3 improves insulin sensitivity in people.',
        },
      ],
    },
    // Module 5: measuring it
    {
      id: 'clamp-procedure',
      kind: 'order',
      level: 'recall',
      prompt: 'Put the steps of a hyperinsulinemic–euglycemic clamp in order.',
      explanation:
        'Insulin is infused at a steady, raised rate together with glucose through a second line; the glucose rate is adjusted every few minutes to hold blood glucose at a normal level; once things settle, the glucose infusion rate measures insulin sensitivity. Under the clamp, most of the infused glucose goes into muscle.',
      lesson: `${M}/why-measure#the-clamp`,
      steps: [
        {
          id: 'infuse-insulin-glucose',
          text: 'Infuse insulin at a steady, higher-than-fasting rate, with glucose through a second line',
          feedback:
            'This is the "hyperinsulinemic" part; without the glucose, the extra insulin would drive blood glucose down.',
        },
        {
          id: 'adjust-rate',
          text: 'Measure blood glucose every few minutes and adjust the glucose rate to hold it normal',
          feedback: 'This is the "euglycemic" clamp.',
        },
        {
          id: 'read-rate',
          text: 'Read the glucose infusion rate once things settle',
          feedback: 'The more glucose needed, the more insulin sensitive the person.',
        },
      ],
    },
    {
      id: 'homa-ir-conventional',
      kind: 'single',
      level: 'apply',
      prompt: 'Fasting insulin is 10 µU/mL and fasting glucose is 90 mg/dL. Which calculation gives HOMA-IR?',
      explanation:
        'With glucose in mg/dL, divide by 405: 10 × 90 ÷ 405 ≈ 2.22. That matches 10 × 5.0 ÷ 22.5 with glucose in mmol/L, because 22.5 × 18 = 405.',
      lesson: `${M}/homa-ir-and-quicki#homa-ir-example`,
      options: [
        {
          id: 'divide-405',
          text: '10 × 90 ÷ 405 ≈ 2.22',
          correct: true,
          feedback: 'Right. mg/dL pairs with 405.',
        },
        {
          id: 'divide-22-5',
          text: '10 × 90 ÷ 22.5 = 40',
          correct: false,
          feedback: 'This mixes mg/dL glucose with the SI divisor and inflates the result 18-fold.',
          misconception: 'mixed-units',
        },
        {
          id: 'quicki',
          text: '1 ÷ (log 10 + log 90) ≈ 0.338',
          correct: false,
          feedback: 'That is QUICKI, a different index.',
        },
        {
          id: 'cutoff',
          text: 'It cannot be calculated without a universal cut-off',
          correct: false,
          feedback:
            'The calculation needs only the two values; interpretation is what depends on the population and method.',
          misconception: 'single-cutoff',
        },
      ],
    },
    {
      id: 'tyg-half-log',
      kind: 'single',
      level: 'apply',
      prompt:
        'A published TyG cut-off is 4.68 on the half-log scale. What is it on the standard scale, TyG = ln(TG × FG / 2)?',
      explanation:
        'Standard = 2 × half-log − ln 2 = 9.36 − 0.693 ≈ 8.67. Never compare a cut-off near 4.6 with values near 8.6.',
      lesson: `${M}/tyg-index#half-log-scale`,
      options: [
        {
          id: 'about-8-67',
          text: 'About 8.67',
          correct: true,
          feedback: 'Right: 2 × 4.68 − ln 2.',
        },
        {
          id: 'same',
          text: '4.68, the scales are the same',
          correct: false,
          feedback:
            'They differ: the standard form divides before taking the log, the half-log form halves after.',
          misconception: 'tyg-scale-mix',
        },
        {
          id: 'double',
          text: 'Exactly 9.36',
          correct: false,
          feedback: 'Doubling is not enough; subtract ln 2 (about 0.693) as well.',
          misconception: 'tyg-scale-mix',
        },
        {
          id: 'half',
          text: 'About 2.34',
          correct: false,
          feedback: 'The standard scale is larger, not smaller.',
        },
      ],
    },
    {
      id: 'pradhan-crp-il6',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Which statements about the Women’s Health Study analysis of CRP, IL-6 and type 2 diabetes are correct? Select all that apply.',
      explanation:
        'After adjustment, the top CRP quartile had a relative risk of 4.2 (95% CI 1.5–12.0); IL-6 fell to 2.3 (0.9–5.6), not significant. The study was observational and in women only.',
      lesson: `${U}/chronic-inflammation#crp-predicts-diabetes`,
      options: [
        {
          id: 'crp-independent',
          text: 'CRP stayed a significant predictor after adjustment',
          correct: true,
          feedback: 'Right: relative risk 4.2 for the highest versus lowest quartile.',
        },
        {
          id: 'observational',
          text: 'It was observational, so it cannot show that CRP causes diabetes',
          correct: true,
          feedback: 'Right. CRP may mark processes that also drive insulin resistance.',
        },
        {
          id: 'il6-independent',
          text: 'IL-6 also stayed an independent predictor after adjustment',
          correct: false,
          feedback: 'IL-6’s confidence interval (0.9–5.6) included 1 after adjustment.',
          misconception: 'il6-independent-predictor',
        },
        {
          id: 'crp-diagnoses-ir',
          text: 'It showed that CRP is a test for insulin resistance',
          correct: false,
          feedback: 'CRP is a marker of inflammation from any cause, not a test for insulin resistance.',
          misconception: 'crp-tests-ir',
        },
      ],
    },
    {
      id: 'single-homa-value',
      kind: 'true-false',
      level: 'apply',
      prompt:
        'A wellness report calculates a HOMA-IR of 2.6 for one person and states that anything above 2.5 means insulin resistance. True or false: this single value above one cut-off is enough to label the person insulin resistant.',
      explanation:
        'HOMA-IR estimates what the clamp measures and mainly reflects the liver. Its coefficient of variation is about 31%, insulin assays differ between labs, and cut-offs depend on the population and method: the same Spanish population gave 3.46 or 2.05. The indices suit studies of groups, not diagnoses for individuals, and they do not apply in pregnancy.',
      lesson: `${M}/why-measure#not-a-diagnosis`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'There is no universal cut-off, and a single index value is an imprecise estimate.',
          misconception: 'single-cutoff',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. Cut-offs belong to the population, assay and method they came from.',
        },
      ],
    },
    {
      id: 'drugs-final-arrow-verdict',
      kind: 'single',
      level: 'apply',
      prompt:
        'After the human trials of salsalate, etanercept and canakinumab, how strong is the evidence that inflammation causes insulin resistance in people?',
      explanation:
        'Plausible: cells and mice show a mechanism, and higher CRP comes before type 2 diabetes in observational studies. Partly supported: salsalate lowered glucose a little in adults with type 2 diabetes. Not proven: no trial showed that an anti-inflammatory drug restores insulin sensitivity or prevents diabetes, and CANTOS found no fewer new cases despite large falls in CRP and IL-6.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#what-it-means',
      options: [
        {
          id: 'plausible-partly-not-proven',
          text: 'Plausible and partly supported, but not proven: drugs lowered glucose a little without restoring insulin sensitivity or preventing diabetes.',
          correct: true,
          feedback: 'Right. That is the honest reading of the trials.',
        },
        {
          id: 'proven-by-cantos',
          text: 'Proven: CANTOS showed that lowering inflammation prevents diabetes.',
          correct: false,
          feedback: 'CANTOS reduced heart events, not new cases of diabetes.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'proven-by-mice',
          text: 'Proven: the mouse and cell studies settled the question, so human trials add nothing.',
          correct: false,
          feedback:
            'Mouse and cell studies show a mechanism, but the human trials gave smaller and more mixed results. Both kinds of evidence are needed.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'disproved',
          text: 'Disproved: anti-inflammatory drugs had no effect on glucose in people.',
          correct: false,
          feedback:
            'Salsalate lowered HbA1c in two trials, and etanercept lowered fasting glucose in one small 6-month trial.',
          misconception: 'anti-inflammatories-useless',
        },
      ],
    },
    {
      id: 'drugs-final-six-month-result',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a 6-month trial, 40 obese adults with features of the metabolic syndrome took the TNF-α blocker etanercept or a placebo. Fasting glucose fell about 11% compared with placebo, while CRP and IL-6 did not change. Which conclusion is justified?',
      explanation:
        'A small trial suggests that blocking TNF-α can lower fasting glucose a little. It measured glucose, not insulin sensitivity with the clamp, and the unchanged CRP shows that blood markers and glucose can move separately. It does not make etanercept a treatment for insulin resistance.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#tnf-blockers',
      options: [
        {
          id: 'small-glucose-signal',
          text: 'One small trial suggests TNF-α blockade can lower glucose a little; it does not show restored insulin sensitivity, and CRP was no guide.',
          correct: true,
          feedback: 'Right. A modest glucose result from a small trial, read with its limits.',
        },
        {
          id: 'treatment-now',
          text: 'TNF blockers restore insulin sensitivity and should be offered to people with insulin resistance.',
          correct: false,
          feedback:
            'The trial reported glucose, not insulin sensitivity, in 40 people. A 4-week trial of the same drug found no improvement in insulin sensitivity, and no anti-inflammatory drug is recommended for insulin resistance.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'chance-because-crp',
          text: 'The glucose fall must be due to chance, because a real effect would have lowered CRP.',
          correct: false,
          feedback:
            'CRP is a marker of inflammation, not of insulin action or glucose. In these trials the two moved separately.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'mouse-confirmed',
          text: 'The trial confirms in people everything that TNF-α blockade did in obese rats.',
          correct: false,
          feedback:
            'The human results were smaller and more mixed than the rat results: a modest fall in fasting glucose in one small trial, no better insulin sensitivity after 4 weeks.',
          misconception: 'mouse-equals-human',
        },
      ],
    },
    {
      id: 'beyond-final-accurate-statements',
      kind: 'multiple',
      level: 'apply',
      prompt:
        'A health coach is preparing a handout on conditions linked to insulin resistance. Which statements are accurate enough to keep? Select all that apply.',
      explanation:
        'MASLD is fatty liver plus at least one of five cardiometabolic risk factors, and insulin resistance is not a criterion. Insulin resistance is associated with heart disease, partly through blood fats and other risk factors. Many, but not all, women with PCOS are insulin resistant. The role of high glucose itself in the heart disease of diabetes is less clear, so "lowering glucose prevents heart attacks" overstates the evidence.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#common-thread',
      options: [
        {
          id: 'masld-def',
          text: 'MASLD means fat in the liver plus at least one cardiometabolic risk factor',
          correct: true,
          feedback: 'Right. That is the 2023 definition; insulin resistance is not one of the criteria.',
        },
        {
          id: 'cv-blood-fats',
          text: 'Insulin resistance is linked to heart disease, partly through unhealthy blood fats',
          correct: true,
          feedback:
            'Right. It is associated with atherosclerosis and partly drives it through blood fats and other risk factors.',
        },
        {
          id: 'pcos-all',
          text: 'Every woman with PCOS is insulin resistant',
          correct: false,
          feedback: 'Some groups of lean women with PCOS have normal insulin sensitivity.',
        },
        {
          id: 'glucose-prevents',
          text: 'Lowering blood glucose is proven to prevent heart attacks in diabetes',
          correct: false,
          feedback:
            'The role of high glucose itself in diabetes-related heart disease is described as less clear.',
        },
      ],
    },
    {
      id: 'beyond-final-headline',
      kind: 'single',
      level: 'apply',
      prompt:
        'A headline reads: "Insulin resistance: the single proven cause of heart disease, fatty liver and PCOS." Which correction fits the evidence best?',
      explanation:
        'These conditions share soil (excess fuel, fat in the wrong places, low-grade inflammation), and insulin resistance is linked to each. But the links differ: partly causal through blood fats for heart disease, two-way for fatty liver, common but not universal for PCOS. Mechanisms inside artery walls rest mainly on mouse work, and a shared cause can make conditions rise together.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#common-thread',
      options: [
        {
          id: 'shared-soil',
          text: 'Insulin resistance is linked to all three, but the links differ, some run both ways, and a shared cause explains part of them',
          correct: true,
          feedback:
            'Right. "Associated with" and "causes" are different claims, and each condition has its own evidence.',
        },
        {
          id: 'headline-right',
          text: 'The headline is right, because the three conditions so often occur together',
          correct: false,
          feedback: 'Occurring together is an association; it does not show that one thing causes the rest.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'mouse-proven',
          text: 'The headline is right, because mouse studies showed insulin resistance in artery walls causes plaques',
          correct: false,
          feedback:
            'Mouse work suggests possible mechanisms; it does not prove them in people, and reviews disagree.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'inflammation-instead',
          text: 'The real single cause is inflammation, not insulin resistance',
          correct: false,
          feedback:
            'Swapping one single cause for another repeats the error. Inflammation is one strand among several mechanisms.',
          misconception: 'inflammation-only-cause',
        },
      ],
    },
    {
      id: 'you-final-absolute-risk',
      kind: 'single',
      level: 'apply',
      prompt:
        'An invented trial reports that a program “halved” new cases of diabetes. Over three years, 2 of every 100 people in the comparison group developed diabetes, and 1 of every 100 in the program group. Which reading is correct?',
      explanation:
        'The relative reduction is 50%, but the absolute reduction is 1 person in every 100 over three years. The number needed to treat is 1 divided by the absolute reduction: 1 ÷ 0.01 = 100 people for three years to prevent one case. In lower-risk people, the same relative effect spares fewer people.',
      lesson: '/learn/measuring/what-this-means-for-you#what-results-mean',
      options: [
        {
          id: 'one-in-hundred',
          text: 'The absolute reduction is 1 in 100, so about 100 people need the program for three years to prevent one case',
          correct: true,
          feedback: 'Right. A 50% relative reduction of a small risk is a small absolute difference.',
        },
        {
          id: 'fifty-per-hundred',
          text: 'About 50 of every 100 people in the program avoided diabetes',
          correct: false,
          feedback:
            'Only 2 in 100 developed diabetes even without the program; “halved” is a relative comparison of those small numbers.',
        },
        {
          id: 'nnt-two',
          text: 'The number needed to treat is 2, because the risk was halved',
          correct: false,
          feedback:
            'The number needed to treat comes from the absolute difference (1 in 100), not from the relative one; it is about 100.',
        },
        {
          id: 'same-as-dpp',
          text: 'The program saves as many people as the DPP lifestyle program, because both effects are large in relative terms',
          correct: false,
          feedback:
            'The DPP enrolled people at high risk, so its absolute gap was about 6 in 100 each year; here the gap is 1 in 100 over three years.',
        },
      ],
    },
    {
      id: 'you-final-diagnostic-tests',
      kind: 'multiple',
      level: 'apply',
      prompt:
        'Under the ADA 2025 standards, which of these results, in a non-pregnant adult, fall in a range the standards use for prediabetes? Select all that apply.',
      explanation:
        'Prediabetes ranges are HbA1c 5.7–6.4%, fasting plasma glucose 100–125 mg/dL and 2-hour OGTT glucose 140–199 mg/dL. HOMA-IR and CRP are not part of the criteria: there is no agreed cut-off for insulin resistance, and CRP marks inflammation from any source.',
      lesson: '/learn/measuring/what-this-means-for-you#diagnosis',
      options: [
        {
          id: 'hba1c-5-8',
          text: 'HbA1c 5.8% (40 mmol/mol)',
          correct: true,
          feedback: 'Right: within 5.7–6.4%.',
        },
        {
          id: 'fpg-110',
          text: 'Fasting plasma glucose 110 mg/dL (6.1 mmol/L)',
          correct: true,
          feedback: 'Right: within 100–125 mg/dL.',
        },
        {
          id: 'ogtt-160',
          text: '2-hour glucose of 160 mg/dL (8.9 mmol/L) in a 75-g glucose tolerance test',
          correct: true,
          feedback: 'Right: within 140–199 mg/dL.',
        },
        {
          id: 'homa-3',
          text: 'HOMA-IR 3.1',
          correct: false,
          feedback:
            'HOMA-IR is not part of the ADA criteria, and there is no agreed cut-off for insulin resistance.',
          misconception: 'single-cutoff',
        },
        {
          id: 'crp-4',
          text: 'hs-CRP 4 mg/L',
          correct: false,
          feedback:
            'CRP is a marker of inflammation from any source; it is not a test for blood sugar or insulin resistance.',
          misconception: 'crp-tests-ir',
        },
      ],
    },
  ],
};

export default quiz;
