// The claims the course is built on, one per link of the argument, with how far each is shown in
// people. The evidence map page lists them with the lessons that teach them; a unit test checks
// every key against the bibliography. Keep `verdict` within the cited entry's `note`.
import type { Claim } from './claims.types';
import { nfc } from './text';

const U = '/learn/understanding';
const V = '/learn/vicious-cycle';
const D = '/learn/lifestyle-drivers';
const B = '/learn/breaking-the-cycle';

export const claims: readonly Claim[] = nfc([
  {
    id: 'coexist',
    claim: 'Insulin resistance and chronic inflammation often occur together.',
    status: 'association-in-people',
    lessons: [`${U}/chronic-inflammation`, `${V}/closing-the-loop`],
    strongestHuman: 'pradhan2001',
    verdict:
      'In a large study of women, a raised CRP came before type 2 diabetes. Observational: it shows the two go together and in which order, not that one causes the other.',
  },
  {
    id: 'insulin-resistance-defined',
    claim:
      'In insulin resistance, muscle, fat and liver respond poorly to insulin and the pancreas makes more insulin to compensate, until blood glucose rises.',
    status: 'association-in-people',
    lessons: [`${U}/insulin-and-glucose`, `${U}/insulin-resistance`],
    strongestHuman: 'defronzo2009',
    verdict:
      'Clamp studies in people show how insulin moves glucose into muscle and how that falls in insulin resistance; the rising insulin and later rising glucose are well described in people.',
  },
  {
    id: 'meta-inflammation',
    claim: 'Chronic inflammation of metabolic origin is low-grade, lasts for years and causes no symptoms.',
    status: 'association-in-people',
    lessons: [`${U}/chronic-inflammation`],
    strongestHuman: 'pradhan2001',
    verdict:
      'Slightly raised CRP in people without symptoms predicted later diabetes. That it “silently damages tissues” rests mostly on reviews and animal work.',
  },
  {
    id: 'cytokines-impair-signaling',
    claim: 'TNF-α and IL-6 impair insulin signaling inside cells.',
    status: 'animals-or-cells-only',
    lessons: [`${V}/cytokines-and-insulin-signaling`],
    strongestHuman: 'bernstein2006',
    verdict:
      'Blocking TNF-α in rats improved insulin action, but in people a 4-week TNF-α blocker lowered CRP without improving insulin sensitivity. IL-6 is more complicated and partly helpful.',
  },
  {
    id: 'jnk-irs1',
    claim: 'The stress kinase JNK interferes with IRS-1 and so mutes insulin’s signal.',
    status: 'animals-or-cells-only',
    lessons: [`${V}/cytokines-and-insulin-signaling`],
    verdict:
      'Shown in hamster cells and mice. No study in people in the course’s references tested this step directly.',
  },
  {
    id: 'macrophages-recruited',
    claim: 'Enlarged fat tissue attracts macrophages that switch to an inflammatory state.',
    status: 'association-in-people',
    lessons: [`${V}/adipose-tissue-macrophages`],
    strongestHuman: 'weisberg2003',
    verdict:
      'Fat-tissue macrophages increase with body fat in mice and in people; the inflammatory switch and its effects were shown in mice.',
  },
  {
    id: 'macrophages-make-cytokines',
    claim: 'Activated macrophages and fat cells become major producers of TNF-α and IL-6.',
    status: 'animals-or-cells-only',
    lessons: [`${V}/adipose-tissue-macrophages`, `${D}/visceral-fat`],
    strongestHuman: 'fontana2007',
    verdict:
      'In mice, macrophages make almost all of the fat tissue’s TNF-α. In people, blood leaving belly fat carried more IL-6, but not more TNF-α, than arterial blood (25 very obese adults).',
  },
  {
    id: 'insulin-inflames',
    claim: 'High insulin levels themselves drive inflammation in fat tissue.',
    status: 'animals-or-cells-only',
    lessons: [`${V}/hyperinsulinemia-fuels-inflammation`],
    verdict:
      'Shown in mice (lowering or raising insulin changed fat-tissue inflammation); not tested in people.',
  },
  {
    id: 'visceral-fat-endocrine',
    claim: 'Visceral fat acts like an endocrine organ, releasing inflammatory signals into the cycle.',
    status: 'association-in-people',
    lessons: [`${D}/visceral-fat`],
    strongestHuman: 'fontana2007',
    verdict:
      'Portal-vein IL-6 was about 50% higher than arterial IL-6 and tracked CRP, in 25 very obese adults: observational and small.',
  },
  {
    id: 'diet-drives',
    claim: 'Refined carbohydrates, sugars and saturated fats feed the connection.',
    status: 'association-in-people',
    lessons: [`${D}/diet-carbohydrates-and-fats`],
    strongestHuman: 'erridge2007',
    verdict:
      'One high-fat meal raised blood endotoxin in 12 healthy men; saturated-fat inflammation was TLR4-dependent in mice. Lasting effects in people are not shown by these studies.',
  },
  {
    id: 'gut-endotoxemia',
    claim: 'Diet-driven gut dysbiosis lets bacterial products into the blood and inflames the body.',
    status: 'association-in-people',
    lessons: [`${D}/gut-dysbiosis-and-endotoxemia`],
    strongestHuman: 'pussinen2011',
    verdict:
      'Higher endotoxin activity predicted diabetes in 7,169 Finnish adults (observational). The causal chain was shown in mice.',
  },
  {
    id: 'stress-cortisol',
    claim: 'Chronic stress raises cortisol, which opposes insulin and promotes visceral fat.',
    status: 'association-in-people',
    lessons: [`${D}/stress-and-cortisol`],
    strongestHuman: 'epel2000',
    verdict:
      'Excess cortisol (Cushing’s syndrome, steroid medicines) clearly opposes insulin. For everyday stress, only a cross-sectional link in 59 women.',
  },
  {
    id: 'sleep-loss',
    claim: 'Sleep deprivation reduces insulin sensitivity.',
    status: 'shown-in-trials',
    lessons: [`${D}/sleep`],
    strongestHuman: 'buxton2010',
    verdict:
      'A week of 5-hour nights lowered insulin sensitivity in 20 healthy men. Short, small experiments; experimental sleep loss did not raise inflammatory markers.',
  },
  {
    id: 'exercise-glucose',
    claim: 'Exercise improves insulin sensitivity, partly through glucose uptake that does not need insulin.',
    status: 'shown-in-trials',
    lessons: [`${B}/exercise`],
    strongestHuman: 'knowler2002',
    verdict:
      'Contraction moves glucose into muscle without insulin (human and animal studies, reviewed). A diet-plus-activity programme cut new diabetes by 58% over 2.8 years in high-risk adults.',
  },
  {
    id: 'exercise-inflammation',
    claim: 'Exercise lowers CRP and IL-6.',
    status: 'shown-in-trials',
    lessons: [`${B}/exercise`],
    strongestHuman: 'fedewa2017',
    verdict:
      'Training lowered CRP modestly across 83 trials, also without weight loss. A fall in resting IL-6 is not shown; each bout briefly raises IL-6.',
  },
  {
    id: 'fiber-omega3',
    claim: 'A diet rich in fiber and omega-3 fats steadies blood sugar and reduces inflammation.',
    status: 'association-in-people',
    lessons: [`${B}/fiber-and-omega-3`],
    strongestHuman: 'weickert2018',
    verdict:
      'High fiber intake goes with lower diabetes risk (mostly observational). Omega-3 lowered inflammatory markers only above about 2 g a day, and supplements raised atrial fibrillation risk.',
  },
  {
    id: 'visceral-fat-loss',
    claim: 'Losing visceral fat reduces the main source of inflammatory cytokines.',
    status: 'shown-in-trials',
    lessons: [`${B}/visceral-fat-and-weight`],
    strongestHuman: 'verheggen2016',
    verdict:
      'Diet and exercise both reduce visceral fat (117 studies). That this lowers the cytokines that impair insulin signaling is inferred from smaller studies.',
  },
  {
    id: 'sleep-stress-levers',
    claim: 'Better sleep and less stress normalize hormones and improve insulin function.',
    status: 'not-tested',
    lessons: [`${B}/sleep-and-stress`],
    verdict:
      'No trial in the course’s references tested whether improving sleep or easing stress improves insulin sensitivity or inflammation: an inference from the harm studies.',
  },
  {
    id: 'anti-inflammatory-test',
    claim: 'Addressing inflammation improves insulin resistance (the human test of the cycle).',
    status: 'shown-in-trials',
    lessons: [`${B}/anti-inflammatory-drugs`],
    strongestHuman: 'goldfine2013',
    verdict:
      'Salsalate lowered HbA1c a little over 48 weeks in type 2 diabetes, with side effects; TNF-α and IL-1β blockers did not restore insulin sensitivity or prevent diabetes.',
  },
  {
    id: 'chronic-diseases',
    claim: 'The two conditions contribute to numerous chronic diseases.',
    status: 'association-in-people',
    lessons: [`${V}/beyond-type-2-diabetes`],
    strongestHuman: 'ridker2017',
    verdict:
      'Insulin resistance goes with heart disease, fatty liver and PCOS. Calming inflammation cut heart events a little in people after a heart attack (CANTOS); causation by insulin resistance itself is not proven.',
  },
]);
