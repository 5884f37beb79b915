import type { Quiz } from '../../src/quiz/types';

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
          id: 'extra-insulin',
          text: 'Exercise makes the pancreas release extra insulin, which then moves GLUT4 to the surface.',
          correct: false,
          feedback:
            'Contraction-driven uptake does not depend on insulin: contraction signals such as AMPK, calcium and nitric oxide move GLUT4 to the surface themselves.',
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
        'A single bout raises insulin sensitivity for roughly one to two days. Regular activity renews this window, and regular training adds more GLUT4.',
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
          id: 'until-recovered',
          text: 'Only until breathing and heart rate are back to normal, an hour or so',
          correct: false,
          feedback:
            'The raised insulin sensitivity outlasts the recovery of breathing and heart rate: it lasts roughly one to two days.',
          misconception: 'single-bout-ignored',
        },
      ],
    },
    {
      id: 'exercise-anti-inflammatory',
      kind: 'multiple',
      prompt: 'Through which routes does exercise reduce inflammation? Choose all that apply.',
      explanation:
        'A review by Gleeson and colleagues (2011) describes less visceral fat over time, plus an anti-inflammatory response to each bout: IL-6 from contracting muscle rises and triggers IL-10 and IL-1ra, and monocytes carry fewer toll-like receptors.',
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
          text: 'Training lowers IL-6, which is a purely harmful molecule',
          correct: false,
          feedback:
            'IL-6 from muscle rises during each bout and sets off an anti-inflammatory response. The evidence in this course does not show that training lowers resting IL-6.',
          misconception: 'il6-purely-bad',
        },
      ],
    },
    {
      id: 'exercise-crp-size',
      kind: 'single',
      prompt: 'What do meta-analyses show about exercise training and CRP?',
      explanation:
        'A meta-analysis of 83 controlled trials with 3,769 participants (Fedewa 2017) found that training lowered CRP with an effect size of 0.26, and 0.19 without weight loss; about 0.2 counts as small. An earlier meta-analysis of 5 randomized trials (Kelley 2006) found no significant reduction. The effect is real but modest, and the evidence in this course does not show a fall in resting IL-6.',
      lesson: `${L}/exercise#exercise-and-crp`,
      options: [
        {
          id: 'real-but-modest',
          text: 'Training lowers CRP, but modestly, and the effect remains without weight loss.',
          correct: true,
          feedback: 'Right. An effect size of 0.26 is conventionally small.',
        },
        {
          id: 'large-crp-and-il6',
          text: 'Training lowers both CRP and resting IL-6 by large amounts.',
          correct: false,
          feedback:
            'The pooled CRP effect is small, and the course’s evidence does not show that resting IL-6 falls: muscle IL-6 rises during each bout.',
        },
        {
          id: 'no-effect',
          text: 'Exercise has no effect on CRP.',
          correct: false,
          feedback:
            'An early 5-trial analysis found no significant reduction, but the larger 83-trial analysis found a modest one.',
        },
        {
          id: 'only-weight-loss',
          text: 'CRP falls only if body weight falls.',
          correct: false,
          feedback:
            'The effect was larger when body mass index fell, but still significant without weight loss (effect size 0.19).',
        },
      ],
    },
    {
      id: 'cereal-fiber-cohorts',
      kind: 'single',
      prompt:
        'In long-term cohort studies, which kind of fiber is most strongly linked with lower type 2 diabetes risk?',
      explanation:
        'In long-term cohorts, the lower risk is linked mainly with insoluble cereal fiber and whole grains (reviewed by Weickert and Pfeiffer, 2008), even though soluble fiber is the kind that most clearly blunts blood sugar rises in short experiments. Cohort studies are observational.',
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
          id: 'via-insulin-sensitivity',
          text: 'They work mainly by improving insulin sensitivity, which then calms inflammation.',
          correct: false,
          feedback:
            'The reviews describe direct effects of EPA and DHA on inflammatory pathways. The references in this course do not establish that omega-3 intake improves insulin sensitivity in people.',
        },
      ],
    },
    {
      id: 'omega3-any-amount',
      kind: 'true-false',
      prompt:
        'True or false: in studies, omega-3 fatty acids reduced inflammatory markers at any intake, however small.',
      explanation:
        'Calder’s 2013 review of the trials found that anti-inflammatory effects in adults appeared mainly in studies using high intakes, more than about 2 g/day of EPA plus DHA; studies of lower amounts often found no measurable effect. That describes where effects showed up in research; it is not a target. Higher is not simply better: in trials of omega-3 supplements, atrial fibrillation (an irregular heart rhythm) became more common, even at 1 g/day or less.',
      lesson: `${L}/fiber-and-omega-3#omega-3-dose`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'Studies using lower amounts often found no measurable effect; the amount mattered.',
          misconception: 'any-omega3-dose',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. Effects appeared mainly in trials of high intakes. That is a finding about the research, not an amount to aim for.',
        },
      ],
    },
    {
      id: 'omega3-finding-not-target',
      kind: 'single',
      prompt:
        'A friend reads that anti-inflammatory effects of omega-3 showed up mainly in studies using more than about 2 g/day, and plans to start a high-dose fish oil supplement to reach that amount. Which response best fits the evidence in this course?',
      explanation:
        'The 2 g/day figure describes where anti-inflammatory effects appeared in trials (Calder 2013); it is not a target. A meta-analysis of 7 supplement trials in older people at cardiovascular risk (Gencer 2021) found more atrial fibrillation with omega-3 supplements, more so above 1 g/day but also at 1 g/day or less. People taking blood thinners (anticoagulants) should ask their clinician before taking fish oil because of bleeding risk. The course gives no dosing advice.',
      lesson: `${L}/fiber-and-omega-3#omega-3-dose`,
      options: [
        {
          id: 'finding-not-target',
          text: 'The figure describes the research, not a target, and supplements carry risks of their own.',
          correct: true,
          feedback:
            'Right. A finding about where effects appeared is not a dose recommendation. Supplements raised atrial fibrillation risk in trials, and anyone on blood thinners should ask their clinician before taking fish oil.',
        },
        {
          id: 'more-is-better',
          text: 'Reasonable: more omega-3 means more benefit, and fish oil has no real downside.',
          correct: false,
          feedback:
            'In supplement trials, atrial fibrillation became more common, and the rise was larger in trials using more than 1 g/day.',
          misconception: 'more-supplement-better',
        },
        {
          id: 'safe-below-1g',
          text: 'A supplement is risk-free as long as it stays at 1 g/day or less.',
          correct: false,
          feedback:
            'In trials, atrial fibrillation became more common even at 1 g/day or less (about 12% more often, in relative terms), though less so than at higher amounts.',
          misconception: 'more-supplement-better',
        },
        {
          id: 'recommended-dose',
          text: '2 g/day is the recommended daily amount of omega-3 for everyone.',
          correct: false,
          feedback:
            'The figure comes from comparing trials, and it is not a recommendation. This course gives no dosing advice.',
        },
      ],
    },
    {
      id: 'weight-unchanged-visceral-fat',
      kind: 'single',
      prompt:
        'After three months of regular aerobic training, someone’s body weight has not changed. What may have happened to their visceral fat?',
      explanation:
        'Body weight adds up muscle, water, organs and fat, so it cannot show which of them changed. In a meta-analysis of 117 studies (Verheggen 2016), exercise reduced visceral fat by about 6% on average even without weight loss. That is a group average: only imaging such as CT or MRI can show what happened in one person.',
      lesson: `${L}/visceral-fat-and-weight#scale-vs-visceral-fat`,
      options: [
        {
          id: 'may-have-fallen',
          text: 'It may well have fallen, even though the scale has not moved.',
          correct: true,
          feedback:
            'Right. In exercise studies without weight loss, visceral fat still fell by about 6% on average.',
        },
        {
          id: 'cannot-have-changed',
          text: 'It cannot have changed, because body weight did not change.',
          correct: false,
          feedback:
            'Scale weight is a poor guide to visceral fat: exercise reduced visceral fat even in studies where weight barely changed.',
          misconception: 'weight-equals-visceral-fat',
        },
        {
          id: 'needs-calorie-cut',
          text: 'It can fall only if they also cut calories.',
          correct: false,
          feedback:
            'In a meta-analysis of 15 studies (Vissers 2013), aerobic exercise without calorie restriction reduced visceral fat in overweight adults.',
        },
        {
          id: 'needs-situps',
          text: 'It will fall only if they add abdominal exercises such as sit-ups.',
          correct: false,
          feedback:
            'Sit-ups do not target the fat inside the abdomen; the visceral fat reductions in the meta-analyses came from whole-body exercise and calorie restriction.',
          misconception: 'spot-reduction',
        },
      ],
    },
    {
      id: 'exercise-amount-visceral-fat',
      kind: 'single',
      prompt:
        'Two groups of adults with overweight follow supervised exercise programs for several months. One group exercises about twice as much each week as the other. Based on the trials in this course, what would you expect on average?',
      explanation:
        'A meta-analysis of 40 randomized trials in adults with overweight or obesity (Recchia 2023) found that both exercise and calorie restriction reduce visceral fat, and that exercise shows a dose–response relationship: more exercise was associated with a larger reduction. These are group averages; individuals vary.',
      lesson: `${L}/visceral-fat-and-weight#diet-vs-exercise`,
      options: [
        {
          id: 'both-more-with-more',
          text: 'Visceral fat falls in both groups, and more in the group that exercises more.',
          correct: true,
          feedback: 'Right. That is a dose–response relationship, seen across the trials on average.',
        },
        {
          id: 'only-high-group',
          text: 'Only the group that exercises more loses visceral fat; the smaller amount does nothing.',
          correct: false,
          feedback:
            'In the trials, exercise reduced visceral fat, and more exercise was associated with more reduction: a gradient, not an all-or-nothing effect.',
        },
        {
          id: 'same-in-both',
          text: 'Both groups lose the same amount, because any exercise gives the full benefit.',
          correct: false,
          feedback: 'In the trials, more exercise was associated with a larger reduction in visceral fat.',
        },
        {
          id: 'weight-decides',
          text: 'Neither group loses visceral fat unless their body weight falls.',
          correct: false,
          feedback: 'Exercise reduced visceral fat even in studies where body weight barely changed.',
          misconception: 'weight-equals-visceral-fat',
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
          id: 'diet-only',
          text: 'Because visceral fat can be reduced only by dieting, not by any kind of exercise.',
          correct: false,
          feedback:
            'Whole-body exercise such as aerobic training reduced visceral fat in meta-analyses, even without calorie restriction.',
        },
      ],
    },
    {
      id: 'sleep-stress-claim-check',
      kind: 'single',
      prompt:
        'A wellness article says: “Better sleep and stress reduction are proven to restore insulin sensitivity and calm inflammation.” Which statement best matches the evidence?',
      explanation:
        'Short experiments in small groups of healthy young males show that cutting sleep short lowers insulin sensitivity within days, and cortisol in excess (Cushing’s syndrome, steroid medicines) opposes insulin. Everyday stress and belly fat is only a cross-sectional association (59 women). No trial in the course’s references tested whether improving sleep or easing stress improves insulin sensitivity or inflammation; that benefit is an inference from mechanism.',
      lesson: `${L}/sleep-and-stress#evidence-gap`,
      options: [
        {
          id: 'inferred',
          text: 'Sleep loss and excess cortisol worsen insulin action, but the benefit of better sleep or less stress is inferred from mechanism, not tested in any trial the course cites.',
          correct: true,
          feedback: 'Right. A reasonable inference, but an inference, and its size is unknown.',
        },
        {
          id: 'reversal-proven',
          text: 'Because short sleep lowers insulin sensitivity, it is proven that sleeping more restores it.',
          correct: false,
          feedback:
            'Showing a harm does not prove the matching benefit. No trial in the course’s references tested sleep extension, and undoing a deficit is not the same as adding sleep to an adequate amount.',
          misconception: 'reversal-assumed-proven',
        },
        {
          id: 'cortisol-normalized',
          text: 'Studies show that stress reduction works by normalizing cortisol.',
          correct: false,
          feedback:
            'This is a hypothesis. In the one-week sleep study, the fall in insulin sensitivity did not track the change in cortisol.',
          misconception: 'cortisol-explains-all',
        },
        {
          id: 'stress-belly-fat',
          text: 'Everyday stress is proven to cause belly fat, which then causes insulin resistance.',
          correct: false,
          feedback:
            'The best-known study was cross-sectional, in 59 women: those with more central fat released more cortisol under a laboratory stress test. That is an association, not proof that stress causes belly fat.',
          misconception: 'stress-proven-belly-fat',
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
            'Poor sleep quality is linked with slightly higher CRP in mostly observational studies, but no trial in the course’s references tested whether better sleep lowers CRP, and experimental sleep loss did not raise it.',
          misconception: 'association-equals-causation',
        },
      ],
    },
  ],
};

export default quiz;
