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
      level: 'apply',
      prompt:
        'Inflammation has weakened the insulin signal in someone’s muscles. Why does a brisk walk still lower their blood glucose?',
      explanation:
        'Contraction moves GLUT4 to the cell surface through its own signals (AMPK, calcium/CaMKII and nitric oxide), which bypass the part of the insulin signal that inflammation jams. The route is insulin-independent but still depends on GLUT4, so glucose enters working muscle even when insulin works poorly.',
      lesson: `${L}/exercise#two-routes-to-glut4`,
      options: [
        {
          id: 'ampk-calcium-nos',
          text: 'Working muscle uses its own signals (such as AMPK, calcium and nitric oxide) to move GLUT4 to the surface without insulin.',
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
      level: 'recall',
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
      level: 'recall',
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
      level: 'recall',
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
      id: 'exercise-low-blood-sugar',
      kind: 'single',
      level: 'apply',
      prompt:
        'A friend with type 2 diabetes who takes insulin plans to join an evening exercise class. Which point from this course matters most for them?',
      explanation:
        'Working muscle takes up glucose without needing insulin, and insulin sensitivity stays raised for roughly one to two days after a session. So people who take insulin or a sulfonylurea can get low blood sugar (hypoglycemia) during exercise or hours later, even overnight after an evening class. They should plan exercise with their clinician. The course gives no dosing advice.',
      lesson: `${L}/exercise#after-a-single-bout`,
      options: [
        {
          id: 'plan-with-clinician',
          text: 'Exercise can lower blood sugar during and hours after the class, so low blood sugar is possible; they should plan it with their clinician.',
          correct: true,
          feedback:
            'Right. The glucose-lowering route does not need insulin, and the extra sensitivity lasts well after the session.',
        },
        {
          id: 'no-effect-if-resistant',
          text: 'Exercise cannot lower their blood sugar much, because their muscles resist insulin.',
          correct: false,
          feedback:
            'Contraction moves GLUT4 by its own signals, so exercise lowers glucose even when insulin works poorly.',
          misconception: 'exercise-needs-insulin',
        },
        {
          id: 'risk-ends-with-class',
          text: 'Any risk of low blood sugar ends when the class ends.',
          correct: false,
          feedback:
            'Insulin sensitivity stays raised for roughly one to two days, so low blood sugar can come hours later.',
          misconception: 'single-bout-ignored',
        },
        {
          id: 'change-dose-alone',
          text: 'They should work out their own new insulin dose for class days from what they read.',
          correct: false,
          feedback:
            'This course gives no dosing advice. Any change to medicines around exercise is something to plan with their clinician.',
        },
      ],
    },
    {
      id: 'exercise-anti-inflammatory',
      kind: 'multiple',
      level: 'recall',
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
      level: 'recall',
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
      level: 'recall',
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
      level: 'recall',
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
      level: 'recall',
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
      level: 'apply',
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
      level: 'apply',
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
      level: 'apply',
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
      level: 'recall',
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
      level: 'apply',
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
      level: 'recall',
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
    {
      id: 'prevention-trial-headline',
      kind: 'single',
      level: 'apply',
      prompt:
        'A headline reads: “Lifestyle changes prevent diabetes in 58% of people.” Based on the Diabetes Prevention Program, which correction is most accurate?',
      explanation:
        'In the Diabetes Prevention Program, about 3,200 US adults at high risk (blood sugar above normal but not in the diabetes range) were followed for an average of 2.8 years. A coached lifestyle program aiming at at least 7% weight loss and at least 150 minutes of activity a week cut new cases of diabetes by 58% compared with placebo (Knowler 2002). That is a relative reduction in a high-risk, well-supported group, and “prevent” partly means “delay”. The trial did not test whether the program worked by calming inflammation.',
      lesson: `${L}/sleep-and-stress#prevention-trials`,
      options: [
        {
          id: 'relative-high-risk',
          text: 'High-risk adults in a coached program developed diabetes 58% less often than a placebo group over about 3 years; it is a relative figure, and “prevent” partly means “delay”.',
          correct: true,
          feedback:
            'Right. Strong trial evidence, read with its limits: who took part, for how long, and compared with what.',
        },
        {
          id: 'absolute-58',
          text: '58% of the people in the program never developed diabetes, and the other 42% did.',
          correct: false,
          feedback:
            'The 58% compares the rate of new diabetes between the two groups. It is not the share of people who stayed free of diabetes.',
        },
        {
          id: 'proves-inflammation-route',
          text: 'The trial proved that lifestyle changes prevent diabetes by calming inflammation.',
          correct: false,
          feedback:
            'The trial counted new cases of diabetes. It did not test inflammation, so it cannot show how the program worked.',
        },
        {
          id: 'anyone-any-risk',
          text: 'The same 58% applies to anyone, at any level of risk, for life.',
          correct: false,
          feedback:
            'The trial included high-risk adults followed for an average of 2.8 years. Results in other groups and over longer times can differ.',
          misconception: 'short-term-overstated',
        },
      ],
    },
    {
      id: 'sam-nine-month-results',
      kind: 'single',
      level: 'apply',
      prompt:
        'In the course’s running case (numbers invented to illustrate), Sam made several changes at once. Nine months later his hs-CRP had fallen from 3.4 to 2.1 mg/L and his waist from 106 to 100 cm. Which conclusion fits the evidence best?',
      explanation:
        'Sam’s changes (more activity, fewer sugary drinks, more fiber, a sleep routine) match levers that trials support on average, and falls like these fit that picture. But several things changed at once, so one person’s numbers cannot show which habit did what. CRP is a general marker of inflammation, not a test for insulin resistance, and real changes vary widely from person to person.',
      lesson: `${L}/sleep-and-stress#prevention-trials`,
      options: [
        {
          id: 'fits-but-cannot-separate',
          text: 'The falls fit what trials found on average, but with several changes at once his numbers cannot show which habit did what.',
          correct: true,
          feedback: 'Right. A single story illustrates; it does not test anything.',
        },
        {
          id: 'walking-did-it',
          text: 'The walking alone must have caused the fall in CRP.',
          correct: false,
          feedback:
            'Several changes happened together, so the fall cannot be credited to any one of them from his numbers.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'crp-shows-ir-gone',
          text: 'The lower CRP shows that his insulin resistance has gone.',
          correct: false,
          feedback: 'CRP is a general marker of inflammation. It is not a test for insulin resistance.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'same-for-everyone',
          text: 'Anyone who makes the same changes will see the same numbers.',
          correct: false,
          feedback: 'The numbers are invented to illustrate. Real changes vary widely from person to person.',
        },
      ],
    },
    {
      id: 'drugs-why-test',
      kind: 'single',
      level: 'recall',
      prompt:
        'Why are trials of anti-inflammatory drugs in people such an important test of the idea that inflammation causes insulin resistance?',
      explanation:
        'Most of the evidence for the arrow from inflammation to insulin resistance comes from cells and mice. If the arrow also works in people, calming inflammation with a drug should make insulin work better and lower blood glucose. Randomized, placebo-controlled trials can test that directly.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#why-this-test',
      options: [
        {
          id: 'calming-should-help',
          text: 'If inflammation helps cause insulin resistance in people, calming it should improve insulin sensitivity and lower glucose.',
          correct: true,
          feedback: 'Right. A drug trial puts the prediction from cells and mice to a direct test in people.',
        },
        {
          id: 'already-proven-in-mice',
          text: 'They are not needed: the mouse and cell studies already prove that the arrow works in people.',
          correct: false,
          feedback:
            'Mouse and cell studies show a mechanism, but they cannot show how much it matters in people. That is why human trials were run.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'find-a-treatment',
          text: 'Because anti-inflammatory drugs are already the standard treatment for insulin resistance.',
          correct: false,
          feedback:
            'No anti-inflammatory drug is a recommended treatment for insulin resistance. The trials were tests of an idea.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'crp-is-the-test',
          text: 'Because a fall in CRP on the drug would show directly that insulin resistance has improved.',
          correct: false,
          feedback:
            'CRP is a marker of inflammation, not a test of insulin action. In one trial CRP fell while insulin sensitivity did not change.',
          misconception: 'crp-tests-ir',
        },
      ],
    },
    {
      id: 'drugs-salicylate-clue',
      kind: 'single',
      level: 'recall',
      prompt: 'What was the "old clue" that first linked salicylates to blood glucose?',
      explanation:
        'More than a century ago, very high doses of salicylates were reported to cut the sugar in the urine of people with diabetes, and in 1957 a person with diabetes who took high-dose aspirin for arthritis no longer needed daily insulin. Much later, lab work mostly in rodents and cells suggested that high-dose salicylates block IKKβ, an enzyme that switches on inflammation.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#salicylates',
      options: [
        {
          id: 'high-dose-lowered-sugar',
          text: 'Very high doses of salicylates lowered the sugar lost in the urine of people with diabetes.',
          correct: true,
          feedback: 'Right. The observation came long before anyone linked it to inflammation.',
        },
        {
          id: 'low-dose-prevents',
          text: 'People who took a daily low-dose aspirin were found never to develop diabetes.',
          correct: false,
          feedback:
            'The old reports involved very high doses in people who already had diabetes, not prevention with a low dose.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'aspirin-raised-sugar',
          text: 'Aspirin was found to raise blood glucose, which pointed to inflammation as harmless.',
          correct: false,
          feedback: 'The reports were the other way round: high-dose salicylates lowered glucose.',
        },
        {
          id: 'mouse-first',
          text: 'A mouse study in the 2000s, which was later confirmed in people.',
          correct: false,
          feedback:
            'The clue came first from people with diabetes more than a century ago; the mouse work came much later and tried to explain it.',
        },
      ],
    },
    {
      id: 'drugs-salsalate-48-weeks',
      kind: 'single',
      level: 'recall',
      prompt:
        'In the 48-week trial, 286 adults with type 2 diabetes added salsalate or a placebo to their usual treatment. What happened?',
      explanation:
        'HbA1c averaged 0.37 percentage points lower with salsalate, and fasting glucose was lower, even though people on salsalate cut back their other diabetes medicines more. But weight, LDL cholesterol and urine albumin rose (the albumin fell back after stopping). The authors judged the trial too short and small to weigh long-term benefit against harm.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#salicylates',
      options: [
        {
          id: 'modest-with-costs',
          text: 'HbA1c was about 0.4 points lower than with placebo, but weight, LDL cholesterol and urine albumin rose.',
          correct: true,
          feedback:
            'Right. A modest fall in glucose, with costs that rule it out as a recommended treatment.',
        },
        {
          id: 'normalized-recommended',
          text: 'HbA1c returned to normal, and salsalate became a recommended diabetes medicine.',
          correct: false,
          feedback:
            'The fall was modest (0.37 points), and salsalate is not a recommended diabetes medicine because of its side effects and the short trial.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'no-change',
          text: 'HbA1c did not differ from placebo, showing the drug has no effect on glucose.',
          correct: false,
          feedback: 'HbA1c was lower with salsalate in both the 14-week and the 48-week trial.',
          misconception: 'anti-inflammatories-useless',
        },
        {
          id: 'no-downsides',
          text: 'HbA1c fell a little, with no changes in weight or blood fats.',
          correct: false,
          feedback: 'Weight and LDL cholesterol rose on salsalate, and so did albumin in the urine.',
        },
      ],
    },
    {
      id: 'drugs-salsalate-headline',
      kind: 'single',
      level: 'apply',
      prompt:
        'A wellness blog says: "An old cousin of aspirin beats diabetes. Ask for salsalate, or just take extra aspirin." Which response fits the trials best?',
      explanation:
        'Salsalate lowered HbA1c by about 0.3 to 0.5 points more than placebo in adults with type 2 diabetes over 14 and 48 weeks. That is a modest effect, with weight, LDL cholesterol and urine albumin rising, and it is not a recommended treatment. The old glucose-lowering reports used very high doses, and nobody should start, stop or change aspirin or any other medicine on their own.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#salicylates',
      options: [
        {
          id: 'overclaim',
          text: 'It overstates a small effect: salsalate lowered HbA1c a little, raised weight and LDL cholesterol, and is not recommended; aspirin should not be self-prescribed.',
          correct: true,
          feedback: 'Right. "Lowered glucose a little, with side effects" is not "beats diabetes".',
        },
        {
          id: 'fair-claim',
          text: 'It is fair: a 48-week trial proved salsalate treats type 2 diabetes, so extra aspirin is a sensible shortcut.',
          correct: false,
          feedback:
            'The trial found a modest fall in HbA1c with side effects. It did not make salsalate a treatment, and high-dose aspirin has risks of its own.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'more-is-better',
          text: 'It is mostly right, and a higher dose would simply work better.',
          correct: false,
          feedback:
            'The trials tested set doses under medical supervision, and even then side effects appeared. A higher dose is not automatically better or safer.',
        },
        {
          id: 'total-nonsense',
          text: 'It is completely wrong: salicylates have never lowered glucose in any person.',
          correct: false,
          feedback:
            'Salsalate did lower HbA1c in two trials. The problem with the blog is the size of the claim and the advice to self-treat, not the existence of an effect.',
          misconception: 'anti-inflammatories-useless',
        },
      ],
    },
    {
      id: 'drugs-etanercept-two-trials',
      kind: 'multiple',
      level: 'apply',
      prompt:
        'Two small trials tested the TNF-α blocker etanercept. After 4 weeks in 56 adults, CRP fell 34% but insulin sensitivity did not improve. After 6 months in 40 adults, fasting glucose fell about 11% but CRP and IL-6 did not change. Which conclusions do these results support? Choose all that apply.',
      explanation:
        'The two results show inflammation markers and glucose moving separately, so a lower CRP is not a sign that insulin works better. The 6-month trial suggests TNF-α blockade can lower glucose a little, but it measured glucose, not insulin sensitivity with the clamp, and both trials were small and short. Neither result shows that TNF blockers restore insulin sensitivity, and neither rules out a role for inflammation.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#tnf-blockers',
      options: [
        {
          id: 'markers-and-glucose-separate',
          text: 'Inflammation markers and glucose moved separately, so a fall in CRP does not show that insulin works better.',
          correct: true,
          feedback:
            'Right. CRP fell without better insulin sensitivity, and glucose fell without a change in CRP.',
        },
        {
          id: 'glucose-a-little',
          text: 'Blocking TNF-α may lower glucose a little, but these small trials do not show that insulin sensitivity is restored.',
          correct: true,
          feedback:
            'Right. One small 6-month trial lowered fasting glucose; insulin sensitivity itself was not shown to improve.',
        },
        {
          id: 'restores-sensitivity',
          text: 'TNF blockers restore insulin sensitivity in people, just as neutralizing TNF-α did in obese rats.',
          correct: false,
          feedback:
            'After 4 weeks, insulin sensitivity did not improve, and the 6-month trial reported glucose, not insulin sensitivity. The rat result did not carry over simply to people.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'tnf-irrelevant',
          text: 'TNF-α plays no part in human insulin resistance, since the 4-week trial failed.',
          correct: false,
          feedback:
            'A short, small trial cannot prove that. The 6-month trial did lower fasting glucose, and TNF-α may act mostly inside tissues, where a blood marker may not show it.',
          misconception: 'anti-inflammatories-useless',
        },
      ],
    },
    {
      id: 'drugs-crp-not-insulin',
      kind: 'true-false',
      level: 'apply',
      prompt:
        'True or false: if a new anti-inflammatory drug lowers CRP by a third in a trial, you can expect the participants’ insulin sensitivity to have improved.',
      explanation:
        'CRP is a blood marker of inflammation, not a measure of insulin action. In the 4-week etanercept trial, CRP fell 34% while insulin sensitivity did not improve, and in CANTOS large falls in CRP did not reduce new cases of diabetes.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#tnf-blockers',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'A lower CRP is not evidence of better insulin action; the two moved separately in the trials.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. Insulin sensitivity has to be measured directly; a fall in CRP does not tell you it improved.',
        },
      ],
    },
    {
      id: 'drugs-cantos-overclaim',
      kind: 'single',
      level: 'apply',
      prompt:
        'A colleague says: "CANTOS proved that blocking IL-1β prevents diabetes, because it lowered CRP and cut heart attacks." What is wrong with this?',
      explanation:
        'CANTOS gave canakinumab or placebo to 10,061 people who had had a heart attack and had raised CRP, for a median of 3.7 years. At the middle of three doses, heart attacks, strokes and cardiovascular deaths were about 15% less common, which shows inflammation matters for heart events. But a planned analysis found no fewer new cases of diabetes (about 4 per 100 people a year with or without the drug), despite large falls in CRP and IL-6. Fatal infections were more common with the drug.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#cantos',
      options: [
        {
          id: 'heart-not-diabetes',
          text: 'CANTOS found fewer heart events, but new cases of diabetes were no fewer with the drug than with placebo.',
          correct: true,
          feedback:
            'Right. A benefit for heart events does not carry over to diabetes, even though CRP fell.',
        },
        {
          id: 'nothing-wrong',
          text: 'Nothing: CANTOS showed that lowering CRP with an IL-1β blocker prevents diabetes.',
          correct: false,
          feedback:
            'New diabetes appeared at about 4 per 100 people a year in every group, with or without the drug.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'no-heart-benefit',
          text: 'CANTOS found no benefit at all, for the heart or for diabetes.',
          correct: false,
          feedback:
            'Heart attacks, strokes and cardiovascular deaths were about 15% less common at the middle dose. The benefit was small in absolute terms, but real.',
          misconception: 'anti-inflammatories-useless',
        },
        {
          id: 'too-small',
          text: 'CANTOS was too small and short to say anything about diabetes.',
          correct: false,
          feedback:
            'CANTOS was large (10,061 people) and long (median 3.7 years). Its limits are that it was a heart trial in a selected group and tested one target, IL-1β.',
        },
      ],
    },
    {
      id: 'drugs-cantos-crp-marker',
      kind: 'single',
      level: 'apply',
      prompt:
        'In CANTOS, people with higher CRP at the start were more likely to develop diabetes. Yet lowering CRP and IL-6 with the drug did not reduce new cases. What is the most reasonable reading?',
      explanation:
        'A marker can predict risk without being a lever that a drug can pull. CRP may mark processes that drive diabetes rather than cause it, or the drug may have hit a pathway that matters less for diabetes. The result does not show that inflammation is irrelevant, and an observational link between CRP and diabetes cannot by itself show cause.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#cantos',
      options: [
        {
          id: 'marker-not-lever',
          text: 'CRP can mark a higher risk of diabetes without being something that a drug can lower to prevent it.',
          correct: true,
          feedback: 'Right. Predicting risk and causing it are different things.',
        },
        {
          id: 'crp-causes',
          text: 'Higher CRP causes diabetes, so the trial must have been done wrongly.',
          correct: false,
          feedback:
            'That CRP predicts diabetes is an association. The trial is the stronger test, and it found no fewer new cases when CRP fell.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'inflammation-irrelevant',
          text: 'Inflammation has nothing to do with diabetes risk in people.',
          correct: false,
          feedback:
            'One drug with one target did not prevent diabetes. That does not rule out other inflammatory pathways, and salsalate did lower glucose a little.',
          misconception: 'anti-inflammatories-useless',
        },
        {
          id: 'only-cause',
          text: 'Inflammation is the only cause of diabetes, so the drug must simply have been given at too low a dose.',
          correct: false,
          feedback:
            'Inflammation is one of several routes to insulin resistance and diabetes, and all three doses gave the same result.',
          misconception: 'inflammation-only-cause',
        },
      ],
    },
    {
      id: 'drugs-why-small-effects',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Why might anti-inflammatory drugs have done less in people than blocking inflammation did in mice? Choose the possible reasons the lesson gives.',
      explanation:
        'The trials cannot tell these apart: most were short; each drug hit one target, which may not be the one that matters most; in people, TNF-α seems to act mostly locally inside tissues, where a drug in the blood may not fully reach it; and the body has many inflammatory messengers and several non-inflammatory routes to insulin resistance. It is also possible that inflammation simply matters less in people than in mice.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#what-it-means',
      options: [
        {
          id: 'short-trials',
          text: 'Most trials lasted weeks to a year, while insulin resistance builds up over years.',
          correct: true,
          feedback: 'Right. Short trials may be too brief to undo long-built changes.',
        },
        {
          id: 'wrong-target',
          text: 'Each drug blocks one messenger or pathway, which may not be the one that matters most in people.',
          correct: true,
          feedback: 'Right. A negative result for one target does not settle the question for others.',
        },
        {
          id: 'local-action',
          text: 'Inflammation may act mostly inside tissues, where a drug in the blood may not fully reach it.',
          correct: true,
          feedback:
            'Right. In people, TNF-α is barely found in the blood and seems to act between neighboring cells.',
        },
        {
          id: 'redundancy',
          text: 'Other messengers and other routes, such as fat stored in liver and muscle, can keep insulin resistance going.',
          correct: true,
          feedback: 'Right. Inflammation is one route among several.',
        },
        {
          id: 'tnf-in-blood',
          text: 'TNF-α circulates in the blood at high levels in people, so the drugs were quickly used up.',
          correct: false,
          feedback: 'The opposite: in people, TNF-α in the blood is extremely low or undetectable.',
          misconception: 'tnf-circulates',
        },
        {
          id: 'no-marker-change',
          text: 'None of the drugs lowered any marker of inflammation.',
          correct: false,
          feedback:
            'They did: CRP fell 34% after 4 weeks of etanercept, and CRP and IL-6 fell sharply in CANTOS.',
        },
      ],
    },
    {
      id: 'drugs-sam-asks',
      kind: 'single',
      level: 'apply',
      prompt:
        'Sam, 49, has no diabetes. His fasting glucose is slightly raised and his hs-CRP, measured when he was well, is 3.4 mg/L. He asks whether he should take an anti-inflammatory pill to calm his inflammation and help his insulin work better. Which answer matches the lesson?',
      explanation:
        'The trials were in people with type 2 diabetes, the metabolic syndrome or a past heart attack. They lowered glucose a little at best, did not restore insulin sensitivity or prevent diabetes, and brought side effects. None of these drugs is a recommended treatment for insulin resistance, and medicines, including aspirin, should not be started, stopped or changed without a clinician. Lifestyle programs have stronger evidence for preventing diabetes.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#what-it-means',
      options: [
        {
          id: 'no-self-treatment',
          text: 'No drug in these trials is a recommended treatment for insulin resistance; he should discuss any medicine with his clinician and not self-treat.',
          correct: true,
          feedback:
            'Right. The trials test an idea; they do not support taking these drugs for insulin resistance.',
        },
        {
          id: 'high-dose-aspirin',
          text: 'Yes: high-dose aspirin is a reasonable choice, because salicylates lowered glucose in trials.',
          correct: false,
          feedback:
            'Salsalate lowered glucose only a little in people who already had diabetes, with side effects, and high doses of aspirin carry their own risks. No one should start it on their own.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'lower-crp-enough',
          text: 'Yes: any pill that brings his CRP down will also bring his insulin resistance down.',
          correct: false,
          feedback:
            'CRP and insulin action moved separately in the trials; a lower CRP does not show better insulin sensitivity.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'stop-aspirin',
          text: 'He should stop any aspirin a doctor has prescribed, because anti-inflammatory drugs are useless for glucose.',
          correct: false,
          feedback:
            'The trials did not show the drugs are useless, and a prescribed medicine should never be stopped without talking to the clinician.',
          misconception: 'anti-inflammatories-useless',
        },
      ],
    },
    {
      id: 'drugs-honest-summary',
      kind: 'true-false',
      level: 'recall',
      prompt:
        'True or false: in human trials, calming inflammation with drugs lowered glucose a little, but it has not been shown to restore insulin sensitivity or to prevent diabetes.',
      explanation:
        'Salsalate lowered HbA1c modestly over 14 and 48 weeks, and 6 months of etanercept lowered fasting glucose in one small trial. But 4 weeks of etanercept did not improve insulin sensitivity, and years of IL-1β blockade did not reduce new cases of diabetes. The drugs also have side effects.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#what-it-means',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback: 'Right. Neither "they do nothing" nor "they treat diabetes" fits the trials.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'This is the honest summary: a small fall in glucose in some trials, no restored insulin sensitivity, no prevention of diabetes, and side effects.',
        },
      ],
    },
  ],
};

export default quiz;
