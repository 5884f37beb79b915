import type { CheckSet } from '../../src/quiz/types';

// Lesson paths of module 1; every `lesson` below names a page and an explicit heading anchor.
const L = '/learn/understanding';

const checks: CheckSet = {
  id: 'understanding-checks',
  module: 'understanding',
  questions: [
    {
      id: 'fasting-liver-output',
      kind: 'single',
      level: 'recall',
      prompt:
        'Ben has not eaten since dinner, and it is now 7 a.m. Which of insulin’s jobs does much of the work of keeping his blood glucose in check right now?',
      explanation:
        'Between meals the liver releases glucose into the blood, and the small amount of insulin still present holds this output back. That is why fasting blood tests that estimate insulin resistance mostly reflect the liver.',
      lesson: `${L}/insulin-and-glucose#liver`,
      options: [
        {
          id: 'liver-brake',
          text: 'Holding back the liver’s own glucose production',
          correct: true,
          feedback:
            'Right: overnight and before breakfast, much of insulin’s control of blood glucose comes from holding back the liver’s output.',
        },
        {
          id: 'liver-glut4',
          text: 'Moving GLUT4 doorways to the surface of liver cells',
          correct: false,
          feedback:
            'No: the liver does not use GLUT4, and insulin’s main effect there is to change what the liver does with glucose.',
        },
        {
          id: 'fat-release',
          text: 'Telling fat cells to release their stored fat',
          correct: false,
          feedback:
            'No: insulin brakes the release of stored fat, and fat cells release fatty acids when insulin falls.',
          misconception: 'insulin-releases-fat',
        },
        {
          id: 'muscle-meal',
          text: 'Sending most of a meal’s glucose into muscle',
          correct: false,
          feedback:
            'No: Ben has not eaten since dinner, so no meal glucose is arriving, and the job that matters now is in the liver.',
        },
      ],
    },
    {
      id: 'relay-blocked-irs1',
      kind: 'single',
      level: 'apply',
      prompt:
        'Imagine cells grown in a dish in which the insulin receptor can no longer tag IRS-1, although insulin still binds the receptor. Based on the relay in this lesson, what would you expect?',
      explanation:
        'Insulin’s message passes from the receptor to IRS-1, then to PI3K and Akt, which send GLUT4 to the surface. A failed handoff at IRS-1 weakens everything after it. The real network has more branches than this simple relay, and module 2 shows how inflammatory signals interfere at this very step.',
      lesson: `${L}/insulin-and-glucose#signal-inside-cell`,
      options: [
        {
          id: 'signal-weakened',
          text: 'The message to PI3K, Akt and GLUT4 is weakened, so less glucose gets in',
          correct: true,
          feedback:
            'Right: each runner in the relay hands the message on, so a dropped handoff at IRS-1 weakens every step after it.',
        },
        {
          id: 'binding-enough',
          text: 'Nothing changes, because insulin binding its receptor is enough',
          correct: false,
          feedback:
            'No: binding only starts the relay, and the message still has to pass through IRS-1 to PI3K and Akt.',
        },
        {
          id: 'insulin-enters',
          text: 'Glucose gets in anyway, because insulin itself carries glucose into the cell',
          correct: false,
          feedback:
            'No: insulin does not carry glucose; it acts from outside the cell, and glucose enters through GLUT4 doorways that the relay sends to the surface.',
        },
        {
          id: 'more-glut4',
          text: 'More GLUT4 reaches the surface, because untagged IRS-1 no longer holds it back',
          correct: false,
          feedback: 'No: in this relay, tagged IRS-1 passes the message on; it does not hold GLUT4 back.',
        },
      ],
    },
    {
      id: 'resistance-not-missing-insulin',
      kind: 'true-false',
      level: 'recall',
      prompt: 'True or false: in insulin resistance, the blood usually holds less insulin than usual.',
      explanation:
        'Insulin resistance means that a given amount of insulin has a smaller effect than usual. It does not mean insulin is missing: people with insulin resistance usually have more insulin in their blood, not less.',
      lesson: `${L}/insulin-resistance#what-resistance-means`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'No: the insulin is there but has a smaller effect, and people with insulin resistance usually have more of it in their blood.',
          misconception: 'ir-means-low-insulin',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right: like turning up the volume for a weak speaker, the body usually answers resistance with more insulin.',
        },
      ],
    },
    {
      id: 'beta-cells-keep-up',
      kind: 'single',
      level: 'apply',
      prompt:
        'Two people have the same degree of insulin resistance. Years later, one has type 2 diabetes and the other still has normal blood glucose. What does the lesson point to as the key difference?',
      explanation:
        'Type 2 diabetes needs a second ingredient: beta cells that fail to keep up. Insulin resistance raises the demand for insulin, beta-cell failure is what lets glucose climb, and many insulin-resistant people never develop type 2 diabetes.',
      lesson: `${L}/insulin-resistance#ir-is-not-t2d`,
      options: [
        {
          id: 'beta-cells',
          text: 'Whether their beta cells kept up with the extra demand for insulin',
          correct: true,
          feedback:
            'Right: insulin resistance raises the demand, and beta-cell failure is what lets glucose climb.',
        },
        {
          id: 'not-resistant',
          text: 'The one with normal glucose cannot really be insulin resistant',
          correct: false,
          feedback:
            'No: insulin resistance can last for years with normal blood glucose, because the pancreas compensates.',
          misconception: 'ir-equals-diabetes',
        },
        {
          id: 'always-diabetes',
          text: 'Nothing: the one with normal glucose is certain to develop diabetes soon',
          correct: false,
          feedback:
            'No: the move from one stage to the next is not automatic, and many insulin-resistant people never develop type 2 diabetes.',
        },
        {
          id: 'more-insulin-raises',
          text: 'The one with diabetes made more insulin, and the extra insulin pushed glucose up',
          correct: false,
          feedback:
            'No: extra insulin is what holds glucose down, and glucose climbs when the beta cells can no longer make enough.',
        },
      ],
    },
    {
      id: 'tlr4-not-infection',
      kind: 'single',
      level: 'apply',
      prompt:
        'Priya reads that TLR4, a sensor that normally detects pieces of bacteria, takes part in metaflammation. She concludes that metaflammation must be a hidden infection. Which reply fits the lesson?',
      explanation:
        'Metaflammation is set off by metabolic overload, not by a germ. Some sensors built to detect germs take part: in mice and cells, saturated fatty acids cause inflammation in a way that depends on TLR4, though whether they bind TLR4 directly is disputed.',
      lesson: `${L}/chronic-inflammation#metabolic-not-infection`,
      options: [
        {
          id: 'overload-signals',
          text: 'Not so: the germ-sensing machinery is answering signals of metabolic overload, not a germ',
          correct: true,
          feedback:
            'Right: in mice and cells, saturated fatty acids cause inflammation in a way that depends on TLR4, with no infection involved.',
        },
        {
          id: 'hidden-infection',
          text: 'She is right: TLR4 responds only to germs, so germs must be present',
          correct: false,
          feedback:
            'No: the trigger of metaflammation is too much fuel, and sensors built to fight germs can answer that strain too.',
          misconception: 'inflammation-means-infection',
        },
        {
          id: 'binds-directly',
          text: 'Not so: saturated fat is proven to bind TLR4 directly in people',
          correct: false,
          feedback:
            'No: the TLR4 findings come from mice and cells, and whether saturated fat binds TLR4 directly is disputed.',
          misconception: 'tlr4-direct-binding',
        },
        {
          id: 'gut-proven',
          text: 'Not so: bacterial fragments leaking from the gut are the proven cause in people',
          correct: false,
          feedback:
            'No: the lesson reports gut fragments as a possible part of the picture in mice, not a proven cause in people.',
          misconception: 'leaky-gut-proven',
        },
      ],
    },
    {
      id: 'crp-headline-cause',
      kind: 'single',
      level: 'apply',
      prompt:
        'A headline about the large US study of women says: “Study proves inflammation causes diabetes.” Which response fits the lesson best?',
      explanation:
        'This was an observational study: higher CRP tended to come before type 2 diabetes, even after taking risk factors such as body weight into account. It cannot show that CRP or inflammation causes diabetes. And in a later drug trial in people who had already had a heart attack, a drug that lowered CRP for years did not reduce new cases of diabetes.',
      lesson: `${L}/chronic-inflammation#crp-predicts-diabetes`,
      options: [
        {
          id: 'association',
          text: 'Raised CRP came before diabetes, but an observational study cannot prove that inflammation caused it',
          correct: true,
          feedback: 'Right: watching people shows what tends to come first, not cause and effect.',
        },
        {
          id: 'came-first',
          text: 'The headline is right, because CRP was measured before diabetes appeared',
          correct: false,
          feedback:
            'No: coming first is not proof of cause, since CRP may mark other processes, such as inflamed belly fat, that also drive insulin resistance.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'il6-too',
          text: 'The headline is right, and IL-6 also predicted diabetes on its own',
          correct: false,
          feedback:
            'No: once other risk factors were taken into account, the link between IL-6 and diabetes was no longer clear.',
          misconception: 'il6-independent-predictor',
        },
        {
          id: 'no-link',
          text: 'The headline is wrong, because the study found no link between CRP and diabetes',
          correct: false,
          feedback:
            'No: women with higher CRP were more likely to develop type 2 diabetes, even after other risk factors were taken into account.',
        },
      ],
    },
  ],
};

export default checks;
