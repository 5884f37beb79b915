// The closed list of misconceptions a wrong quiz option may be tagged with (`misconception` on an
// option). A tag names a common, real mistake about this topic, so a learner's wrong answers can be
// grouped by the idea behind them. Quiz data files are type-checked against these ids and the build
// rejects any other tag, naming the file, quiz and question. Add a new tag here, with its one-line
// description, before using it in a quiz.

export const misconceptions = {
  'all-serine-inhibitory': 'Every serine tag on IRS-1 weakens insulin signaling.',
  'any-omega3-dose': 'Any amount of fish oil or omega-3 is anti-inflammatory.',
  'association-equals-causation':
    'A link seen in an observational study proves that one thing causes the other.',
  'chronic-like-acute':
    'Chronic low-grade inflammation looks and feels like acute inflammation (redness, swelling).',
  'cortisol-explains-all': 'Cortisol alone explains the metabolic effects of stress or short sleep.',
  'crp-tests-ir': 'CRP is a test for insulin resistance.',
  'exercise-needs-insulin': 'Muscle needs insulin to take up glucose during exercise.',
  'il6-independent-predictor':
    'IL-6 independently predicted type 2 diabetes in the Women’s Health Study (only CRP did).',
  'il6-purely-bad': 'IL-6 is purely harmful.',
  'inflammation-means-infection': 'Chronic inflammation is the body fighting a hidden infection.',
  'inflammation-only-cause': 'Inflammation is the one cause of insulin resistance.',
  'insulin-releases-fat': 'Insulin makes fat cells release their stored fat.',
  'ir-equals-diabetes': 'Insulin resistance is the same thing as type 2 diabetes.',
  'ir-means-low-insulin': 'Insulin resistance means the body makes too little insulin.',
  'leaky-gut-proven':
    '“Leaky gut” and blood LPS are an established, measurable cause of human insulin resistance.',
  'mixed-units': 'Index formulas work with any units (mg/dL glucose with /22.5, pmol/L insulin unconverted).',
  'mouse-equals-human': 'A finding in mice or cells is proven in people.',
  'short-term-overstated': 'A few days of poor sleep, one meal or one study proves a lasting effect.',
  'single-bout-ignored': 'A single bout of exercise helps only while it lasts.',
  'single-cutoff': 'One HOMA-IR or TyG cut-off diagnoses insulin resistance in everyone.',
  'soluble-fiber-explains-all': 'Soluble fiber explains the protective link of fiber with diabetes risk.',
  'spot-reduction': 'Exercising one body part (sit-ups) removes the fat under it.',
  'stress-proven-belly-fat': 'Everyday stress is proven to cause belly fat.',
  'sugar-directly-inflames': 'Sugar is proven to inflame tissues directly.',
  'surrogate-equals-clamp': 'A surrogate index measures insulin sensitivity as well as the clamp does.',
  'tnf-circulates': 'TNF-α acts mainly through the blood in people.',
  'tyg-scale-mix':
    'TyG cut-offs on the half-log scale (about 4.65) compare with standard values (about 8.6).',
  'visceral-fat-secretes-tnf': 'Visceral fat pours TNF-α into the blood.',
  'weight-equals-visceral-fat': 'Scale weight tells you how much visceral fat has changed.',
  'anti-inflammatories-treat-diabetes':
    'Anti-inflammatory drugs are a proven treatment for insulin resistance or diabetes.',
  'anti-inflammatories-useless': 'Anti-inflammatory drugs have no effect on glucose in people.',
  'more-supplement-better': 'A higher supplement dose is always safer or better.',
  'tlr4-direct-binding': 'Saturated fat is proven to bind and switch on TLR4 directly.',
  'reversal-assumed-proven':
    'If a harm is proven (short sleep lowers insulin sensitivity), the matching benefit (better sleep restores it) is proven too.',
  'short-sleep-inflames': 'Cutting sleep short is proven to raise inflammatory markers such as CRP.',
  'masld-means-ir': 'MASLD means insulin resistance of the liver.',
  'pcos-always-ir': 'Every woman with PCOS is insulin resistant, or PCOS is caused by insulin resistance.',
  'glucose-lowering-prevents-mi': 'Lowering blood glucose is proven to prevent heart attacks.',
  'relative-as-absolute':
    'A relative risk reduction (58% fewer cases) says how many people out of 100 were spared.',
  'index-diagnoses-ir': 'A HOMA-IR or other index value diagnoses insulin resistance as a disease.',
} as const satisfies Record<string, string>;

/** A misconception tag a quiz option may carry. */
export type MisconceptionId = keyof typeof misconceptions;

export function isMisconceptionId(value: unknown): value is MisconceptionId {
  return typeof value === 'string' && Object.hasOwn(misconceptions, value);
}
