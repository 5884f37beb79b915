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
      level: 'recall',
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
      level: 'recall',
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
      level: 'apply',
      prompt:
        'Blocking TNF-α improved glucose uptake in obese rats. In a 4-week trial, adults with the metabolic syndrome took a TNF-α-blocking drug: their CRP fell by about a third compared with placebo, but their insulin sensitivity did not change. What is the most reasonable conclusion?',
      explanation:
        'Lowering a blood marker of inflammation did not by itself improve insulin action, at least over 4 weeks, so the rat result did not carry over simply to people. A short, small negative trial cannot show that inflammation plays no part: in a 6-month trial the same drug lowered fasting glucose even though CRP did not change. Possible reasons include TNF-α acting mostly locally in tissues, several mechanisms acting at once, and trials too short to undo years of change.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#what-it-means',
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
      level: 'apply',
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
      level: 'recall',
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
      level: 'recall',
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
      id: 'macrophages-human-samples',
      kind: 'single',
      level: 'apply',
      prompt:
        'Researchers take fat samples from adults of different sizes and find more macrophages in the fat of people with more body fat. What does this finding, on its own, support?',
      explanation:
        'Fat-tissue macrophages rising with body fat has been seen in human samples as well as in mice. But a finding like this is observational: it shows that two things go together, not that macrophages cause insulin resistance in people. The switch to M1-like macrophages and the crown-like structures were shown in mice.',
      lesson: `${L}/adipose-tissue-macrophages#mouse-vs-human`,
      options: [
        {
          id: 'goes-together',
          text: 'In people, fat holds more macrophages when there is more body fat',
          correct: true,
          feedback: 'Right. That is what the samples show: an association seen in people, as in mice.',
        },
        {
          id: 'causes-ir',
          text: 'Macrophages cause insulin resistance in people',
          correct: false,
          feedback:
            'The samples show that macrophages and body fat go together. Whether the macrophages cause insulin resistance in people needs other kinds of evidence.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'switch-proven',
          text: 'The switch to inflammatory, M1-like macrophages is proven in people',
          correct: false,
          feedback:
            'Counting macrophages does not show what state they are in. The M1-like switch and the crown-like structures were shown in mice.',
          misconception: 'mouse-equals-human',
        },
      ],
    },
    {
      id: 'pedersen-evidence',
      kind: 'single',
      level: 'apply',
      prompt:
        'A health blog states as fact: “High insulin drives inflammation in your fat tissue.” Which correction fits the evidence best?',
      explanation:
        'In obese mice, lowering insulin by about half with two different treatments reduced fat-tissue macrophages, and infusing insulin into lean mice promoted fat inflammation. These are mouse data only; it is not proven in humans.',
      lesson: `${L}/hyperinsulinemia-fuels-inflammation#mouse-data-only`,
      options: [
        {
          id: 'mouse-only',
          text: 'It goes too far: it was shown in mice, by both lowering and raising insulin, but it is not proven in people',
          correct: true,
          feedback: 'Right. The two-direction design is persuasive, but only in mice.',
        },
        {
          id: 'proven-humans',
          text: 'It is right: human trials that lowered insulin have proved it',
          correct: false,
          feedback: 'No such human trial exists; the key experiments were all in mice.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'no-evidence',
          text: 'It is baseless: there is no experimental evidence for it at all',
          correct: false,
          feedback: 'There is solid experimental evidence, but in mice. Human data are observational.',
        },
      ],
    },
    {
      id: 'other-mechanisms',
      kind: 'multiple',
      level: 'recall',
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
      level: 'recall',
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
      level: 'apply',
      prompt:
        'A friend reads two headlines: an old anti-inflammatory drug, salsalate, lowered HbA1c a little in adults with type 2 diabetes over 48 weeks, and a drug that blocks the cytokine IL-1β, given to more than 10,000 people for about 3.7 years, did not reduce new cases of diabetes. Which summary of the human trials fits best?',
      explanation:
        'In people, calming inflammation can lower glucose a little (salsalate in type 2 diabetes, and one small 6-month trial of a TNF-α blocker), but no trial has shown that anti-inflammatory drugs restore insulin sensitivity or prevent diabetes, and the drugs have side effects: salsalate raised weight, LDL cholesterol and urine albumin. Neither "they do not help" nor "they treat diabetes" is right, and none is a recommended treatment.',
      lesson: '/learn/breaking-the-cycle/anti-inflammatory-drugs#what-it-means',
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
      level: 'apply',
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
    {
      id: 'beyond-masld-definition',
      kind: 'single',
      level: 'recall',
      prompt: 'Under the fatty-liver names agreed in 2023, what is needed to call a fatty liver MASLD?',
      explanation:
        'MASLD (metabolic dysfunction-associated steatotic liver disease) needs fat in the liver plus at least one of five cardiometabolic risk factors: waist or body weight, blood glucose, blood pressure, triglycerides and HDL cholesterol. Insulin resistance is not one of the criteria, and liver inflammation is not required.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#masld',
      options: [
        {
          id: 'fat-plus-risk-factor',
          text: 'Fat in the liver plus at least one of five cardiometabolic risk factors',
          correct: true,
          feedback:
            'Right. The risk factors cover waist or body weight, glucose, blood pressure, triglycerides and HDL cholesterol.',
        },
        {
          id: 'liver-ir-test',
          text: 'A test showing that the liver is insulin resistant',
          correct: false,
          feedback:
            'Insulin resistance is strongly linked to liver fat, but it is not one of the MASLD criteria, and there is no standard clinic test for it.',
        },
        {
          id: 'no-alcohol',
          text: 'Fat in the liver in a person who drinks no alcohol at all',
          correct: false,
          feedback:
            'The new name is defined by metabolic risk factors, not by drinking no alcohol. People with MASLD who drink more alcohol are described as having MetALD.',
        },
        {
          id: 'biopsy-inflammation',
          text: 'Inflammation and injury seen in a sample of liver tissue',
          correct: false,
          feedback:
            'Inflammation and injury develop in some people with fatty liver, but they are not needed to call it MASLD.',
        },
      ],
    },
    {
      id: 'beyond-masld-not-liver-ir',
      kind: 'true-false',
      level: 'apply',
      prompt:
        'A health article says: "MASLD is simply another name for insulin resistance of the liver." True or false?',
      explanation:
        'MASLD is fatty liver plus at least one of five cardiometabolic risk factors. Insulin resistance is closely linked to liver fat, in both directions, but it is not part of the definition.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#masld',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'The definition uses liver fat and ordinary cardiometabolic risk factors; insulin resistance is not among the criteria.',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. The two are strongly associated, but MASLD is defined as fatty liver plus a metabolic risk factor, not as liver insulin resistance.',
        },
      ],
    },
    {
      id: 'beyond-liver-fat-direction',
      kind: 'single',
      level: 'apply',
      prompt:
        'A study finds that people with more liver fat tend to be more insulin resistant. Which reading fits the evidence in this lesson best?',
      explanation:
        'Insulin resistance is strongly associated with fat building up in the liver, and the link runs both ways: insulin resistance helps fat pile up in the liver, and liver fat makes the liver respond less to insulin. A snapshot of both cannot tell which came first.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#masld',
      options: [
        {
          id: 'both-ways',
          text: 'The two are closely linked and each can worsen the other; the study alone cannot say which came first',
          correct: true,
          feedback: 'Right. Causation runs in both directions, and one measurement cannot untangle them.',
        },
        {
          id: 'fat-first-only',
          text: 'Liver fat must be the cause, because insulin resistance cannot add fat to the liver',
          correct: false,
          feedback:
            'Insulin resistance does help fat pile up in the liver, so the arrow also points the other way.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'ir-first-only',
          text: 'Insulin resistance must be the cause, because liver fat has no effect on insulin action',
          correct: false,
          feedback:
            'Fat stored inside liver cells makes the liver respond less to insulin, so this one-way story is too simple.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'coincidence',
          text: 'The two are unrelated, and the pattern is most likely chance',
          correct: false,
          feedback:
            'Insulin resistance is the condition most often found alongside fatty liver; the link is strong and repeatedly seen.',
        },
      ],
    },
    {
      id: 'beyond-vessel-wall-claim',
      kind: 'single',
      level: 'apply',
      prompt:
        'A blog post says: "Insulin resistance inside artery walls is proven to cause plaques." What is the best reply based on this lesson?',
      explanation:
        'In people, insulin resistance is associated with atherosclerosis and partly drives it through unhealthy blood fats and other risk factors. Whether insulin resistance inside the artery wall itself promotes plaques is debated: one review argues that faulty insulin signaling in plaque cells may promote them, mostly from mouse models; another argues it may not, and that both may be parallel responses to excess fuel.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#cardiovascular',
      options: [
        {
          id: 'debated',
          text: 'The link with heart disease is seen in people and partly runs through blood fats; the artery wall’s own role is debated and rests mainly on animal work',
          correct: true,
          feedback:
            'Right. The association is human; the vessel-wall mechanism is not settled, and one review suggests both may share a cause.',
        },
        {
          id: 'mouse-proof',
          text: 'It is proven: mouse models showed that faulty insulin signaling in plaque cells promotes atherosclerosis',
          correct: false,
          feedback:
            'Mouse models suggest it may, but that does not prove it in people, and another leading review argues the opposite.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'no-link',
          text: 'Insulin resistance has no link with heart disease at all',
          correct: false,
          feedback:
            'People with insulin resistance do get atherosclerosis and cardiovascular disease more often; what is debated is the mechanism.',
        },
        {
          id: 'cantos-proof',
          text: 'It is proven by the large trial of an IL-1β-blocking drug, which lowered heart events',
          correct: false,
          feedback:
            'That trial tested blocking an inflammatory messenger, not insulin resistance in the artery wall. It lowered heart events a little and did not prevent diabetes.',
        },
      ],
    },
    {
      id: 'beyond-glucose-and-heart',
      kind: 'single',
      level: 'apply',
      prompt:
        'A friend says: "Diabetes harms the heart only through high blood glucose, so lowering glucose is what prevents heart attacks." What does the evidence in this lesson say?',
      explanation:
        'Insulin resistance is linked to heart disease partly through unhealthy blood fats and other risk factors, such as high blood pressure. A major review calls the role of high glucose itself in the heart disease of diabetes "less clear". So "lower glucose and you prevent heart attacks" claims more than this evidence shows.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#cardiovascular',
      options: [
        {
          id: 'less-clear',
          text: 'The role of high glucose itself is less clear; blood fats and other risk factors that travel with insulin resistance also matter',
          correct: true,
          feedback: 'Right. Several routes link insulin resistance and diabetes to artery disease.',
        },
        {
          id: 'glucose-only',
          text: 'The friend is right: glucose is the one route, so lowering it prevents heart attacks',
          correct: false,
          feedback:
            'High glucose is the defining sign of diabetes, but its own part in diabetes-related heart disease is less clear than this claim suggests.',
        },
        {
          id: 'glucose-irrelevant',
          text: 'Glucose has been shown to play no part in heart disease at all',
          correct: false,
          feedback:
            '"Less clear" is not "no part". The evidence leaves the size of glucose’s role uncertain.',
        },
      ],
    },
    {
      id: 'beyond-cantos-meaning',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a large trial, people who had already had a heart attack and had a raised CRP took a drug that blocks the cytokine IL-1β, or a placebo, for a few years. Which conclusion fits the results?',
      explanation:
        'The drug lowered heart attacks, strokes and cardiovascular deaths a little in this selected group, so inflammation matters for artery disease. It did not lower new cases of diabetes, and it had side effects. It is not a treatment for insulin resistance.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#cardiovascular',
      options: [
        {
          id: 'small-cv-benefit',
          text: 'Calming inflammation lowered heart events a little in this selected group, but did not prevent new diabetes',
          correct: true,
          feedback:
            'Right. The benefit was small, in people after a heart attack with raised CRP, and side effects occurred.',
        },
        {
          id: 'prevents-diabetes',
          text: 'Blocking IL-1β is a proven way to prevent type 2 diabetes',
          correct: false,
          feedback: 'New cases of diabetes were no fewer with the drug than with placebo.',
          misconception: 'anti-inflammatories-treat-diabetes',
        },
        {
          id: 'inflammation-irrelevant',
          text: 'Inflammation plays no part in heart attacks',
          correct: false,
          feedback:
            'Fewer heart events with an anti-inflammatory drug is evidence that inflammation does play a part.',
        },
        {
          id: 'crp-shows-ir',
          text: 'Because CRP fell, the drug must also have reversed insulin resistance',
          correct: false,
          feedback:
            'CRP is a marker of inflammation, not a measure of insulin action, and the drug did not prevent diabetes.',
          misconception: 'crp-tests-ir',
        },
      ],
    },
    {
      id: 'beyond-pcos-lean',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a research study, a lean woman with polycystic ovary syndrome (PCOS) has normal insulin sensitivity. How does this fit with what is known?',
      explanation:
        'Many women with PCOS have marked insulin resistance, beyond what body weight explains, and women with PCOS and obesity are insulin resistant. But some groups of lean women with PCOS have normal insulin sensitivity, and insulin resistance is not one of the diagnostic criteria.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#pcos',
      options: [
        {
          id: 'consistent',
          text: 'It fits: some lean women with PCOS have normal insulin sensitivity, and insulin resistance is not a diagnostic criterion',
          correct: true,
          feedback: 'Right. Insulin resistance is common in PCOS, but not universal.',
        },
        {
          id: 'all-resistant',
          text: 'It cannot be right: every woman with PCOS is insulin resistant',
          correct: false,
          feedback: 'Some groups of lean women with PCOS have normal insulin sensitivity.',
        },
        {
          id: 'wrong-diagnosis',
          text: 'Her diagnosis must be wrong, because PCOS is caused by insulin resistance',
          correct: false,
          feedback:
            'PCOS is diagnosed by reproductive and hormone features, not by insulin resistance, and it is not established that insulin resistance causes it.',
        },
        {
          id: 'insulin-irrelevant',
          text: 'It shows that insulin plays no part in PCOS for anyone',
          correct: false,
          feedback:
            'One woman’s result cannot show that. Many women with PCOS have marked insulin resistance, and insulin acts on the ovary.',
        },
      ],
    },
    {
      id: 'beyond-pcos-facts',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Which statements about polycystic ovary syndrome (PCOS) does a major review support? Select all that apply.',
      explanation:
        'PCOS is a metabolic as well as a reproductive disorder. Affected women have a clearly higher risk of type 2 diabetes, many have marked insulin resistance that body weight does not explain, and insulin helps drive the ovary’s production of sex hormones, including androgens. Insulin resistance is not a diagnostic criterion.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#pcos',
      options: [
        {
          id: 'diabetes-risk',
          text: 'Women with PCOS have a higher risk of type 2 diabetes',
          correct: true,
          feedback: 'Right. The review calls the risk substantially increased.',
        },
        {
          id: 'beyond-weight',
          text: 'Many women with PCOS have insulin resistance that body weight alone does not explain',
          correct: true,
          feedback:
            'Right. The review describes marked insulin resistance independent of obesity in many women.',
        },
        {
          id: 'ovary-androgens',
          text: 'Insulin works with the brain’s hormones on the ovary and helps drive its androgen production',
          correct: true,
          feedback:
            'Right. Insulin acts as a co-gonadotropin, and androgens in turn worsen insulin resistance.',
        },
        {
          id: 'criterion',
          text: 'Insulin resistance is one of the criteria used to diagnose PCOS',
          correct: false,
          feedback:
            'It is not. The usual criteria are irregular or absent ovulation, signs of high androgens and polycystic ovaries.',
        },
      ],
    },
    {
      id: 'beyond-pregnancy-timing',
      kind: 'single',
      level: 'recall',
      prompt: 'How does insulin sensitivity change during a typical pregnancy?',
      explanation:
        'In small studies that followed the same women (6 in one, 34 in another), insulin sensitivity rose a little in early pregnancy and fell by about half late in pregnancy. The pancreas normally answers with much more insulin.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#pregnancy',
      options: [
        {
          id: 'rise-then-fall',
          text: 'It rises a little early on, then falls by about half late in pregnancy',
          correct: true,
          feedback: 'Right. The insulin resistance of pregnancy is a late-pregnancy change.',
        },
        {
          id: 'falls-from-start',
          text: 'It falls from the first weeks and stays low throughout',
          correct: false,
          feedback: 'In early pregnancy insulin sensitivity rose a little; the big fall comes late.',
        },
        {
          id: 'unchanged',
          text: 'It does not change; only weight gain affects it',
          correct: false,
          feedback: 'Pregnancy changes insulin sensitivity on its own, by about half late in pregnancy.',
        },
        {
          id: 'doubles',
          text: 'It roughly doubles late in pregnancy',
          correct: false,
          feedback: 'The direction is the other way: it falls by about half late in pregnancy.',
        },
      ],
    },
    {
      id: 'beyond-gdm-beta-cells',
      kind: 'single',
      level: 'apply',
      prompt:
        'Two pregnant women both show the usual fall in insulin sensitivity late in pregnancy. Only one develops gestational diabetes. In this course’s terms, what best explains the difference?',
      explanation:
        'Late pregnancy raises the demand for insulin in every woman. Gestational diabetes appears when the beta cells cannot fully meet that demand, the same compensation story as in module 1. It is not simply "too much insulin resistance".',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#pregnancy',
      options: [
        {
          id: 'beta-cells',
          text: 'Her beta cells could not raise insulin output enough to meet the extra demand',
          correct: true,
          feedback: 'Right. Gestational diabetes is about the beta cells’ answer to a normal rise in demand.',
        },
        {
          id: 'just-more-ir',
          text: 'She simply had more insulin resistance; gestational diabetes is nothing more than that',
          correct: false,
          feedback:
            'Both women had the physiological fall in insulin sensitivity. What differs is whether the beta cells keep up.',
          misconception: 'ir-equals-diabetes',
        },
        {
          id: 'type-1',
          text: 'Her immune system destroyed her beta cells, as in type 1 diabetes',
          correct: false,
          feedback:
            'That describes type 1 diabetes. The lesson describes gestational diabetes as beta cells not keeping up with the normal late-pregnancy rise in demand.',
        },
        {
          id: 'inflammation-cause',
          text: 'Inflammation alone caused it, so it would be prevented by anti-inflammatory drugs',
          correct: false,
          feedback:
            'Nothing in this lesson shows that, and no anti-inflammatory drug is a treatment for diabetes in or out of pregnancy.',
          misconception: 'inflammation-only-cause',
        },
      ],
    },
    {
      id: 'beyond-shared-soil',
      kind: 'true-false',
      level: 'apply',
      prompt:
        'True or false: because insulin resistance, fatty liver and heart disease often occur in the same people, insulin resistance must be what causes the other two.',
      explanation:
        'The three share soil: excess fuel, fat in the wrong places and low-grade inflammation. A shared cause can make things rise together even when one does not drive the other. Insulin resistance partly drives heart disease through blood fats and links with liver fat in both directions, but "occur together" does not prove "causes".',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#common-thread',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Occurring together is an association. A shared cause, such as excess fuel, can explain part of it.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. Some links are partly causal, some run both ways, and some may reflect a shared cause.',
        },
      ],
    },
    {
      id: 'beyond-overclaim',
      kind: 'single',
      level: 'apply',
      prompt: 'Which of these statements goes beyond what has been shown in people?',
      explanation:
        'The other three statements match the human evidence in this lesson. That insulin resistance causes PCOS is not established: many women with PCOS are insulin resistant, but some lean women with PCOS have normal insulin sensitivity, and insulin resistance is not a diagnostic criterion.',
      lesson: '/learn/vicious-cycle/beyond-type-2-diabetes#common-thread',
      options: [
        {
          id: 'pcos-caused',
          text: 'Insulin resistance is the cause of polycystic ovary syndrome',
          correct: true,
          feedback:
            'Right, this is the overclaim. The link is strong in many women but not universal, and cause is not shown.',
        },
        {
          id: 'liver-link',
          text: 'Insulin resistance is strongly associated with fat building up in the liver',
          correct: false,
          feedback: 'This is shown: insulin resistance is the condition most often found with fatty liver.',
        },
        {
          id: 'pregnancy-fall',
          text: 'Insulin sensitivity falls by about half late in pregnancy',
          correct: false,
          feedback: 'This is shown in people, though in small studies of 6 and 34 women.',
        },
        {
          id: 'cv-association',
          text: 'People with insulin resistance get atherosclerosis more often',
          correct: false,
          feedback:
            'This association is shown in people; what is debated is how much insulin resistance in the artery wall adds.',
        },
      ],
    },
  ],
};

export default quiz;
