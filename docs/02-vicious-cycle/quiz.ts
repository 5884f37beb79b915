import type { Quiz } from '../../src/quiz/types';

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
        'TNF-α binds its own receptor and switches on the stress kinase JNK. JNK tags IRS-1 on a serine, which reduces its tyrosine tagging when insulin arrives; cultured hamster cells showed these steps. What follows is the expected consequence of a weaker handoff, not something that cell study measured: less PI3K–Akt signaling, fewer GLUT4 transporters at the surface and less glucose entry.',
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
          text: 'IRS-1 is tagged less on its tyrosines when insulin arrives',
          feedback: 'This is the step the cultured-cell study measured.',
        },
        {
          id: 'less-glut4',
          text: 'Less PI3K–Akt signaling, so fewer GLUT4 transporters reach the surface and less glucose enters',
          feedback: 'The expected end result of a weaker handoff: a muted insulin response.',
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
        'Blocking TNF-α improved glucose uptake in obese rats. In a 4-week trial, adults with the metabolic syndrome took a TNF-α-blocking drug: their CRP fell by about a third compared with placebo, but their insulin sensitivity did not change. What is the most reasonable conclusion?',
      explanation:
        'Lowering a blood marker of inflammation did not by itself improve insulin action, at least over 4 weeks, so the rat result did not carry over simply to people. A short, small negative trial cannot show that inflammation plays no part: in a 6-month trial the same drug lowered fasting glucose even though CRP did not change. Possible reasons include TNF-α acting mostly locally in tissues, several mechanisms acting at once, and trials too short to undo years of change.',
      lesson: `${L}/cytokines-and-insulin-signaling#human-trials`,
      options: [
        {
          id: 'markers-only',
          text: 'A fall in an inflammation marker does not guarantee better insulin action; the rat result did not carry over simply to people',
          correct: true,
          feedback:
            'Right. CRP and insulin sensitivity moved separately here, and 4 weeks in a few dozen people is a limited test.',
        },
        {
          id: 'cured',
          text: 'Insulin sensitivity must have improved, because CRP fell',
          correct: false,
          feedback:
            'CRP is a marker of inflammation, not a measure of insulin action. Here it fell while insulin sensitivity stayed the same.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'nothing',
          text: 'Inflammation plays no part in human insulin resistance, and anti-inflammatory drugs cannot affect glucose',
          correct: false,
          feedback:
            'One short trial cannot show that. In other trials, salsalate lowered HbA1c modestly and 6 months of the same TNF-α blocker lowered fasting glucose.',
          misconception: 'anti-inflammatories-useless',
        },
      ],
    },
    {
      id: 'jnk-mice',
      kind: 'single',
      prompt:
        'A study finds that mice lacking the stress kinase JNK1 are protected from insulin resistance when they are made obese, and that they also gain less fat. What may a reader conclude about people?',
      explanation:
        'A mouse study shows what can happen in mice. It makes JNK a plausible contributor in people, but how much it matters in humans needs human evidence. Because the mice also gained less fat, part of the protection may come from less fat rather than from JNK acting on insulin signaling directly.',
      lesson: `${L}/cytokines-and-insulin-signaling#evidence`,
      options: [
        {
          id: 'protected',
          text: 'JNK is a plausible contributor to insulin resistance in people, but how much it matters needs human evidence, and less fat gain may explain part of the protection',
          correct: true,
          feedback:
            'Right. A mouse result is a lead to test in people, and the difference in fat gain is a confounder.',
        },
        {
          id: 'human-proof',
          text: 'JNK causes most insulin resistance in people',
          correct: false,
          feedback:
            'This was a mouse study. It shows that JNK can drive insulin resistance in mice, not how much it contributes in humans.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'direct-effect',
          text: 'The protection must come from JNK acting on IRS-1, since body fat played no part',
          correct: false,
          feedback:
            'The mice also gained less fat, and less fat by itself improves insulin sensitivity, so a direct effect on insulin signaling is hard to separate.',
        },
        {
          id: 'worthless',
          text: 'Nothing at all: studies in mice say nothing about people',
          correct: false,
          feedback:
            'Mouse studies cannot prove a human effect, but they reveal mechanisms worth testing in people. Several mouse findings in this course were later seen, at least as associations, in human tissue.',
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
          feedback:
            'Right. In lean mice, fat tissue holds mostly M2-like macrophages; the recruited ones were M1-like.',
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
      prompt: 'In obese mice, which cells make almost all of the TNF-α in fat tissue?',
      explanation:
        'In mice, macrophages in the fat tissue made almost all of its TNF-α and much of its IL-6. Fat cells themselves release adipokines such as leptin and adiponectin. In people, TNF-α in the blood is barely detectable, and it acts mostly locally.',
      lesson: `${L}/adipose-tissue-macrophages#cytokine-sources`,
      options: [
        {
          id: 'macrophages',
          text: 'Macrophages within the fat tissue',
          correct: true,
          feedback:
            'Right, in mice. That is why macrophage recruitment matters so much for fat-tissue inflammation.',
        },
        {
          id: 'adipocytes',
          text: 'The fat cells (adipocytes) themselves',
          correct: false,
          feedback:
            'Fat cells release adipokines such as leptin and adiponectin, but in mice macrophages supplied almost all of the TNF-α.',
        },
        {
          id: 'liver',
          text: 'The liver, which sends TNF-α through the blood to the fat',
          correct: false,
          feedback:
            'The TNF-α was made within the fat tissue itself. In people, TNF-α in the blood is barely detectable; it acts mostly locally.',
          misconception: 'tnf-circulates',
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
          feedback: 'In mice, macrophages make almost all fat-tissue TNF-α.',
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
      id: 'anti-inflammatory-trials-summary',
      kind: 'single',
      prompt:
        'A friend reads two headlines: an old anti-inflammatory drug, salsalate, lowered HbA1c a little in adults with type 2 diabetes over 48 weeks, and a drug that blocks the cytokine IL-1β, given to more than 10,000 people for about 3.7 years, did not reduce new cases of diabetes. Which summary of the human trials fits best?',
      explanation:
        'In people, calming inflammation can lower glucose a little (salsalate in type 2 diabetes, and one small 6-month trial of a TNF-α blocker), but no trial has shown that anti-inflammatory drugs restore insulin sensitivity or prevent diabetes, and the drugs have side effects: salsalate raised weight, LDL cholesterol and urine albumin. Neither "they do not help" nor "they treat diabetes" is right, and none is a recommended treatment.',
      lesson: `${L}/cytokines-and-insulin-signaling#human-trials`,
      options: [
        {
          id: 'modest-not-treatment',
          text: 'Calming inflammation can lower glucose a little, but it has not been shown to restore insulin sensitivity or prevent diabetes, and the drugs have side effects',
          correct: true,
          feedback: 'Right. The effect on glucose is real but modest, and it is not a recommended treatment.',
        },
        {
          id: 'proven-treatment',
          text: 'Anti-inflammatory drugs are a proven treatment for insulin resistance and type 2 diabetes',
          correct: false,
          feedback:
            'The glucose falls were modest, insulin sensitivity was not restored, diabetes was not prevented, and side effects appeared. No anti-inflammatory drug is a recommended treatment for insulin resistance.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'no-effect',
          text: 'Anti-inflammatory drugs have no effect on glucose in people, so inflammation is irrelevant',
          correct: false,
          feedback:
            'Salsalate did lower HbA1c over 14 and 48 weeks. The trials show a modest effect, not none, and a drug trial cannot rule out a role for inflammation.',
          misconception: 'anti-inflammatories-useless',
        },
        {
          id: 'crp-decides',
          text: 'Whether a drug helps insulin resistance can be judged from how much it lowers CRP',
          correct: false,
          feedback:
            'In these trials, CRP and glucose moved separately: CRP fell without better insulin sensitivity after 4 weeks of a TNF-α blocker, and fasting glucose fell without a change in CRP after 6 months.',
          misconception: 'crp-tests-ir',
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
