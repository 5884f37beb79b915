import type { Quiz } from '../../quiz/types';

const L = '/learn/breaking-the-cycle';

const quiz: Quiz = {
  id: 'breaking-the-cycle-quiz',
  title: 'Module 4 quiz: Breaking the cycle',
  module: 'breaking-the-cycle',
  passThreshold: 0.7,
  questions: [
    {
      id: 'contraction-glut4-route',
      kind: 'single',
      prompt: 'How does muscle contraction get glucose into muscle cells?',
      explanation:
        'Contraction moves GLUT4 to the cell surface through AMPK, calcium/CaMKII and nitric oxide synthase signaling. The route is insulin-independent but still depends on GLUT4.',
      lesson: `${L}/exercise#two-routes-to-glut4`,
      options: [
        {
          id: 'ampk-calcium-nos',
          text: 'Signals such as AMPK, calcium/CaMKII and nitric oxide move GLUT4 to the surface without insulin.',
          correct: true,
          feedback: 'Right. Insulin-independent, but GLUT4-dependent.',
        },
        {
          id: 'irs1-route',
          text: 'Contraction strengthens the insulin signal through IRS-1 and PI3K–Akt, which then moves GLUT4.',
          correct: false,
          feedback:
            'Contraction bypasses IRS-1 and PI3K–Akt, which is why it works even when inflammation blocks that route.',
          misconception: 'exercise-needs-insulin',
        },
        {
          id: 'local-insulin',
          text: 'Working muscle makes its own insulin.',
          correct: false,
          feedback: 'Muscle does not make insulin; only the pancreas’s beta cells do.',
          misconception: 'exercise-needs-insulin',
        },
        {
          id: 'no-transporter',
          text: 'Glucose diffuses through the membrane without any transporter during exercise.',
          correct: false,
          feedback: 'Glucose still needs GLUT4; contraction simply reaches it by a different path.',
        },
      ],
    },
    {
      id: 'exercise-needs-insulin',
      kind: 'true-false',
      prompt: 'True or false: during exercise, muscle needs insulin to take up glucose.',
      explanation:
        'Contraction-driven glucose uptake is insulin-independent: it moves GLUT4 to the surface through its own signals. That is why exercise lowers blood glucose even in insulin-resistant people.',
      lesson: `${L}/exercise#two-routes-to-glut4`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'Muscle needs GLUT4, not insulin, to take up glucose during contraction.',
          misconception: 'exercise-needs-insulin',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. Contraction mobilizes GLUT4 through AMPK, calcium/CaMKII and nitric oxide.',
        },
      ],
    },
    {
      id: 'insulin-route-order',
      kind: 'order',
      prompt: 'Put the steps of the insulin route to glucose uptake in muscle in order.',
      explanation:
        'Insulin binds its receptor, the signal passes to IRS-1 and then along PI3K–Akt, GLUT4 moves to the surface, and glucose enters. Inflammation blocks this route at IRS-1; contraction bypasses it.',
      lesson: `${L}/exercise#two-routes-to-glut4`,
      steps: [
        {
          id: 'receptor',
          text: 'Insulin binds the insulin receptor',
          feedback: 'The signal starts at the cell surface.',
        },
        {
          id: 'irs-1',
          text: 'The signal passes to IRS-1',
          feedback: 'This is the step that inflammatory kinases such as JNK interfere with.',
        },
        {
          id: 'pi3k-akt',
          text: 'The PI3K–Akt pathway is switched on',
          feedback: 'PI3K–Akt carries the signal on toward GLUT4.',
        },
        {
          id: 'glut4',
          text: 'GLUT4 moves to the cell surface',
          feedback: 'Both the insulin route and the contraction route end here.',
        },
        {
          id: 'glucose-enters',
          text: 'Glucose enters the muscle cell',
          feedback: 'GLUT4 at the surface lets glucose in.',
        },
      ],
    },
    {
      id: 'single-bout-duration',
      kind: 'single',
      prompt:
        'After a single bout of exercise, for roughly how long does muscle stay more sensitive to insulin?',
      explanation:
        'A single bout raises insulin sensitivity for roughly one to two days, while muscle refills its glycogen. Regular activity renews this window, and training adds more GLUT4 over weeks.',
      lesson: `${L}/exercise#after-a-single-bout`,
      options: [
        {
          id: 'one-to-two-days',
          text: 'Roughly one to two days',
          correct: true,
          feedback: 'Right. That is why regularity matters more than any single workout.',
        },
        {
          id: 'only-during',
          text: 'Only while the exercise is going on',
          correct: false,
          feedback:
            'The benefit outlasts the exercise: insulin sensitivity stays raised for roughly one to two days.',
          misconception: 'single-bout-ignored',
        },
        {
          id: 'months',
          text: 'Several months',
          correct: false,
          feedback: 'A single bout’s effect is short-lived; lasting change comes from repeated training.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'permanently',
          text: 'Permanently',
          correct: false,
          feedback: 'The effect of one session fades within a day or two.',
          misconception: 'short-term-overstated',
        },
      ],
    },
    {
      id: 'exercise-anti-inflammatory',
      kind: 'multiple',
      prompt: 'Through which routes does exercise reduce inflammation? Choose all that apply.',
      explanation:
        'Gleeson 2011 describes less visceral fat over time, plus an anti-inflammatory response to each bout: muscle IL-6 triggers IL-10 and IL-1ra, and monocytes carry fewer toll-like receptors.',
      lesson: `${L}/exercise#anti-inflammatory-effects`,
      options: [
        {
          id: 'less-visceral-fat',
          text: 'Less visceral fat over time',
          correct: true,
          feedback: 'Right. Fewer enlarged fat cells and macrophages mean fewer inflammatory signals.',
        },
        {
          id: 'muscle-il6',
          text: 'IL-6 from contracting muscle, which triggers IL-10 and IL-1ra',
          correct: true,
          feedback: 'Right. In this context IL-6 starts an anti-inflammatory response.',
        },
        {
          id: 'fewer-tlrs',
          text: 'Fewer toll-like receptors on monocytes',
          correct: true,
          feedback: 'Right. Monocytes become less quick to trigger inflammation.',
        },
        {
          id: 'il6-always-bad',
          text: 'Exercise helps because it stops all IL-6 production, and IL-6 is always harmful',
          correct: false,
          feedback:
            'Exercise raises IL-6 from muscle during each bout, and that IL-6 has anti-inflammatory effects.',
          misconception: 'il6-purely-bad',
        },
      ],
    },
    {
      id: 'exercise-crp-size',
      kind: 'single',
      prompt: 'What do meta-analyses show about exercise training and CRP?',
      explanation:
        'Fedewa 2017 (83 trials, 3,769 participants) found an effect size of 0.26, and 0.19 without weight loss. An earlier analysis of 5 RCTs (Kelley 2006) found no significant effect. The effect is real but modest.',
      lesson: `${L}/exercise#exercise-and-crp`,
      options: [
        {
          id: 'real-but-modest',
          text: 'Training lowers CRP, but modestly, and the effect remains without weight loss.',
          correct: true,
          feedback: 'Right. An effect size of 0.26 is conventionally small.',
        },
        {
          id: 'large-guaranteed',
          text: 'Training lowers CRP by a large amount in everyone.',
          correct: false,
          feedback: 'The pooled effect is small, and results varied between trials.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'no-effect',
          text: 'Exercise has no effect on CRP.',
          correct: false,
          feedback:
            'An early 5-trial analysis found none, but the larger 83-trial analysis found a modest reduction.',
        },
        {
          id: 'only-weight-loss',
          text: 'CRP falls only if body weight falls.',
          correct: false,
          feedback:
            'The effect was larger with weight loss but still significant without it (effect size 0.19).',
          misconception: 'weight-equals-visceral-fat',
        },
      ],
    },
    {
      id: 'cereal-fiber-cohorts',
      kind: 'single',
      prompt:
        'In long-term cohort studies, which kind of fiber is most strongly linked with lower type 2 diabetes risk?',
      explanation:
        'Cohort protection comes mainly from insoluble cereal fiber and whole grains (Weickert & Pfeiffer 2008), even though soluble fiber is the kind that most clearly blunts blood sugar rises in short experiments.',
      lesson: `${L}/fiber-and-omega-3#cereal-fiber`,
      options: [
        {
          id: 'cereal-fiber',
          text: 'Insoluble cereal fiber and whole grains',
          correct: true,
          feedback: 'Right. Why cereal fiber protects more is still debated.',
        },
        {
          id: 'soluble-only',
          text: 'Soluble fiber, because it slows sugar absorption',
          correct: false,
          feedback:
            'Soluble fiber blunts post-meal glucose in short tests, but cohort protection comes mainly from insoluble cereal fiber.',
          misconception: 'soluble-fiber-explains-all',
        },
        {
          id: 'no-fiber-link',
          text: 'No kind of fiber is linked with diabetes risk',
          correct: false,
          feedback: 'High fiber intake, especially cereal fiber, is associated with lower diabetes risk.',
        },
      ],
    },
    {
      id: 'omega3-mechanisms',
      kind: 'multiple',
      prompt: 'How do the omega-3 fatty acids EPA and DHA damp inflammation? Choose all that apply.',
      explanation:
        'EPA and DHA partly replace arachidonic acid in membranes, are the raw material for resolvins, reduce NF-κB activation, activate PPARγ and signal through GPR120 (Calder 2010, 2013).',
      lesson: `${L}/fiber-and-omega-3#omega-3-mechanisms`,
      options: [
        {
          id: 'membranes',
          text: 'They partly replace arachidonic acid in immune cell membranes.',
          correct: true,
          feedback: 'Right. Fewer strongly inflammatory eicosanoids are made.',
        },
        {
          id: 'resolvins',
          text: 'They are the starting material for resolvins.',
          correct: true,
          feedback: 'Right. Resolvins help inflammation switch off.',
        },
        {
          id: 'nf-kb',
          text: 'They reduce activation of NF-κB.',
          correct: true,
          feedback: 'Right. NF-κB is the master switch for inflammatory genes.',
        },
        {
          id: 'tlr4-activation',
          text: 'They switch on TLR4, like saturated fatty acids in mice.',
          correct: false,
          feedback:
            'TLR4 activation is linked to saturated fatty acids and LPS; omega-3 fatty acids act the other way.',
        },
      ],
    },
    {
      id: 'omega3-any-amount',
      kind: 'true-false',
      prompt:
        'True or false: in studies, omega-3 fatty acids reduced inflammatory markers at any intake, however small.',
      explanation:
        'Calder 2013 reports that anti-inflammatory effects in adults seem to need more than about 2 g/day of EPA plus DHA in studies. This is a research finding, not a recommendation.',
      lesson: `${L}/fiber-and-omega-3#omega-3-dose`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'Studies using lower amounts often found no measurable effect; the amount matters.',
          misconception: 'any-omega3-dose',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. Effects appeared mainly above about 2 g/day of EPA plus DHA in studies.',
        },
      ],
    },
    {
      id: 'visceral-fat-without-weight-loss',
      kind: 'single',
      prompt: 'What did the Verheggen 2016 meta-analysis (117 studies) find about exercise and visceral fat?',
      explanation:
        'Diet produced more weight loss, but exercise reduced visceral fat even without weight loss, by about 6.1%. Scale weight is a poor proxy for visceral fat.',
      lesson: `${L}/visceral-fat-and-weight#diet-vs-exercise`,
      options: [
        {
          id: 'six-percent',
          text: 'Exercise reduced visceral fat by about 6% even without weight loss.',
          correct: true,
          feedback: 'Right. Visceral fat can fall while the scale stays still.',
        },
        {
          id: 'needs-weight-loss',
          text: 'Visceral fat fell only when body weight fell.',
          correct: false,
          feedback: 'Exercise cut visceral fat even in studies where body weight barely changed.',
          misconception: 'weight-equals-visceral-fat',
        },
        {
          id: 'exercise-more-weight',
          text: 'Exercise produced more weight loss than diet.',
          correct: false,
          feedback:
            'The calorie-reduced diet produced more weight loss; exercise stood out for visceral fat.',
        },
        {
          id: 'neither',
          text: 'Neither diet nor exercise changed visceral fat.',
          correct: false,
          feedback: 'Both reduced visceral fat.',
        },
      ],
    },
    {
      id: 'exercise-dose-response',
      kind: 'true-false',
      prompt:
        'True or false: in the Recchia 2023 meta-analysis of 40 randomized trials, more exercise was associated with a larger reduction in visceral fat.',
      explanation:
        'Recchia 2023 found that both exercise and calorie restriction reduce visceral fat, and that exercise shows a dose–response relationship.',
      lesson: `${L}/visceral-fat-and-weight#diet-vs-exercise`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback: 'Right. That is a dose–response relationship.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback: 'The analysis did find a dose–response relationship for exercise.',
        },
      ],
    },
    {
      id: 'spot-reduction',
      kind: 'single',
      prompt: 'Why do abdominal exercises such as sit-ups not selectively remove visceral fat?',
      explanation:
        'Visceral fat lies behind the abdominal muscles, inside the abdominal cavity. The body draws on fat stores according to whole-body energy balance and hormonal signals, not according to which muscle works.',
      lesson: `${L}/visceral-fat-and-weight#no-spot-reduction`,
      options: [
        {
          id: 'whole-body',
          text: 'Fat stores are drawn on according to whole-body energy balance, not the muscle being worked.',
          correct: true,
          feedback:
            'Right. Whole-body exercise and calorie restriction reduced visceral fat in the meta-analyses.',
        },
        {
          id: 'spot-works',
          text: 'They do remove it: working a muscle burns the fat next to it.',
          correct: false,
          feedback:
            'Spot reduction does not work for visceral fat, which sits behind the muscles around the organs.',
          misconception: 'spot-reduction',
        },
        {
          id: 'visceral-fixed',
          text: 'Visceral fat cannot be reduced by any means.',
          correct: false,
          feedback: 'Both exercise and calorie restriction reduce visceral fat.',
        },
      ],
    },
    {
      id: 'sleep-stress-evidence-gap',
      kind: 'single',
      prompt:
        'What does this course’s reference list show about improving sleep or reducing stress as ways to improve insulin sensitivity?',
      explanation:
        'The references contain sleep-restriction experiments and evidence on cortisol excess, but no trials of sleep extension or stress reduction. Benefits are inferred from mechanisms, not demonstrated here.',
      lesson: `${L}/sleep-and-stress#evidence-gap`,
      options: [
        {
          id: 'inferred',
          text: 'No such trials are cited; benefits are inferred from the mechanisms of sleep loss and cortisol excess.',
          correct: true,
          feedback: 'Right. A reasonable inference, clearly marked as one.',
        },
        {
          id: 'proven-large',
          text: 'Trials prove that more sleep and stress reduction reverse insulin resistance.',
          correct: false,
          feedback: 'The course’s references contain no such trials.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'cortisol-normalized',
          text: 'Studies show that stress reduction works by normalizing cortisol.',
          correct: false,
          feedback:
            'This is a hypothesis. In the one-week sleep study, the insulin sensitivity loss did not even track cortisol.',
          misconception: 'cortisol-explains-all',
        },
        {
          id: 'harmful',
          text: 'Sleep and stress have been shown to have no link with insulin action.',
          correct: false,
          feedback: 'Sleep restriction and cortisol excess both worsen insulin action.',
        },
      ],
    },
    {
      id: 'where-interventions-act',
      kind: 'multiple',
      prompt:
        'Which pairings of intervention and main point of action match the course’s map? Choose all that apply.',
      explanation:
        'Exercise moves glucose into muscle by the GLUT4 route and reduces visceral fat; omega-3 fatty acids damp inflammatory signals; fiber eases insulin demand. Sleep and stress care may ease insulin resistance, but the evidence is limited.',
      lesson: `${L}/sleep-and-stress#where-interventions-act`,
      options: [
        {
          id: 'exercise-glut4',
          text: 'Exercise: glucose uptake into muscle by the GLUT4 route',
          correct: true,
          feedback: 'Right. It bypasses the insulin route that inflammation blocks.',
        },
        {
          id: 'omega3-inflammation',
          text: 'Omega-3 fatty acids: inflammatory signals',
          correct: true,
          feedback: 'Right. They act mainly on the inflammatory side.',
        },
        {
          id: 'fiber-demand',
          text: 'Fiber: lower insulin demand',
          correct: true,
          feedback: 'Right. Fiber is linked with better insulin sensitivity and replaces refined starch.',
        },
        {
          id: 'sleep-crp-proven',
          text: 'Sleep care: proven to lower CRP',
          correct: false,
          feedback:
            'The course’s references do not establish any effect of better sleep on CRP or other inflammatory markers.',
          misconception: 'short-term-overstated',
        },
      ],
    },
  ],
};

export default quiz;
