import type { Quiz } from '../../quiz/types';

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
          feedback: 'It is the reverse: the beta cells work harder, not less.',
        },
        {
          id: 'glucose-absorbed',
          text: 'The gut stops absorbing glucose',
          correct: false,
          feedback: 'Glucose absorption is not how the body compensates for insulin resistance.',
        },
        {
          id: 'cortisol-falls',
          text: 'Cortisol levels fall to zero',
          correct: false,
          feedback:
            'Cortisol opposes insulin, but compensation comes from extra insulin, not from removing cortisol.',
        },
      ],
    },
    {
      id: 'ir-not-t2d',
      kind: 'true-false',
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
        },
        {
          id: 'infection',
          text: 'A hidden bacterial infection of fat tissue',
          correct: false,
          feedback:
            'Metaflammation is driven by metabolic strain, even though some microbe-sensing receptors take part.',
        },
        {
          id: 'high-fever',
          text: 'A body-wide reaction with fever and many-fold rises in cytokines',
          correct: false,
          feedback: 'Metaflammation is low-grade: signals rise modestly, without fever.',
        },
      ],
    },
    {
      id: 'local-vs-circulating',
      kind: 'multiple',
      prompt:
        'Which statements about inflammatory signals in people are supported by the course? Select all that apply.',
      explanation:
        'In obese women, fat made more TNF-α message but blood TNF-α was extremely low or undetectable, so TNF-α acts mainly locally. IL-6 and the liver-made CRP are the markers measurable in blood.',
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
          feedback: 'Blood leaving visceral fat carried more IL-6, not more TNF-α.',
          misconception: 'visceral-fat-secretes-tnf',
        },
        {
          id: 'symptoms-obvious',
          text: 'Chronic low-grade inflammation causes obvious symptoms such as fever',
          correct: false,
          feedback:
            'It is silent: it can only be detected indirectly, through modestly raised blood markers.',
        },
      ],
    },
    // Module 2: the vicious cycle
    {
      id: 'jnk-irs1',
      kind: 'single',
      prompt: 'How does the stress kinase JNK weaken insulin’s signal?',
      explanation:
        'JNK tags IRS-1 on a serine (known in rodents as Ser307). Serine-tagged IRS-1 is tagged less well on its tyrosines, recruits less PI3K, and the signal is passed on more weakly. This was shown in cultured cells.',
      lesson: `${V}/cytokines-and-insulin-signaling#jnk-blocks-irs-1`,
      options: [
        {
          id: 'serine-tag',
          text: 'It tags IRS-1 on a serine, so IRS-1 passes the signal on less well',
          correct: true,
          feedback: 'Right. The signal still arrives; it is turned down rather than switched off.',
        },
        {
          id: 'destroys-insulin',
          text: 'It destroys insulin in the blood',
          correct: false,
          feedback: 'JNK acts inside cells, on the insulin relay, not on insulin itself.',
        },
        {
          id: 'blocks-glucose',
          text: 'It binds glucose so that it cannot enter the cell',
          correct: false,
          feedback: 'JNK is a kinase: it adds phosphate tags to proteins such as IRS-1.',
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
      id: 'tnf-blockade-humans',
      kind: 'true-false',
      prompt:
        'True or false: because neutralizing TNF-α improved insulin action in obese rats, blocking TNF-α in adults with the metabolic syndrome also improved their insulin sensitivity.',
      explanation:
        'In the human trial, a TNF-α-neutralizing drug improved inflammatory markers but not insulin sensitivity. The rodent story does not translate simply to people.',
      lesson: `${V}/cytokines-and-insulin-signaling#complications`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'Inflammatory markers improved, but insulin sensitivity did not.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. A rodent result needs testing in people, and here it did not carry over.',
        },
      ],
    },
    {
      id: 'macrophage-switch',
      kind: 'single',
      prompt: 'In high-fat-fed mice, what happens to macrophages in fat tissue?',
      explanation:
        'Newly recruited macrophages were mostly M1-like and pro-inflammatory, and gathered around dying fat cells in crown-like structures; lean fat holds mainly M2-like macrophages. M1/M2 is a simplification of a spectrum.',
      lesson: `${V}/adipose-tissue-macrophages#m1-switch`,
      options: [
        {
          id: 'm1-like',
          text: 'Recruited macrophages are mostly M1-like (pro-inflammatory) and form crown-like structures',
          correct: true,
          feedback: 'Right, with the caveat that this is mouse data and M1/M2 is a simplification.',
        },
        {
          id: 'disappear',
          text: 'Macrophages leave fat tissue as it grows',
          correct: false,
          feedback: 'Their number rises with body fat, in mice and in people.',
        },
        {
          id: 'all-m2',
          text: 'They all become M2-like and release more IL-10',
          correct: false,
          feedback:
            'M2-like macrophages predominate in lean fat; obesity shifts the balance toward M1-like cells.',
        },
        {
          id: 'proven-humans',
          text: 'The switch has been proven to cause insulin resistance in people',
          correct: false,
          feedback: 'The switch was shown in mice; human studies show associations.',
          misconception: 'mouse-equals-human',
        },
      ],
    },
    {
      id: 'hyperinsulinemia-evidence',
      kind: 'single',
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
          id: 'disproven',
          text: 'Disproven: insulin is purely anti-inflammatory',
          correct: false,
          feedback: 'The mouse experiments point the other way.',
        },
        {
          id: 'no-data',
          text: 'There are no experiments at all on this question',
          correct: false,
          feedback: 'The Pedersen 2015 mouse study tested it from two directions.',
        },
      ],
    },
    {
      id: 'vicious-cycle-order',
      kind: 'order',
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
          feedback: 'Macrophages supply most of the TNF-α.',
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
      id: 'fontana-portal',
      kind: 'single',
      prompt:
        'In people with severe obesity, what did blood leaving visceral fat (portal vein) contain compared with arterial blood?',
      explanation:
        'IL-6 was about 50% higher in portal blood and tracked CRP (r = 0.544). TNF-α, MCP-1, resistin and adiponectin did not differ. The study had 25 patients with an average BMI of about 55.',
      lesson: `${D}/visceral-fat#portal-il6-study`,
      options: [
        {
          id: 'more-il6',
          text: 'About 50% more IL-6, but not more TNF-α',
          correct: true,
          feedback: 'Right. IL-6 is the signal shown to travel from visceral fat to the liver.',
        },
        {
          id: 'more-tnf',
          text: 'Much more TNF-α',
          correct: false,
          feedback: 'TNF-α did not differ between portal and arterial blood.',
          misconception: 'visceral-fat-secretes-tnf',
        },
        {
          id: 'no-difference',
          text: 'No difference in any signal',
          correct: false,
          feedback: 'IL-6 was clearly higher in portal blood.',
        },
        {
          id: 'less-il6',
          text: 'Less IL-6, because the liver had absorbed it',
          correct: false,
          feedback:
            'The portal vein carries blood to the liver, so it shows what visceral fat adds before the liver.',
        },
      ],
    },
    {
      id: 'saturated-fat-tlr4',
      kind: 'single',
      prompt: 'What does the evidence on saturated fatty acids and TLR4 show?',
      explanation:
        'In mice and cells, saturated fatty acids signaled through TLR4 to cause inflammation and insulin resistance, and disabling TLR4 blunted the effects. How much this route matters in people eating ordinary diets is not settled.',
      lesson: `${D}/diet-carbohydrates-and-fats#saturated-fat-tlr4`,
      options: [
        {
          id: 'route-exists-mice',
          text: 'In mice, the route exists; its size in people is not settled',
          correct: true,
          feedback: 'Right. Mouse and cell data show the mechanism, not its human contribution.',
        },
        {
          id: 'proven-people',
          text: 'It is the proven main cause of insulin resistance in people',
          correct: false,
          feedback: 'The TLR4 findings come from mouse and cell experiments.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'glucose-spikes',
          text: 'Saturated fat causes sharp blood glucose spikes',
          correct: false,
          feedback: 'Fat on its own barely raises blood glucose; it acts through other routes.',
        },
        {
          id: 'no-link',
          text: 'TLR4 only detects bacteria and has nothing to do with diet',
          correct: false,
          feedback:
            'In mice, saturated fatty acids activated TLR4, the same sensor that detects bacterial LPS.',
        },
      ],
    },
    {
      id: 'leaky-gut',
      kind: 'multiple',
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
      prompt: 'True or false: the Epel 2000 study of 59 women proved that everyday stress causes belly fat.',
      explanation:
        'The study was cross-sectional: women with central fat secreted more cortisol under lab stress, but it cannot say which came first. Cortisol clearly causes central fat only at pathological exposure, such as Cushing’s syndrome or long-term steroid medicines.',
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
      id: 'buxton-sleep',
      kind: 'single',
      prompt: 'What did Buxton and colleagues find when 20 healthy men slept 5 hours a night for 7 nights?',
      explanation:
        'Insulin sensitivity fell by 20% on the IVGTT and 11% on the euglycemic clamp, and the fall did not correlate with the change in cortisol. It was a short study in healthy men.',
      lesson: `${D}/sleep#buxton-study`,
      options: [
        {
          id: 'clamp-11',
          text: 'Insulin sensitivity fell by 11% on the clamp, and the fall did not track cortisol',
          correct: true,
          feedback: 'Right. Sleep loss seems to act through routes other than the cortisol rise.',
        },
        {
          id: 'diabetes',
          text: 'Several of the men developed type 2 diabetes',
          correct: false,
          feedback: 'A week of short sleep reduced insulin sensitivity; it did not cause diabetes.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'cortisol-explains',
          text: 'The fall in insulin sensitivity was explained by the rise in cortisol',
          correct: false,
          feedback: 'The change in insulin sensitivity did not correlate with the cortisol change.',
        },
        {
          id: 'no-change',
          text: 'Insulin sensitivity did not change',
          correct: false,
          feedback: 'It fell on both the IVGTT and the clamp.',
        },
      ],
    },
    // Module 4: breaking the cycle
    {
      id: 'exercise-glut4',
      kind: 'single',
      prompt: 'Why does exercise lower blood glucose even in people whose insulin signaling is impaired?',
      explanation:
        'Contraction moves GLUT4 to the muscle surface through AMPK, calcium/CaMKII and nitric oxide signals, bypassing IRS-1. The route is insulin-independent but GLUT4-dependent.',
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
          id: 'kidneys',
          text: 'Exercise makes the kidneys excrete glucose',
          correct: false,
          feedback: 'The effect is in muscle, through GLUT4.',
        },
      ],
    },
    {
      id: 'single-bout',
      kind: 'true-false',
      prompt:
        'True or false: after a single bout of exercise, muscle stays more sensitive to insulin for roughly one to two days.',
      explanation:
        'While muscle refills its glycogen after a bout, the same amount of insulin moves more glucose into it, for roughly one to two days. Training adds more GLUT4 over weeks, which is why regularity matters.',
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
        },
      ],
    },
    {
      id: 'exercise-il6',
      kind: 'multiple',
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
      prompt: 'What did a meta-analysis of 117 studies find about exercise, body weight and visceral fat?',
      explanation:
        'Diet produced more weight loss, but exercise reduced visceral fat even when weight barely changed: by about 6.1% without weight loss. Scale weight is a poor proxy for visceral fat.',
      lesson: `${B}/visceral-fat-and-weight#scale-vs-visceral-fat`,
      options: [
        {
          id: 'without-weight-loss',
          text: 'Exercise reduced visceral fat by about 6% even without weight loss',
          correct: true,
          feedback: 'Right. Tracking weight alone can hide real improvements in visceral fat.',
        },
        {
          id: 'weight-equals',
          text: 'If the scale does not move, visceral fat has not changed',
          correct: false,
          feedback:
            'Weight adds up muscle, water, organs and both kinds of fat; visceral fat can fall while weight stays put.',
          misconception: 'weight-equals-visceral-fat',
        },
        {
          id: 'sit-ups',
          text: 'Abdominal exercises remove visceral fat selectively',
          correct: false,
          feedback:
            'Spot reduction does not work: visceral fat lies behind the abdominal muscles, and the reductions came from whole-body exercise and calorie restriction.',
          misconception: 'spot-reduction',
        },
        {
          id: 'diet-only',
          text: 'Only calorie restriction reduces visceral fat',
          correct: false,
          feedback: 'Both diet and exercise reduced visceral fat.',
        },
      ],
    },
    {
      id: 'cereal-fiber',
      kind: 'single',
      prompt:
        'In long-term cohort studies, which fiber is most strongly linked with lower type 2 diabetes risk?',
      explanation:
        'Cohort protection comes mainly from insoluble cereal fiber and whole grains, not soluble fiber, even though soluble fiber blunts blood sugar rises in short experiments. The evidence is mainly observational.',
      lesson: `${B}/fiber-and-omega-3#cereal-fiber`,
      options: [
        {
          id: 'cereal',
          text: 'Insoluble cereal fiber and whole grains',
          correct: true,
          feedback: 'Right. Why it protects more than soluble fiber is not settled.',
        },
        {
          id: 'soluble',
          text: 'Soluble fiber, because it slows sugar absorption',
          correct: false,
          feedback:
            'Soluble fiber blunts glucose rises in short experiments, but the cohort link is mainly with cereal fiber and whole grains.',
          misconception: 'soluble-fiber-explains-all',
        },
        {
          id: 'fruit-juice',
          text: 'Fiber added to sugary drinks',
          correct: false,
          feedback: 'The cohort protection comes from cereal fiber and whole grains.',
        },
        {
          id: 'none',
          text: 'No type of fiber is linked with diabetes risk',
          correct: false,
          feedback: 'High fiber intakes, especially from cereals, are associated with lower risk.',
        },
      ],
    },
    {
      id: 'omega3-amount',
      kind: 'true-false',
      prompt:
        'True or false: in studies, any amount of omega-3 fatty acids measurably reduces inflammatory markers.',
      explanation:
        'Anti-inflammatory effects in adults appeared mainly at fairly high intakes of EPA plus DHA (above about 2 g/day in Calder’s review); studies with lower amounts often found no effect. This is a research finding, not a recommendation.',
      lesson: `${B}/fiber-and-omega-3#omega-3-dose`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'Studies with lower amounts often found no measurable effect on inflammatory markers.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. The amount matters in the studies.',
        },
      ],
    },
    // Module 5: measuring it
    {
      id: 'clamp-procedure',
      kind: 'order',
      prompt: 'Put the steps of a hyperinsulinemic–euglycemic clamp in order.',
      explanation:
        'Insulin is infused at a steady, raised rate; glucose is infused through a second line; its rate is adjusted to hold blood glucose at a normal level; once things settle, the glucose infusion rate measures insulin sensitivity.',
      lesson: `${M}/why-measure#the-clamp`,
      steps: [
        {
          id: 'infuse-insulin',
          text: 'Infuse insulin at a steady, higher-than-fasting rate',
          feedback: 'This is the "hyperinsulinemic" part.',
        },
        {
          id: 'infuse-glucose',
          text: 'Infuse glucose through a second line',
          feedback: 'Without it, the extra insulin would drive blood glucose down.',
        },
        {
          id: 'adjust-rate',
          text: 'Adjust the glucose rate every few minutes to hold blood glucose normal',
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
      prompt:
        'Which statements about the Women’s Health Study analysis of CRP, IL-6 and type 2 diabetes are correct? Select all that apply.',
      explanation:
        'After adjustment, the top CRP quartile had a relative risk of 4.2 (95% CI 1.5–12.0); IL-6 fell to 2.3 (0.9–5.6), not significant. The study was observational and in women only.',
      lesson: `${M}/crp-and-inflammation-markers#pradhan-2001`,
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
      id: 'indices-not-diagnoses',
      kind: 'true-false',
      prompt:
        'True or false: HOMA-IR, QUICKI and TyG are estimates best suited to studies of groups, not diagnoses for individuals.',
      explanation:
        'They estimate what the clamp measures, mainly reflect the liver, have low individual precision (HOMA-IR coefficient of variation about 31%) and no universal cut-off.',
      lesson: `${M}/why-measure#not-a-diagnosis`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback: 'Right. Cut-offs belong to the population, assay and method they came from.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback: 'A single index value is an imprecise estimate and is not a diagnosis.',
          misconception: 'single-cutoff',
        },
      ],
    },
  ],
};

export default quiz;
