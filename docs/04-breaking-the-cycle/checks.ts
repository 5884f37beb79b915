import type { CheckSet } from '../../src/quiz/types';

// Lesson paths of module 4; every `lesson` below names a page and an explicit heading anchor.
const L = '/learn/breaking-the-cycle';

const checks: CheckSet = {
  id: 'breaking-the-cycle-checks',
  module: 'breaking-the-cycle',
  questions: [
    // 01-exercise
    {
      id: 'two-routes-same-door',
      kind: 'single',
      level: 'recall',
      prompt:
        'Insulin and muscle contraction can each bring glucose into a muscle cell. What do their two routes have in common?',
      explanation:
        'Both routes end at the same door: they move GLUT4 to the cell surface. Contraction gets there by its own signals, so it does not need insulin and skips the part of the insulin chain that inflammation jams.',
      lesson: `${L}/exercise#two-routes-to-glut4`,
      options: [
        {
          id: 'both-move-glut4',
          text: 'Both move GLUT4 to the cell surface',
          correct: true,
          feedback: 'Right: contraction uses its own signals, but it opens the same GLUT4 door as insulin.',
        },
        {
          id: 'both-need-insulin',
          text: 'Both work only when insulin is present at the muscle cell',
          correct: false,
          feedback: 'No: working muscle moves GLUT4 by its own signals, without needing insulin.',
          misconception: 'exercise-needs-insulin',
        },
        {
          id: 'both-use-jammed-chain',
          text: 'Both pass through the part of the insulin signal chain that inflammation jams',
          correct: false,
          feedback:
            'No: the contraction signals skip that jammed part, which is why exercise still works when insulin works poorly.',
        },
        {
          id: 'no-door-needed',
          text: 'Both let glucose into the cell without any door',
          correct: false,
          feedback:
            'No: glucose cannot get into a muscle cell by itself; both routes need GLUT4 at the surface.',
        },
      ],
    },
    {
      id: 'muscle-il6-burst',
      kind: 'single',
      level: 'apply',
      prompt:
        'During a hard bike ride, the IL-6 in Lee’s blood rises. Lee worries that the ride has inflamed him. What does the lesson say?',
      explanation:
        'Working muscle releases IL-6 in short bursts, and those bursts start a calming response. IL-6 released nonstop from inflamed fat is part of the problem, so IL-6 is not simply “bad”: its role depends on where it comes from and for how long.',
      lesson: `${L}/exercise#anti-inflammatory-effects`,
      options: [
        {
          id: 'burst-starts-calming',
          text: 'Short bursts of IL-6 from working muscle start a calming response; nonstop IL-6 from inflamed fat is what is part of the problem',
          correct: true,
          feedback:
            'Right: the same messenger plays a different role depending on its source and how long it lasts.',
        },
        {
          id: 'any-rise-harmful',
          text: 'Lee is right: IL-6 is an inflammatory messenger, so any rise is harmful',
          correct: false,
          feedback:
            'No: IL-6 from working muscle, released in short bursts, sets off signals that damp inflammation.',
          misconception: 'il6-purely-bad',
        },
        {
          id: 'resting-il6-up',
          text: 'The rise shows that regular riding will keep his resting IL-6 high for good',
          correct: false,
          feedback:
            'No: the lesson describes IL-6 rising in short bursts during each session, not a lasting rise in the resting level.',
        },
      ],
    },

    // 02-fiber-and-omega-3
    {
      id: 'whole-grain-cohort-reading',
      kind: 'single',
      level: 'apply',
      prompt:
        'An invented study follows 50,000 adults for 10 years. Those who ate the most whole grains developed type 2 diabetes less often. What can a study like this show on its own?',
      explanation:
        'A study that only watches what people do shows a link, not proof of cause. People who eat more whole grains also tend to differ in activity, weight, smoking and income, and adjusting for these cannot remove them fully.',
      lesson: `${L}/fiber-and-omega-3#cereal-fiber`,
      options: [
        {
          id: 'a-link',
          text: 'A link, which may partly come from other ways these people differ, such as activity or weight',
          correct: true,
          feedback:
            'Right: observational studies show a link, and adjusting cannot remove other differences between people fully.',
        },
        {
          id: 'proof-after-adjusting',
          text: 'Proof that whole grains prevent diabetes, because the researchers adjusted for other factors',
          correct: false,
          feedback:
            'No: adjusting helps, but it cannot remove every other difference, so the study shows a link, not proof of cause.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'soluble-slowing-sugar',
          text: 'That the soluble fiber in the grains lowered the risk by slowing sugar down',
          correct: false,
          feedback:
            'No: long-term studies link lower risk mainly with cereal fiber, which is mostly insoluble, and why it protects is not settled.',
          misconception: 'soluble-fiber-explains-all',
        },
        {
          id: 'tells-nothing',
          text: 'Nothing useful, because studies that only watch people cannot find anything',
          correct: false,
          feedback:
            'No: such studies can show a real link worth knowing about; they just cannot prove what causes it.',
        },
      ],
    },
    {
      id: 'omega3-label-claim',
      kind: 'single',
      level: 'apply',
      prompt:
        'A fish oil label says: “Omega-3 calms inflammation and improves insulin sensitivity.” Which part do the studies in this lesson support?',
      explanation:
        'The studies in this course show omega-3 effects on inflammation, which in human trials appeared mainly at high intakes; that is a research finding, not a target. They do not show that omega-3 improves insulin sensitivity in people. And in supplement trials, atrial fibrillation, an irregular heart rhythm, became more common, even at 1 gram a day or less.',
      lesson: `${L}/fiber-and-omega-3#omega-3-dose`,
      options: [
        {
          id: 'inflammation-only',
          text: 'Effects on inflammation, seen mainly at high intakes; better insulin sensitivity in people was not shown',
          correct: true,
          feedback:
            'Right: the evidence here is about inflammation, and the amount mattered. That is not a reason to take more: supplements also raised the risk of an irregular heart rhythm.',
        },
        {
          id: 'both-any-amount',
          text: 'Both parts, at any amount',
          correct: false,
          feedback:
            'No: studies of smaller amounts often found no clear effect on inflammation, and insulin sensitivity was not shown to improve.',
          misconception: 'any-omega3-dose',
        },
        {
          id: 'both-from-lab',
          text: 'Both parts, because cell and animal studies show how EPA and DHA work',
          correct: false,
          feedback:
            'No: much of the mechanism comes from cells and animals, and that does not show the effect on insulin sensitivity in people.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'neither',
          text: 'Neither part: no study found any effect of omega-3 on inflammation',
          correct: false,
          feedback: 'No: in human trials, calming effects on inflammation showed up, mainly at high intakes.',
        },
      ],
    },

    // 03-visceral-fat-and-weight
    {
      id: 'visceral-fat-not-whole-engine',
      kind: 'single',
      level: 'apply',
      prompt:
        'An article says: “Visceral fat is the source of insulin resistance. Shrink it, and the problem is gone.” Which reply fits the lesson?',
      explanation:
        'Visceral fat is an important source of inflammatory signals such as IL-6, but not the only one, and inflammation is only one cause of insulin resistance. Fat built up inside the liver and muscle also blocks insulin’s signal, so shrinking visceral fat removes an important driver, not the whole engine.',
      lesson: `${L}/visceral-fat-and-weight#why-target-visceral-fat`,
      options: [
        {
          id: 'important-not-only',
          text: 'It is an important source of inflammatory signals, but not the only one, and fat in the liver and muscle also blocks insulin’s signal',
          correct: true,
          feedback:
            'Right: shrinking visceral fat helps, but it removes one important driver, not every cause.',
        },
        {
          id: 'only-cause',
          text: 'The article is right: inflammation from visceral fat is the only cause of insulin resistance',
          correct: false,
          feedback:
            'No: inflammation is only one cause; fat inside the liver and muscle also blocks insulin’s signal.',
          misconception: 'inflammation-only-cause',
        },
        {
          id: 'pours-tnf',
          text: 'The article is right, because visceral fat pours TNF-α into the blood',
          correct: false,
          feedback:
            'No: in people having obesity surgery, blood leaving visceral fat carried extra IL-6 but no extra TNF-α.',
          misconception: 'visceral-fat-secretes-tnf',
        },
        {
          id: 'no-role',
          text: 'The article is wrong because visceral fat plays no part in inflammation',
          correct: false,
          feedback: 'No: visceral fat is an important source of inflammatory signals such as IL-6.',
        },
      ],
    },
    {
      id: 'visceral-fat-direct-measure',
      kind: 'single',
      level: 'recall',
      prompt: 'Which of these measures the amount of visceral fat directly?',
      explanation:
        'Only scans such as CT or MRI measure visceral fat directly. A waist measurement is a rough everyday clue that also includes the fat under the skin, and scale weight adds together muscle, bone, water, organs and both kinds of fat.',
      lesson: `${L}/visceral-fat-and-weight#scale-vs-visceral-fat`,
      options: [
        {
          id: 'ct-mri',
          text: 'A CT or MRI scan',
          correct: true,
          feedback: 'Right: scans like these can show the fat inside the belly directly.',
        },
        {
          id: 'waist-tape',
          text: 'A tape measure around the waist',
          correct: false,
          feedback: 'No: waist size is only a rough clue, because it also includes the fat under the skin.',
        },
        {
          id: 'scale',
          text: 'A bathroom scale',
          correct: false,
          feedback:
            'No: weight adds together muscle, bone, water, organs and fat, so it cannot say which of them changed.',
          misconception: 'weight-equals-visceral-fat',
        },
      ],
    },

    // 04-sleep-and-stress
    {
      id: 'extra-sleep-reasoning',
      kind: 'single',
      level: 'apply',
      prompt:
        'Jo already sleeps enough and wakes up rested. She reads that cutting sleep short lowers insulin sensitivity, and reasons that two extra hours of sleep a night would raise hers. How does that reasoning fit the studies?',
      explanation:
        'The studies cut sleep short and saw insulin sensitivity fall. They did not test adding sleep, and making up a shortfall is not the same as adding sleep to an amount that is already enough; no trial in the course’s references tested whether better sleep improves insulin sensitivity.',
      lesson: `${L}/sleep-and-stress#sleep-mechanisms`,
      options: [
        {
          id: 'beyond-the-data',
          text: 'It goes beyond the studies: they cut sleep short, and adding sleep to an amount that is already enough was not tested',
          correct: true,
          feedback:
            'Right: avoiding sleep loss removes a push in the wrong direction, but that does not show extra sleep helps everyone.',
        },
        {
          id: 'mirror-image',
          text: 'It is sound: if less sleep lowers insulin sensitivity, more sleep must raise it',
          correct: false,
          feedback:
            'No: showing a harm does not prove the matching benefit, and no trial cited here tested it.',
          misconception: 'reversal-assumed-proven',
        },
        {
          id: 'trials-showed',
          text: 'It is sound: trials cited in the course showed that extra sleep raises insulin sensitivity',
          correct: false,
          feedback:
            'No: no trial in the course’s references tested whether more or better sleep improves insulin sensitivity.',
        },
        {
          id: 'no-link',
          text: 'It is wrong, because sleep has nothing to do with insulin sensitivity',
          correct: false,
          feedback: 'No: in short experiments, cutting sleep short lowered insulin sensitivity within days.',
        },
      ],
    },
    {
      id: 'everyday-stress-cortisol',
      kind: 'single',
      level: 'apply',
      prompt:
        'Long, high cortisol exposure, as in Cushing’s syndrome, causes insulin resistance and fat around the middle. A reader concludes that everyday work stress must do the same. What does the lesson say?',
      explanation:
        'The cortisol effect is clear for disease-level excess and long-term steroid medicines. Whether everyday stress raises cortisol enough to cause insulin resistance or belly fat is not known, and cortisol may not be the main link even where effects are real.',
      lesson: `${L}/sleep-and-stress#stress-mechanisms`,
      options: [
        {
          id: 'not-known',
          text: 'The effect is clear for long, high exposure; whether everyday stress raises cortisol enough to do this is not known',
          correct: true,
          feedback:
            'Right: what holds for disease-level cortisol cannot simply be carried over to everyday stress.',
        },
        {
          id: 'proven-belly-fat',
          text: 'The reader is right: everyday stress is proven to cause belly fat',
          correct: false,
          feedback:
            'No: the best-known study of everyday stress and belly fat was a snapshot of 59 women and cannot show which came first.',
          misconception: 'stress-proven-belly-fat',
        },
        {
          id: 'cortisol-all',
          text: 'The reader is right, and cortisol alone explains how stress and short sleep harm insulin action',
          correct: false,
          feedback:
            'No: in the one-week sleep study, the drop in insulin sensitivity did not track the change in cortisol.',
          misconception: 'cortisol-explains-all',
        },
        {
          id: 'cortisol-harmless',
          text: 'The reader is wrong, because cortisol does not work against insulin even at high levels',
          correct: false,
          feedback:
            'No: at long, high exposure, as in Cushing’s syndrome or with steroid medicines, cortisol clearly works against insulin.',
        },
      ],
    },

    // 05-anti-inflammatory-drugs
    {
      id: 'glucose-not-sensitivity',
      kind: 'single',
      level: 'recall',
      prompt:
        'In a drug trial, HbA1c falls more than with placebo. Why does that alone not prove that insulin works better?',
      explanation:
        'HbA1c reflects average blood glucose over the past two to three months. A lower glucose is good news, but glucose can fall for other reasons, so it does not by itself show that insulin sensitivity improved.',
      lesson: `${L}/anti-inflammatory-drugs#why-this-test`,
      options: [
        {
          id: 'other-reasons',
          text: 'Blood glucose can fall for other reasons, not only because insulin works better',
          correct: true,
          feedback:
            'Right: insulin sensitivity and blood glucose are two different results, to be kept apart.',
        },
        {
          id: 'crp-is-the-test',
          text: 'Because a fall in CRP, not in HbA1c, is what shows insulin working better',
          correct: false,
          feedback:
            'No: CRP is a blood marker of inflammation, and in one trial it fell while insulin sensitivity did not improve.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'hba1c-inflammation',
          text: 'Because HbA1c measures inflammation, not glucose',
          correct: false,
          feedback: 'No: HbA1c reflects average blood glucose over the past two to three months.',
        },
        {
          id: 'it-does-prove',
          text: 'It does prove it: a lower glucose always means better insulin sensitivity',
          correct: false,
          feedback:
            'No: glucose can fall for other reasons, so a lower glucose alone does not show that insulin works better.',
        },
      ],
    },
    {
      id: 'cantos-relative-absolute',
      kind: 'single',
      level: 'apply',
      prompt:
        'In CANTOS, heart attacks, strokes and heart deaths were about 15% less common at the middle dose than with placebo. A reader says this means 15 of every 100 people were spared one. What is the better reading?',
      explanation:
        'The 15% compares how often events happened in the two groups. In absolute terms the benefit was small, about 6 fewer events per 1,000 people each year, but it was real. It applies to the people in the trial, who had already had a heart attack and had a raised CRP, and fatal infections were more common with the drug.',
      lesson: `${L}/anti-inflammatory-drugs#cantos`,
      options: [
        {
          id: 'relative-small-absolute',
          text: 'The 15% compares the two groups; in absolute terms it was about 6 fewer events per 1,000 people each year',
          correct: true,
          feedback:
            'Right: a relative figure says how much less often events happened, not how many people out of 100 were spared.',
        },
        {
          id: 'fifteen-of-100',
          text: 'The reader is right: 15% means 15 of every 100 people were spared a heart event',
          correct: false,
          feedback:
            'No: 15% is a relative figure; in absolute terms it was about 6 fewer events per 1,000 people each year.',
          misconception: 'relative-as-absolute',
        },
        {
          id: 'prevented-diabetes',
          text: 'It means the drug also prevented diabetes in 15% of people',
          correct: false,
          feedback: 'No: new cases of diabetes were no fewer with the drug than with placebo.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'no-real-effect',
          text: 'It means the drug had no real effect on the heart, since 15% is too small to count',
          correct: false,
          feedback:
            'No: the benefit was small in absolute terms, but in these people, who had already had a heart attack, calming inflammation alone did reduce heart events.',
        },
      ],
    },
  ],
};

export default checks;
