import type { CheckSet } from '../../src/quiz/types';

// Lesson paths of module 6; every `lesson` below names a page and an explicit heading anchor.
const L = '/learn/wrap-up';

const checks: CheckSet = {
  id: 'wrap-up-checks',
  module: 'wrap-up',
  questions: [
    {
      id: 'normal-glucose-cycle',
      kind: 'single',
      level: 'apply',
      prompt: 'Someone’s blood glucose is in the normal range. Which statement fits the eight-step cycle?',
      explanation:
        'In step 6 the beta cells release extra insulin (hyperinsulinemia), so blood glucose can stay normal for years while insulin resistance is present. Glucose climbs only if the beta cells can no longer keep up, and many insulin-resistant people never reach that step.',
      lesson: `${L}/summary#the-cycle`,
      options: [
        {
          id: 'can-be-present',
          text: 'Insulin resistance can still be present, because extra insulin can hold glucose normal for years',
          correct: true,
          feedback:
            'Right: in step 6 the pancreas makes up for the resistance, and glucose rises only if the beta cells can no longer keep up.',
        },
        {
          id: 'not-started',
          text: 'Normal glucose shows that insulin resistance has not started',
          correct: false,
          feedback:
            'No: the pancreas can keep glucose normal for years while muscle, liver and fat respond less to insulin.',
          misconception: 'ir-equals-diabetes',
        },
        {
          id: 'less-insulin',
          text: 'Insulin resistance could be present, but only with less insulin than usual in the blood',
          correct: false,
          feedback:
            'No: in step 6 the beta cells release extra insulin, so insulin is usually higher than usual, not lower.',
          misconception: 'ir-means-low-insulin',
        },
        {
          id: 'always-rises',
          text: 'Once insulin resistance begins, glucose always climbs into diabetes within months',
          correct: false,
          feedback:
            'No: glucose rises only if the beta cells can no longer keep up, and many insulin-resistant people never reach that step.',
        },
      ],
    },
    {
      id: 'levers-evidence',
      kind: 'single',
      level: 'apply',
      prompt:
        'A blog lists ways to break the cycle. Which of its claims matches the evidence in this summary?',
      explanation:
        'In two large trials of adults with raised blood sugar, a package of weight loss, activity and diet changes cut new cases of type 2 diabetes by about half over about three years; these were not trials of calming inflammation. The other claims go further than the evidence.',
      lesson: `${L}/summary#levers`,
      options: [
        {
          id: 'lifestyle-package',
          text: 'In two large trials of adults with raised blood sugar, a program of weight loss, activity and diet changes cut new cases of type 2 diabetes by about half',
          correct: true,
          feedback:
            'Right: in adults with raised blood sugar, the lifestyle package cut new cases by about half over about three years.',
        },
        {
          id: 'drugs-prevent',
          text: 'In a large trial, a drug that blocks an inflammatory messenger cut new cases of type 2 diabetes',
          correct: false,
          feedback:
            'No: in trials these drugs lowered glucose a little, but they have not been shown to restore insulin sensitivity or prevent diabetes; in the largest trial, new cases were no fewer with the drug.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'sleep-proven',
          text: 'Trials showed that sleeping more restores the insulin sensitivity that short sleep lowers',
          correct: false,
          feedback:
            'No: no trial in this course tested that; the benefit is an inference from the short-sleep experiments.',
          misconception: 'reversal-assumed-proven',
        },
        {
          id: 'omega3-any',
          text: 'Omega-3 fats calmed inflammation in studies even at low intakes',
          correct: false,
          feedback:
            'No: in studies omega-3 calmed inflammation mostly at high intakes, and supplements carry a risk of an irregular heart rhythm.',
          misconception: 'any-omega3-dose',
        },
      ],
    },
  ],
};

export default checks;
