import type { Quiz } from '../../src/quiz/types';

// Lesson paths of module 1; every `lesson` below names a page and an explicit heading anchor.
const L = '/learn/understanding';

const quiz: Quiz = {
  id: 'understanding-quiz',
  title: 'Module 1 quiz: Understanding insulin resistance and chronic inflammation',
  module: 'understanding',
  passThreshold: 0.7,
  questions: [
    {
      id: 'largest-glucose-sink',
      kind: 'single',
      level: 'recall',
      prompt:
        'In the clamp test, insulin is infused at a steady, high rate while glucose is dripped into a vein to keep blood glucose normal. Which tissue takes up most of the infused glucose?',
      explanation:
        'Under the clamp, skeletal muscle takes up most of the infused glucose (about 80–90%), so clamp results mainly reflect muscle. Insulin moves GLUT4 transporters to the muscle cell surface so glucose can enter. After an ordinary mixed meal the picture differs: glucose from the gut reaches the liver first, and the liver and gut take a large share too.',
      lesson: `${L}/insulin-and-glucose#muscle`,
      options: [
        {
          id: 'muscle',
          text: 'Skeletal muscle',
          correct: true,
          feedback:
            'Right. Under the clamp muscle is by far the largest glucose sink, and it relies on GLUT4 reaching the cell surface.',
        },
        {
          id: 'liver',
          text: 'The liver',
          correct: false,
          feedback:
            'Under the clamp, with glucose given into a vein, the liver takes only a small share. The liver matters more after an ordinary meal, when glucose from the gut reaches it first through the portal vein.',
        },
        {
          id: 'fat',
          text: 'Fat tissue',
          correct: false,
          feedback:
            'Fat cells do take up some glucose through GLUT4, but under the clamp muscle takes most of it. Insulin’s main jobs in fat are to promote storage and brake fat breakdown.',
        },
      ],
    },
    {
      id: 'after-meal-glucose-share',
      kind: 'single',
      level: 'apply',
      prompt:
        'A website says: “After every meal, muscle takes up most of the glucose.” Based on the studies in this module, what is the best response?',
      explanation:
        'Muscle takes most of the glucose under the clamp and after a drink of pure glucose. After an ordinary mixed meal, glucose from the gut passes the liver first, and the liver and gut take a large share; estimates depend on the method, and one pizza-meal study found they took more than muscle.',
      lesson: `${L}/insulin-and-glucose#muscle`,
      options: [
        {
          id: 'depends-on-test',
          text: 'It holds for the clamp and a glucose drink, but after a mixed meal the liver and gut also take a large share',
          correct: true,
          feedback:
            'Right. How the glucose arrives matters, and for mixed meals researchers still disagree about which share is larger.',
        },
        {
          id: 'muscle-always',
          text: 'It is right: muscle takes most of the glucose in every situation',
          correct: false,
          feedback:
            'That is true under the clamp and after a glucose drink, but not settled after a mixed meal, when the liver and gut get the first chance at the glucose.',
        },
        {
          id: 'liver-always',
          text: 'It is backwards: the liver takes most of the glucose in every situation',
          correct: false,
          feedback:
            'Under the clamp and after a glucose drink, muscle clearly takes most of it. The liver’s share is large only after meals, and even then its size depends on the method.',
        },
        {
          id: 'fat-stores-it',
          text: 'Fat tissue takes most of it, because fat is where spare energy is stored',
          correct: false,
          feedback:
            'Fat tissue does take up some glucose through GLUT4, but it is not the main destination: muscle dominates under the clamp and after a glucose drink, and the liver and gut take a large share after meals.',
        },
      ],
    },
    {
      id: 'insulin-jobs-by-tissue',
      kind: 'multiple',
      level: 'recall',
      prompt: 'Which of these are normal effects of insulin? Select all that apply.',
      explanation:
        'Insulin tells the liver to cut its glucose output, brakes the breakdown of stored fat in fat cells, and moves GLUT4 to the surface of muscle cells. Releasing stored fat is what happens when insulin falls.',
      lesson: `${L}/insulin-and-glucose#liver`,
      options: [
        {
          id: 'liver-output-down',
          text: 'The liver releases less glucose into the blood',
          correct: true,
          feedback:
            'Right. Much of insulin’s control of fasting glucose comes from turning down the liver’s output.',
        },
        {
          id: 'lipolysis-brake',
          text: 'Fat cells slow the breakdown of their stored fat',
          correct: true,
          feedback: 'Right. Insulin brakes lipolysis, keeping fatty acids inside fat cells after a meal.',
        },
        {
          id: 'glut4-muscle',
          text: 'Muscle cells move GLUT4 transporters to their surface',
          correct: true,
          feedback: 'Right. This is how glucose gets into muscle under insulin.',
        },
        {
          id: 'fat-release-up',
          text: 'Fat cells release more fatty acids into the blood',
          correct: false,
          feedback:
            'This is the opposite: fat cells release fatty acids when insulin is low, or when insulin’s brake fails in insulin resistance.',
          misconception: 'insulin-releases-fat',
        },
      ],
    },
    {
      id: 'insulin-signal-order',
      kind: 'order',
      level: 'recall',
      prompt: 'Put the steps of insulin’s message inside a muscle or fat cell in order, first to last.',
      explanation:
        'Insulin binds its receptor, the receptor tags IRS-1 on tyrosines, IRS-1 switches on PI3K and then Akt, and Akt sends GLUT4 to the surface so glucose can enter.',
      lesson: `${L}/insulin-and-glucose#signal-inside-cell`,
      steps: [
        {
          id: 'binds-receptor',
          text: 'Insulin binds the insulin receptor on the cell surface',
          feedback: 'Insulin itself stays outside; its receptor carries the message in.',
        },
        {
          id: 'tags-irs1',
          text: 'The receptor tags the docking protein IRS-1',
          feedback: 'The receptor’s kinase puts phosphate tags on IRS-1’s tyrosines.',
        },
        {
          id: 'pi3k-akt-on',
          text: 'PI3K and then Akt are switched on',
          feedback: 'Tyrosine-tagged IRS-1 is the landing pad that recruits PI3K.',
        },
        {
          id: 'glut4-moves',
          text: 'GLUT4 transporters move to the cell surface and glucose enters',
          feedback: 'The last step: transporters in the membrane let glucose flow in.',
        },
      ],
    },
    {
      id: 'ir-means-more-insulin',
      kind: 'single',
      level: 'apply',
      prompt:
        'Sam, 49, feels well. At a fasting check-up his glucose is only a little above the usual range, while his fasting insulin is on the high side. Which explanation fits this pattern best?',
      explanation:
        'When tissues respond less to insulin, the beta cells usually compensate by releasing more insulin (hyperinsulinemia). The extra insulin can hold glucose normal or nearly normal for years, so a slightly raised glucose with high insulin fits compensation. Only a clinician can interpret one person’s results.',
      lesson: `${L}/insulin-resistance#compensation`,
      options: [
        {
          id: 'rises',
          text: 'His tissues respond less to insulin, and his pancreas releases extra insulin to keep his glucose nearly normal',
          correct: true,
          feedback: 'Right. This is compensation: insulin resistance usually means more insulin, not less.',
        },
        {
          id: 'falls',
          text: 'Insulin resistance means his pancreas makes too little insulin, so the high reading must be a lab error',
          correct: false,
          feedback:
            'Resistance is a weaker response to insulin, not a lack of it. Early on, insulin is usually higher than normal, as his is.',
          misconception: 'ir-means-low-insulin',
        },
        {
          id: 'unchanged',
          text: 'His glucose is nearly normal, so his insulin must be working normally and the insulin level adds nothing',
          correct: false,
          feedback:
            'A nearly normal glucose can hide insulin resistance: the extra insulin is what holds glucose in range. That is why glucose and insulin are read together.',
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
        'Insulin resistance can last for years with normal glucose while the pancreas compensates. Type 2 diabetes also needs beta-cell failure, and many insulin-resistant people never develop it.',
      lesson: `${L}/insulin-resistance#ir-is-not-t2d`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'This is a common mistake. Insulin resistance raises the demand for insulin; diabetes appears only when beta cells can no longer meet it.',
          misconception: 'ir-equals-diabetes',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. Type 2 diabetes needs a second ingredient: beta cells that fail to keep up.',
        },
      ],
    },
    {
      id: 'progression-order',
      kind: 'order',
      level: 'recall',
      prompt: 'Put the typical stages from insulin resistance to type 2 diabetes in order.',
      explanation:
        'Tissues become resistant, beta cells compensate with extra insulin and glucose stays normal, then if beta cells falter glucose rises into prediabetes, and with further failure into type 2 diabetes. The sequence is not inevitable.',
      lesson: `${L}/insulin-resistance#prediabetes-and-diabetes`,
      steps: [
        {
          id: 'tissues-resist',
          text: 'Muscle, liver and fat respond less to insulin',
          feedback: 'Insulin resistance comes first.',
        },
        {
          id: 'beta-compensate',
          text: 'Beta cells release extra insulin and glucose stays normal',
          feedback: 'Compensation can last for years.',
        },
        {
          id: 'prediabetes',
          text: 'Beta cells begin to falter and glucose rises into the prediabetes range',
          feedback: 'Glucose rises only once compensation starts to fail.',
        },
        {
          id: 'type-2-diabetes',
          text: 'Further beta-cell failure lets glucose reach the type 2 diabetes range',
          feedback: 'Many people never reach this stage, and people can also move back.',
        },
      ],
    },
    {
      id: 'resistant-fat-tissue',
      kind: 'single',
      level: 'recall',
      prompt: 'When fat tissue becomes insulin resistant, what is the most direct consequence?',
      explanation:
        'Insulin’s brake on fat breakdown weakens, so more fatty acids leak into the blood. Some are stored in muscle and liver as ectopic fat, where they worsen insulin resistance there.',
      lesson: `${L}/insulin-resistance#resistance-by-tissue`,
      options: [
        {
          id: 'fatty-acids-leak',
          text: 'More fatty acids leak from fat cells into the blood',
          correct: true,
          feedback:
            'Right. The weakened brake on lipolysis lets fatty acids spill over into muscle and liver.',
        },
        {
          id: 'liver-glucose',
          text: 'The liver keeps releasing glucose after meals',
          correct: false,
          feedback: 'That describes insulin resistance in the liver, not in fat tissue.',
        },
        {
          id: 'less-glut4-muscle',
          text: 'Fewer GLUT4 transporters reach the surface of muscle cells',
          correct: false,
          feedback: 'That describes insulin resistance in muscle.',
        },
      ],
    },
    {
      id: 'metaflammation-features',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Which statements describe chronic low-grade inflammation ("metaflammation")? Select all that apply.',
      explanation:
        'Gregor and Hotamisligil define metaflammation as low-grade, chronic inflammation orchestrated by metabolic cells in response to excess nutrients and energy. It is not a response to infection and causes no redness or swelling.',
      lesson: `${L}/chronic-inflammation#metaflammation`,
      options: [
        {
          id: 'low-grade',
          text: 'Inflammatory signals are raised only modestly',
          correct: true,
          feedback: 'Right. "Low-grade" means a modest rise, not the many-fold rise of an infection.',
        },
        {
          id: 'excess-nutrients',
          text: 'It is triggered by excess nutrients and energy',
          correct: true,
          feedback: 'Right. Metabolic overload, not a germ, is the trigger.',
        },
        {
          id: 'metabolic-cells',
          text: 'Metabolic cells such as fat cells help produce the inflammatory signals',
          correct: true,
          feedback: 'Right. Fat and liver cells take part alongside immune cells.',
        },
        {
          id: 'infection',
          text: 'It is mainly the body’s response to a hidden infection',
          correct: false,
          feedback:
            'Metaflammation is driven by metabolic dysregulation. Some microbe-sensing receptors take part, but they respond to metabolic signals, not an invading organism.',
          misconception: 'inflammation-means-infection',
        },
        {
          id: 'swelling',
          text: 'It causes visible redness and swelling',
          correct: false,
          feedback:
            'Those are signs of acute inflammation. Metaflammation has no symptoms a person would notice.',
          misconception: 'chronic-like-acute',
        },
      ],
    },
    {
      id: 'tnf-local',
      kind: 'true-false',
      level: 'apply',
      prompt:
        'A wellness blog says: “To find out whether your fat tissue is inflamed, ask for a blood TNF-α test, because fat sends its TNF-α all around the body.” True or false: the evidence in this module supports the blog’s reasoning.',
      explanation:
        'In a study of obese women, fat tissue held more of the TNF-α gene’s working copy (mRNA) than in lean women, yet TNF-α in their blood was extremely low or undetectable. In people, TNF-α seems to act mostly locally, on neighboring cells (paracrine signaling); IL-6 and especially CRP are the circulating markers studies usually measure.',
      lesson: `${L}/chronic-inflammation#local-vs-circulating`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'In that study of obese women, blood TNF-α was extremely low or undetectable even though their fat tissue was gearing up to make more. Its effects seem to be mostly local, within tissues such as fat.',
          misconception: 'tnf-circulates',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. TNF-α seems to act mostly within tissues; CRP, made by the liver, is the blood marker most often measured.',
        },
      ],
    },
    {
      id: 'crp-meaning',
      kind: 'single',
      level: 'apply',
      prompt:
        'A friend’s blood report lists CRP (C-reactive protein). A website tells her that CRP shows whether a person is insulin resistant. What is the best description of what CRP measures?',
      explanation:
        'CRP is made by the liver in response to inflammatory signals such as IL-6. It is a marker of inflammation from any cause, so a cold or an injury can raise it for a while. Raised CRP came before later type 2 diabetes in a large study of women, but CRP is not a test for insulin resistance.',
      lesson: `${L}/chronic-inflammation#local-vs-circulating`,
      options: [
        {
          id: 'liver-marker',
          text: 'A liver-made marker of inflammation, raised modestly in chronic low-grade inflammation',
          correct: true,
          feedback: 'Right. It is a marker, and a passing cold or injury can also raise it.',
        },
        {
          id: 'ir-test',
          text: 'The website is right: CRP is a blood test that diagnoses insulin resistance',
          correct: false,
          feedback:
            'CRP measures inflammation, not insulin resistance. The two often travel together but are different things.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'fat-cytokine',
          text: 'A cytokine released mainly by fat cells that blocks IRS-1',
          correct: false,
          feedback:
            'CRP is made by the liver, not by fat cells. In cell and animal studies, the messengers that interfere with insulin signaling are cytokines such as TNF-α.',
        },
      ],
    },
    {
      id: 'silent-years',
      kind: 'true-false',
      level: 'apply',
      prompt:
        'Sam feels perfectly well: no pain, fever or swelling anywhere. True or false: he could still have chronic low-grade inflammation, and in a large study of women, raised CRP came before type 2 diabetes.',
      explanation:
        'Metaflammation causes no pain, fever or swelling, so feeling well does not rule it out. In a large study of women, higher CRP came before later type 2 diabetes. That is an association: it does not by itself prove that inflammation caused the diabetes, and only a clinician can interpret one person’s results.',
      lesson: `${L}/chronic-inflammation#silent-for-years`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback:
            'Right. It is silent, and raised CRP predicted later diabetes, though prediction is not proof of cause.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'Metaflammation has no symptoms a person would notice, and in a large study of women raised CRP came before diabetes was diagnosed.',
          misconception: 'chronic-like-acute',
        },
      ],
    },
  ],
};

export default quiz;
