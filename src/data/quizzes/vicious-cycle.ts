import type { Quiz } from '../../quiz/types';

// Lesson paths of module 2; every `lesson` below names a page and an explicit heading anchor.
const L = '/learn/vicious-cycle';

const quiz: Quiz = {
  id: 'vicious-cycle-quiz',
  title: 'Module 2 quiz: The vicious cycle',
  module: 'vicious-cycle',
  passThreshold: 0.7,
  questions: [
    {
      id: 'jnk-mechanism-order',
      kind: 'order',
      prompt: 'Put the steps by which TNF-α weakens insulin’s signal in order, first to last.',
      explanation:
        'TNF-α binds its own receptor and switches on the stress kinase JNK. JNK tags IRS-1 on a serine, which reduces its tyrosine tagging by the insulin receptor, so less PI3K–Akt signaling reaches GLUT4 and less glucose enters. This was shown in cultured cells.',
      lesson: `${L}/cytokines-and-insulin-signaling#jnk-blocks-irs-1`,
      steps: [
        {
          id: 'tnf-binds',
          text: 'TNF-α binds its receptor on a fat, muscle or liver cell',
          feedback: 'The cytokine does not touch the insulin pathway directly.',
        },
        {
          id: 'jnk-on',
          text: 'The stress kinase JNK is switched on',
          feedback: 'JNK responds to inflammatory cytokines, fatty acids and cell stress.',
        },
        {
          id: 'serine-tag',
          text: 'JNK tags IRS-1 on a serine (known in rodents as Ser307)',
          feedback: 'A serine tag, not the tyrosine tag insulin’s receptor adds.',
        },
        {
          id: 'less-tyrosine',
          text: 'IRS-1 is tagged less on its tyrosines and recruits less PI3K',
          feedback: 'The handoff to PI3K–Akt weakens.',
        },
        {
          id: 'less-glut4',
          text: 'Fewer GLUT4 transporters reach the surface, so less glucose enters',
          feedback: 'The end result: a muted insulin response.',
        },
      ],
    },
    {
      id: 'serine-always-inhibitory',
      kind: 'true-false',
      prompt: 'True or false: every serine phosphorylation of IRS-1 weakens the insulin signal.',
      explanation:
        'IRS-1 has many serines tagged by many kinases, including some in insulin’s own pathway. Some tags weaken the signal, some are part of normal feedback and some may support it. The JNK–Ser307 story is one well-studied example, not a general rule.',
      lesson: `${L}/cytokines-and-insulin-signaling#complications`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            '"Serine tag equals insulin resistance" is too simple; not every serine tag is inhibitory.',
          misconception: 'all-serine-inhibitory',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. The effect depends on which serine is tagged and in what context.',
        },
      ],
    },
    {
      id: 'tnf-blockade-humans',
      kind: 'single',
      prompt:
        'Neutralizing TNF-α improved glucose uptake in obese rats. What happened when adults with the metabolic syndrome received a drug that neutralizes TNF-α?',
      explanation:
        'In the human trial, inflammatory markers improved but insulin sensitivity did not. The rodent TNF-α story does not translate simply to people, perhaps because TNF-α acts mostly locally, other mechanisms take over, or it matters less in humans.',
      lesson: `${L}/cytokines-and-insulin-signaling#complications`,
      options: [
        {
          id: 'markers-only',
          text: 'Inflammatory markers improved, but insulin sensitivity did not',
          correct: true,
          feedback: 'Right. Blocking one cytokine was not enough to improve insulin action in this trial.',
        },
        {
          id: 'cured',
          text: 'Insulin sensitivity improved just as in the rats',
          correct: false,
          feedback: 'This assumes a rodent result carries over to people. In this trial it did not.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'nothing',
          text: 'Nothing changed at all, not even inflammatory markers',
          correct: false,
          feedback:
            'The drug did lower inflammatory markers; it was insulin sensitivity that did not improve.',
        },
      ],
    },
    {
      id: 'jnk-mice',
      kind: 'single',
      prompt: 'What did the 2002 study of mice lacking JNK1 show?',
      explanation:
        'JNK activity was abnormally high in obese mice, and mice lacking JNK1 were protected from obesity-induced insulin resistance. They also gained less fat, which makes a direct effect on insulin signaling harder to isolate. It is mouse evidence.',
      lesson: `${L}/cytokines-and-insulin-signaling#evidence`,
      options: [
        {
          id: 'protected',
          text: 'They were protected from obesity-induced insulin resistance',
          correct: true,
          feedback: 'Right, in two mouse models of obesity, with the caveat that they also gained less fat.',
        },
        {
          id: 'human-proof',
          text: 'That JNK causes most insulin resistance in people',
          correct: false,
          feedback:
            'This was a mouse study. It shows JNK can drive insulin resistance in mice, not how much it contributes in humans.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'worse',
          text: 'They became more insulin resistant than normal mice',
          correct: false,
          feedback: 'The opposite: removing JNK1 protected the mice.',
        },
      ],
    },
    {
      id: 'fat-tissue-obese-mice',
      kind: 'multiple',
      prompt: 'Which changes were seen in the fat tissue of obese, high-fat-fed mice? Select all that apply.',
      explanation:
        'Macrophages accumulate as fat tissue enlarges, the recruited ones are mostly M1-like and pro-inflammatory, and they gather in crown-like structures around fat cells. Macrophage numbers rise, not fall. M1/M2 is a simplification of a spectrum.',
      lesson: `${L}/adipose-tissue-macrophages#m1-switch`,
      options: [
        {
          id: 'more-macrophages',
          text: 'More macrophages in the fat tissue',
          correct: true,
          feedback: 'Right. Macrophage numbers rose with body fat in mice, and in human fat samples too.',
        },
        {
          id: 'm1-like',
          text: 'Recruited macrophages mostly in an M1-like, pro-inflammatory state',
          correct: true,
          feedback: 'Right. Lean fat tissue holds mostly M2-like macrophages; recruited ones were M1-like.',
        },
        {
          id: 'crowns',
          text: 'Crown-like structures of macrophages around single fat cells',
          correct: true,
          feedback: 'Right. The recruited M1-like macrophages were the ones found in these crowns.',
        },
        {
          id: 'fewer-macrophages',
          text: 'Fewer macrophages, as fat cells crowd them out',
          correct: false,
          feedback: 'Macrophage numbers increase in obesity; they are recruited from the blood.',
        },
      ],
    },
    {
      id: 'tnf-source',
      kind: 'single',
      prompt:
        'In the 2003 study of fat tissue, which cells were responsible for almost all of the TNF-α made in fat?',
      explanation:
        'Macrophages in the fat tissue produced almost all of its TNF-α and much of its IL-6. Fat cells themselves add IL-6 and other adipokines.',
      lesson: `${L}/adipose-tissue-macrophages#cytokine-sources`,
      options: [
        {
          id: 'macrophages',
          text: 'Macrophages within the fat tissue',
          correct: true,
          feedback: 'Right. That is why macrophage recruitment matters so much for fat-tissue inflammation.',
        },
        {
          id: 'adipocytes',
          text: 'The fat cells (adipocytes) themselves',
          correct: false,
          feedback:
            'Fat cells release IL-6 and other adipokines, but macrophages supplied almost all of the TNF-α.',
        },
        {
          id: 'liver',
          text: 'Liver cells, which then send TNF-α to the fat',
          correct: false,
          feedback: 'The TNF-α was made within the fat tissue itself, and in humans it acts mostly locally.',
        },
      ],
    },
    {
      id: 'pedersen-evidence',
      kind: 'single',
      prompt:
        'How strong is the evidence that high insulin (hyperinsulinemia) drives fat-tissue inflammation?',
      explanation:
        'In obese mice, lowering insulin by about half with two different treatments reduced fat-tissue macrophages, and infusing insulin into lean mice promoted fat inflammation. These are mouse data only; it is not proven in humans.',
      lesson: `${L}/hyperinsulinemia-fuels-inflammation#mouse-data-only`,
      options: [
        {
          id: 'mouse-only',
          text: 'Shown in mice by lowering and raising insulin; not proven in humans',
          correct: true,
          feedback: 'Right. The two-direction design is persuasive, but only in mice.',
        },
        {
          id: 'proven-humans',
          text: 'Proven in human trials that lowered insulin',
          correct: false,
          feedback: 'No such human trial exists; the key experiments were all in mice.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'no-evidence',
          text: 'There is no experimental evidence at all',
          correct: false,
          feedback: 'There is solid experimental evidence, but in mice. Human data are observational.',
        },
      ],
    },
    {
      id: 'other-mechanisms',
      kind: 'multiple',
      prompt:
        'Besides inflammation, which of these also contribute to insulin resistance? Select all that apply.',
      explanation:
        'Ectopic fat in muscle and liver (diacylglycerols and ceramides), ER stress and, in mice, hyperinsulinemia all converge on insulin signaling. Inflammation is one strand of a braid, not the only cause.',
      lesson: `${L}/closing-the-loop#several-mechanisms`,
      options: [
        {
          id: 'ectopic-fat',
          text: 'Fat stored inside muscle and liver cells (ectopic fat)',
          correct: true,
          feedback: 'Right. Fat-derived molecules there interfere with insulin signaling directly.',
        },
        {
          id: 'er-stress',
          text: 'ER stress, when the cell’s protein-folding workshop is overloaded',
          correct: true,
          feedback: 'Right. It weakens insulin signaling and also switches on inflammation.',
        },
        {
          id: 'hyperinsulinemia',
          text: 'High insulin levels themselves (shown in mice)',
          correct: true,
          feedback: 'Right, with the caveat that the key evidence is from mice.',
        },
        {
          id: 'nothing-else',
          text: 'None of these: inflammation is the single cause of insulin resistance',
          correct: false,
          feedback: 'Inflammation is one of several converging mechanisms, and causation runs both ways.',
          misconception: 'inflammation-only-cause',
        },
      ],
    },
    {
      id: 'cycle-order',
      kind: 'order',
      prompt: 'Put the links of the vicious cycle in order, starting from enlarged fat tissue.',
      explanation:
        'Enlarged fat recruits macrophages that turn M1-like, they release TNF-α and IL-6, these switch on JNK and IKKβ, the insulin signal at IRS-1 is muted and insulin resistance follows, and the extra insulin released in compensation (in mice) feeds back to inflame fat tissue.',
      lesson: `${L}/closing-the-loop#the-loop`,
      steps: [
        {
          id: 'enlarged-fat',
          text: 'Enlarged, stressed fat tissue recruits macrophages',
          feedback: 'The loop is usually drawn starting in fat tissue.',
        },
        {
          id: 'cytokines',
          text: 'M1-like macrophages release TNF-α and IL-6',
          feedback: 'Macrophages supply most fat-tissue TNF-α.',
        },
        {
          id: 'kinases',
          text: 'JNK and IKKβ are switched on in nearby cells',
          feedback: 'The cytokines act through stress kinases.',
        },
        {
          id: 'irs1-muted',
          text: 'The insulin signal at IRS-1 is muted and insulin resistance follows',
          feedback: 'Serine tagging weakens the relay.',
        },
        {
          id: 'extra-insulin',
          text: 'The pancreas releases extra insulin, which in mice inflames fat further',
          feedback: 'This closes the loop back to fat tissue.',
        },
      ],
    },
    {
      id: 'pradhan-adjusted',
      kind: 'single',
      prompt:
        'In the Women’s Health Study of CRP, IL-6 and later type 2 diabetes, what remained significant after adjustment for other risk factors?',
      explanation:
        'Both markers were higher in women who later developed diabetes, but after adjustment only CRP stayed significant (highest vs lowest quarter, relative risk about 4.2). IL-6 weakened to about 2.3 with a confidence interval that included no effect.',
      lesson: `${L}/closing-the-loop#crp-and-il6`,
      options: [
        {
          id: 'crp-only',
          text: 'Only CRP',
          correct: true,
          feedback: 'Right. IL-6 was attenuated and no longer significant.',
        },
        {
          id: 'il6-only',
          text: 'Only IL-6',
          correct: false,
          feedback: 'The reverse: IL-6 lost significance after adjustment; CRP kept it.',
          misconception: 'il6-independent-predictor',
        },
        {
          id: 'both',
          text: 'Both CRP and IL-6',
          correct: false,
          feedback: 'This study does not show that IL-6 independently predicts diabetes.',
          misconception: 'il6-independent-predictor',
        },
        {
          id: 'neither',
          text: 'Neither marker',
          correct: false,
          feedback: 'CRP did stay significant after adjustment.',
        },
      ],
    },
    {
      id: 'association-not-cause',
      kind: 'true-false',
      prompt:
        'True or false: because higher CRP predicted later type 2 diabetes, this study proves that inflammation causes type 2 diabetes.',
      explanation:
        'It was an observational study. Adjustment reduces but cannot remove confounding, and a shared cause such as excess body fat can raise both CRP and diabetes risk. CRP is best read as a marker.',
      lesson: `${L}/closing-the-loop#crp-and-il6`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'Prediction in an observational study is an association, not proof of cause.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. The study shows a marker that travels with risk, not a cause.',
        },
      ],
    },
  ],
};

export default quiz;
