import type { CheckSet } from '../../src/quiz/types';

// Lesson paths of module 2; every `lesson` below names a page and an explicit heading anchor.
const L = '/learn/vicious-cycle';

const checks: CheckSet = {
  id: 'vicious-cycle-checks',
  module: 'vicious-cycle',
  questions: [
    // Lesson 1: cytokines and insulin signaling
    {
      id: 'jnk-dish-study-claim',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a study of cells grown in a dish, TNF-α switched on JNK, and JNK put a serine tag on IRS-1. Which conclusion stays within what this study showed?',
      explanation:
        'The study was done in cultured cells and measured only the first handoff, from insulin’s receptor to IRS-1. Weaker steps further down the relay are expected but were not measured, and the message is turned down, not cut off.',
      lesson: `${L}/cytokines-and-insulin-signaling#jnk-blocks-irs-1`,
      options: [
        {
          id: 'first-handoff',
          text: 'In these cells, the serine-tagged IRS-1 was worse at picking up insulin’s message from the receptor',
          correct: true,
          feedback: 'Right: that first handoff is exactly what the cell study measured.',
        },
        {
          id: 'people-proven',
          text: 'In people, JNK’s serine tag is proven to cause insulin resistance',
          correct: false,
          feedback: 'This was shown in cells grown in a dish, not in people.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'glut4-measured',
          text: 'The study measured fewer GLUT4 glucose doors reaching the cell surface',
          correct: false,
          feedback:
            'The study measured the first handoff only; fewer GLUT4 doors is what we would expect, but it was not measured.',
        },
        {
          id: 'line-cut',
          text: 'The serine tag cut insulin’s message off completely',
          correct: false,
          feedback:
            'The message still arrives, only more faintly: the volume is turned down, not the line cut.',
        },
      ],
    },
    {
      id: 'tnf-low-in-blood',
      kind: 'single',
      level: 'apply',
      prompt:
        'A study finds almost no TNF-α in the blood of obese adults. A friend concludes that TNF-α can play no part in their insulin resistance. What does the lesson say about this reasoning?',
      explanation:
        'In obese women, fat carried more TNF-α message while TNF-α in the blood was barely detectable, so in people TNF-α seems to act mostly locally, inside tissues. A low blood level therefore does not rule out a local role, though the human evidence is only an association.',
      lesson: `${L}/cytokines-and-insulin-signaling#complications`,
      options: [
        {
          id: 'acts-locally',
          text: 'It does not follow: in people, TNF-α seems to act mostly locally, inside tissues such as fat',
          correct: true,
          feedback:
            'Right: a messenger that works between neighboring cells can matter without showing up in the blood.',
        },
        {
          id: 'blood-is-where',
          text: 'The friend is right: TNF-α works mainly by traveling in the blood, so a low blood level rules it out',
          correct: false,
          feedback:
            'In people, TNF-α in the blood is barely detectable because it seems to act mostly inside tissues.',
          misconception: 'tnf-circulates',
        },
        {
          id: 'fat-proves-cause',
          text: 'The friend is wrong, because more TNF-α message in the fat of obese people proves that TNF-α causes their insulin resistance',
          correct: false,
          feedback: 'More TNF-α message in fat is an association in people, not proof of cause.',
          misconception: 'association-equals-causation',
        },
      ],
    },

    // Lesson 2: fat-tissue macrophages
    {
      id: 'inflammation-before-insulin',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a 2003 study, inflammation genes in the fat of mice switched on as the mice gained weight, before their blood insulin began to rise. What does this timing suggest?',
      explanation:
        'Because the inflammation genes switched on before blood insulin rose, fat inflammation in these mice was not only a result of high insulin; the authors saw the insulin resistance of obesity as partly an inflammatory disease that starts in fat. This timing comes from mice.',
      lesson: `${L}/adipose-tissue-macrophages#macrophage-recruitment`,
      options: [
        {
          id: 'early-step',
          text: 'In these mice, fat inflammation began early, not only as a result of high insulin',
          correct: true,
          feedback: 'Right: the inflammation genes were already on before blood insulin rose.',
        },
        {
          id: 'insulin-started-it',
          text: 'High blood insulin must have switched the inflammation on',
          correct: false,
          feedback:
            'The genes switched on before blood insulin began to rise, so high insulin cannot explain their start here.',
        },
        {
          id: 'same-in-people',
          text: 'The same order of events is now proven in people',
          correct: false,
          feedback: 'This timing was seen in mice; a mouse result still has to be tested in people.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'only-cause',
          text: 'Inflammation is the one cause of insulin resistance',
          correct: false,
          feedback:
            'The authors called insulin resistance of obesity partly an inflammatory disease, not wholly one.',
          misconception: 'inflammation-only-cause',
        },
      ],
    },
    {
      id: 'crown-rings-meaning',
      kind: 'single',
      level: 'apply',
      prompt:
        'Looking at fat from a high-fat-fed mouse under the microscope, a researcher sees rings of macrophages around single fat cells. What are these rings thought to show?',
      explanation:
        'These rings are crown-like structures: macrophages thought to be clean-up crews gathered around dying fat cells. In high-fat-fed mice, the new M1-like macrophages were found in them, and the more crowns a tissue has, the more inflamed it is thought to be.',
      lesson: `${L}/adipose-tissue-macrophages#crown-like-structures`,
      options: [
        {
          id: 'clean-up-crowns',
          text: 'Crown-like structures: clean-up crews around dying fat cells, a sign of inflamed tissue',
          correct: true,
          feedback: 'Right: researchers use these crowns as a handy visual marker of fat inflammation.',
        },
        {
          id: 'infection',
          text: 'Immune cells fighting germs that have infected the fat cells',
          correct: false,
          feedback: 'The macrophages gather around dying fat cells in strained fat tissue, not around germs.',
          misconception: 'inflammation-means-infection',
        },
        {
          id: 'healthy-fat',
          text: 'A normal sign of healthy fat, where calming macrophages keep order',
          correct: false,
          feedback:
            'In these mice, the macrophages in the crowns were the new inflammatory M1-like ones, and more crowns are thought to mean more inflammation.',
        },
        {
          id: 'fat-becomes-macrophage',
          text: 'Fat cells turning into macrophages',
          correct: false,
          feedback: 'Most new macrophages come from monocytes called in from the blood, not from fat cells.',
        },
      ],
    },

    // Lesson 3: high insulin and inflammation
    {
      id: 'one-drug-weaker',
      kind: 'single',
      level: 'apply',
      prompt:
        'Imagine a mouse study that lowers insulin with one drug only, and fat inflammation falls. Compared with the 2015 study, why is this weaker evidence that insulin itself stokes inflammation?',
      explanation:
        'Any drug can have effects beyond the one intended, so a result from one treatment alone might be a side effect of that drug. The 2015 study got the same answer with two unrelated ways of lowering insulin and the opposite answer when it raised insulin in lean mice, which points to insulin itself, in mice.',
      lesson: `${L}/hyperinsulinemia-fuels-inflammation#pedersen-experiments`,
      options: [
        {
          id: 'side-effect',
          text: 'The drug might have calmed inflammation through some other effect, not by lowering insulin',
          correct: true,
          feedback:
            'Right: two unrelated treatments giving the same answer make a drug side effect an unlikely explanation.',
        },
        {
          id: 'wrong-direction',
          text: 'In the 2015 study, lowering insulin made fat inflammation worse, so the new result contradicts it',
          correct: false,
          feedback:
            'In the 2015 study, lowering insulin reduced fat-tissue macrophages, so the new result would agree with it.',
        },
        {
          id: 'not-weaker',
          text: 'It is not weaker: once inflammation falls in mice, the effect is proven in people too',
          correct: false,
          feedback:
            'Even the stronger 2015 study was in mice only, and in people the idea is plausible but not proven.',
          misconception: 'mouse-equals-human',
        },
      ],
    },
    {
      id: 'insulin-tnf-association',
      kind: 'single',
      level: 'apply',
      prompt:
        'In obese women, fat with more TNF-α message went with higher blood insulin. Which reading fits this finding best?',
      explanation:
        'Studies in people can show that high insulin and fat inflammation go together, but not which comes first. This finding fits insulin stoking inflammation, inflammation raising insulin through insulin resistance, or obesity driving both.',
      lesson: `${L}/hyperinsulinemia-fuels-inflammation#human-observations`,
      options: [
        {
          id: 'several-readings',
          text: 'It fits more than one story: insulin could stoke inflammation, inflammation could raise insulin, or obesity could drive both',
          correct: true,
          feedback: 'Right: an observation like this shows what goes together, not what causes what.',
        },
        {
          id: 'insulin-causes',
          text: 'It shows that high insulin causes fat inflammation in people',
          correct: false,
          feedback:
            'It fits that idea, but it fits the other directions just as well, so it cannot prove it.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'inflammation-causes',
          text: 'It shows that fat inflammation causes high insulin in people',
          correct: false,
          feedback:
            'Going together does not show which came first; high insulin or obesity could also be the driver.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'too-little-insulin',
          text: 'It shows that these women’s pancreas made too little insulin',
          correct: false,
          feedback:
            'Their blood insulin was higher, not lower: the pancreas makes extra insulin to make up for insulin resistance.',
          misconception: 'ir-means-low-insulin',
        },
      ],
    },

    // Lesson 4: closing the loop
    {
      id: 'ectopic-fat-route',
      kind: 'single',
      level: 'recall',
      prompt:
        'According to the review in this lesson, how can fat stored inside muscle and liver cells (ectopic fat) weaken insulin’s signal?',
      explanation:
        'When fat tissue cannot store spare energy safely, fat builds up inside muscle and liver cells. Some fat-made molecules there jam insulin’s signal directly, with no immune cells needed, which is why inflammation is one of several causes of insulin resistance.',
      lesson: `${L}/closing-the-loop#several-mechanisms`,
      options: [
        {
          id: 'direct-jam',
          text: 'Some fat-made molecules there jam insulin’s signal directly, with no immune cells needed',
          correct: true,
          feedback: 'Right: this route works inside the muscle or liver cell itself.',
        },
        {
          id: 'only-via-macrophages',
          text: 'Only by calling in macrophages, since inflammation is the single cause of insulin resistance',
          correct: false,
          feedback:
            'The fat route needs no immune cells, and inflammation is one strand of a braid, not the only cause.',
          misconception: 'inflammation-only-cause',
        },
        {
          id: 'less-insulin',
          text: 'By making the pancreas release too little insulin',
          correct: false,
          feedback:
            'Ectopic fat weakens the insulin relay inside muscle and liver cells; in insulin resistance the pancreas makes extra insulin, not too little.',
          misconception: 'ir-means-low-insulin',
        },
        {
          id: 'stored-safely',
          text: 'It does not: fat inside muscle and liver cells is stored there safely',
          correct: false,
          feedback:
            'Ectopic fat builds up precisely when fat tissue cannot store spare energy safely, and it jams insulin’s signal.',
        },
      ],
    },
    {
      id: 'shared-cause-crp',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a large group of adults, those with higher CRP also tended to have more insulin resistance. A writer concludes that the higher CRP caused the insulin resistance. Which reply fits the lesson best?',
      explanation:
        'Eating more energy than the body uses, moving little and carrying enlarged fat tend to raise both inflammation and insulin resistance at once. Two things driven by the same cause rise together even if neither affects the other; in mice, cause can also run the other way, from insulin resistance and high insulin to inflammation.',
      lesson: `${L}/closing-the-loop#both-ways`,
      options: [
        {
          id: 'shared-cause',
          text: 'The writer has overlooked a shared cause: eating more energy than the body uses, moving little and enlarged fat could raise both, even if neither affects the other',
          correct: true,
          feedback:
            'Right: a shared cause makes two things rise and fall together without one driving the other.',
        },
        {
          id: 'rise-together-cause',
          text: 'The writer is right: in a group this large, a link this steady shows which one causes the other',
          correct: false,
          feedback:
            'Observational studies cannot settle the direction of cause by themselves, however large they are; a shared cause can explain the link.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'crp-same-measure',
          text: 'The writer is wrong only because CRP is itself a test of insulin resistance, so the two results are the same measurement',
          correct: false,
          feedback:
            'CRP is a blood marker of inflammation made by the liver, not a measure of insulin resistance.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'inflammation-sole-cause',
          text: 'The writer is right, because inflammation is the one cause of insulin resistance',
          correct: false,
          feedback:
            'Inflammation is one of several causes of insulin resistance, and cause can run both ways.',
          misconception: 'inflammation-only-cause',
        },
      ],
    },

    // Lesson 5: beyond type 2 diabetes
    {
      id: 'heart-risk-company',
      kind: 'single',
      level: 'recall',
      prompt:
        'People with insulin resistance get heart and blood-vessel disease more often. Which route does the lesson say partly explains this link?',
      explanation:
        'Insulin resistance tends to come with dyslipidemia (high triglycerides and low HDL cholesterol) and other risk factors such as high blood pressure, which harm arteries. Whether insulin resistance inside the artery wall itself causes plaques is less clear, and so is the role of high glucose itself in the heart disease of diabetes.',
      lesson: `${L}/beyond-type-2-diabetes#cardiovascular`,
      options: [
        {
          id: 'company-it-keeps',
          text: 'The risk factors it comes with: high triglycerides, low HDL cholesterol and high blood pressure, which harm arteries',
          correct: true,
          feedback:
            'Right: this cluster, the metabolic syndrome, is part of why insulin resistance is linked to heart disease.',
        },
        {
          id: 'artery-wall-proven',
          text: 'Insulin resistance inside the artery wall, which is proven in people to cause plaques',
          correct: false,
          feedback:
            'That is less clear: one leading review argues it may not, and ideas about artery walls come largely from mice.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'glucose-proven',
          text: 'High blood glucose alone, which is why lowering glucose is proven to prevent heart attacks',
          correct: false,
          feedback:
            'The role of high glucose itself in the heart disease of diabetes is less clear, so this slogan claims too much.',
          misconception: 'glucose-lowering-prevents-mi',
        },
        {
          id: 'high-hdl',
          text: 'High HDL cholesterol, which rises with insulin resistance',
          correct: false,
          feedback: 'Insulin resistance tends to come with low HDL, the “good” cholesterol, not high HDL.',
        },
      ],
    },
    {
      id: 'pregnancy-skews-comparison',
      kind: 'single',
      level: 'apply',
      prompt:
        'A research team compares insulin sensitivity between groups of women. By mistake, some women in late pregnancy are included. How could this skew the results?',
      explanation:
        'In small studies that followed the same women, insulin sensitivity rose a little early in pregnancy and fell by about half late in pregnancy; the pancreas normally answers with much more insulin. That is why this course is about adults who are not pregnant.',
      lesson: `${L}/beyond-type-2-diabetes#pregnancy`,
      options: [
        {
          id: 'look-resistant',
          text: 'Those women would look less insulin sensitive because of pregnancy itself, which normally cuts sensitivity by about half late on',
          correct: true,
          feedback:
            'Right: the fall comes from pregnancy itself, so it would blur any comparison between groups.',
        },
        {
          id: 'no-difference',
          text: 'It would make no difference, because pregnancy does not change insulin sensitivity',
          correct: false,
          feedback: 'Pregnancy changes insulin sensitivity on its own, by about half late in pregnancy.',
        },
        {
          id: 'look-sensitive',
          text: 'Those women would look more insulin sensitive, because sensitivity roughly doubles late in pregnancy',
          correct: false,
          feedback:
            'The direction is the other way: insulin sensitivity falls by about half late in pregnancy.',
        },
        {
          id: 'all-diabetic',
          text: 'Those women would all count as having diabetes, because lower insulin sensitivity is the same as diabetes',
          correct: false,
          feedback:
            'The pancreas normally answers with much more insulin and glucose stays in range; gestational diabetes appears only when the beta cells cannot meet the demand.',
          misconception: 'ir-equals-diabetes',
        },
      ],
    },
  ],
};

export default checks;
