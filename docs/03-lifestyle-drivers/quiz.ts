import type { Quiz } from '../../src/quiz/types';

const L = '/learn/lifestyle-drivers';

const quiz: Quiz = {
  id: 'lifestyle-drivers-quiz',
  title: 'Module 3 quiz: Lifestyle factors driving the connection',
  module: 'lifestyle-drivers',
  passThreshold: 0.7,
  questions: [
    {
      id: 'portal-vein-route',
      kind: 'true-false',
      level: 'recall',
      prompt:
        'True or false: blood draining from most visceral fat flows through the portal vein, so the liver receives what visceral fat releases before the rest of the body does.',
      explanation:
        'Visceral fat drains into the portal vein, which runs straight to the liver. That is why researchers sample portal blood to learn what visceral fat releases.',
      lesson: `${L}/visceral-fat#two-kinds-of-fat`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback: 'Right. The liver gets visceral fat’s signals first and in concentrated form.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'Visceral fat does drain into the portal vein, which leads directly to the liver; subcutaneous fat drains into the general circulation instead.',
        },
      ],
    },
    {
      id: 'portal-blood-interpretation',
      kind: 'single',
      level: 'apply',
      prompt:
        'Surgeons take blood from the portal vein (which drains visceral fat) and from an artery in 25 people with severe obesity. Portal blood has about 50% more IL-6 than arterial blood, and portal IL-6 tracks CRP, but TNF-α is the same in both. Which reading of these results is best?',
      explanation:
        'Portal blood shows what visceral fat adds before the blood reaches the liver. Here it added IL-6, which tracked CRP, but not TNF-α. That fits TNF-α acting mainly locally inside fat tissue, although the study did not test why. A correlation measured once in 25 people with extreme obesity cannot prove that portal IL-6 causes the liver to make CRP.',
      lesson: `${L}/visceral-fat#portal-il6-study`,
      options: [
        {
          id: 'il6-not-tnf',
          text: 'Visceral fat adds IL-6 to blood heading for the liver; the results give no support to the idea that it releases TNF-α into the blood.',
          correct: true,
          feedback:
            'Right. IL-6 is the signal this study showed leaving visceral fat, and the TNF-α result is consistent with TNF-α acting mainly inside fat tissue (paracrine).',
        },
        {
          id: 'tnf-confirmed',
          text: 'The results confirm that visceral fat pours TNF-α into the bloodstream.',
          correct: false,
          feedback:
            'TNF-α did not differ between portal and arterial blood, so this study gives no support to that popular claim.',
          misconception: 'visceral-fat-secretes-tnf',
        },
        {
          id: 'il6-causes-crp-proven',
          text: 'The results prove that IL-6 from visceral fat causes the liver to make CRP.',
          correct: false,
          feedback:
            'The link between portal IL-6 and CRP is a moderate correlation (r = 0.544) measured at one point in time. It fits that idea but cannot prove cause.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'no-tnf-in-fat',
          text: 'Fat tissue makes no TNF-α, since no extra TNF-α appeared in portal blood.',
          correct: false,
          feedback:
            'Fat tissue does make TNF-α: obese women had more TNF-α messenger RNA in their fat, and in mice its macrophages make almost all of it. It seems to act mainly inside the tissue rather than through the blood.',
          misconception: 'tnf-circulates',
        },
      ],
    },
    {
      id: 'fontana-limits',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Which of these are real limitations of the Fontana 2007 visceral fat study? Choose all that apply.',
      explanation:
        'The study sampled 25 people with extreme obesity (mean BMI about 55) once, during gastric bypass surgery, and reported correlations. Sampling the portal vein was a strength, not a weakness: it shows what visceral fat adds before the blood reaches the liver.',
      lesson: `${L}/visceral-fat#portal-il6-study`,
      options: [
        {
          id: 'extreme-obesity',
          text: 'Its 25 participants had extreme obesity and were having gastric bypass surgery.',
          correct: true,
          feedback: 'Right. Results may not apply to people with moderate amounts of visceral fat.',
        },
        {
          id: 'correlation',
          text: 'The link between portal IL-6 and CRP is a correlation, which cannot prove cause.',
          correct: true,
          feedback: 'Right. A correlation of 0.544 is moderate and cannot show which way the influence runs.',
        },
        {
          id: 'single-time',
          text: 'Blood was sampled at a single point in time.',
          correct: true,
          feedback: 'Right. One snapshot cannot show how the signals change over time.',
        },
        {
          id: 'portal-wrong-site',
          text: 'Portal blood was the wrong sample, because it does not carry what visceral fat releases.',
          correct: false,
          feedback:
            'Portal sampling is the study’s strength: blood from most visceral fat drains into the portal vein, so portal blood shows what visceral fat adds before it is diluted in the rest of the circulation.',
        },
      ],
    },
    {
      id: 'refined-carbs-evidence',
      kind: 'single',
      level: 'apply',
      prompt:
        'A headline says: “Science proves that sugar inflames your body.” Which description of the evidence linking refined carbohydrates to inflammation is most accurate?',
      explanation:
        'No landmark primary study shows it directly in people. Reviews infer it from mechanisms: a chronic energy surplus enlarges fat tissue and fills liver and muscle with ectopic fat, which switch on inflammatory pathways.',
      lesson: `${L}/diet-carbohydrates-and-fats#refined-carbs-evidence`,
      options: [
        {
          id: 'inferred-from-reviews',
          text: 'It is inferred from reviews of mechanisms, such as energy surplus and ectopic fat, rather than shown by a direct human experiment.',
          correct: true,
          feedback:
            'Right. In real diets, refined carbohydrates travel with extra calories and low fiber, so their own effect is hard to isolate.',
        },
        {
          id: 'landmark-trial',
          text: 'A landmark randomized trial proved that sugar directly inflames tissues.',
          correct: false,
          feedback:
            'No such landmark study exists in the course’s references; the link rests on reviews of mechanisms.',
          misconception: 'sugar-directly-inflames',
        },
        {
          id: 'tlr4-direct',
          text: 'Studies found that refined carbohydrates switch on the immune sensor TLR4, just as bacterial LPS does.',
          correct: false,
          feedback:
            'That mixes up two nutrients. TLR4 matters in mouse and cell studies of saturated fatty acids (and even there, direct binding is disputed), not in studies of refined carbohydrates.',
        },
        {
          id: 'glucose-spike-inflames',
          text: 'Each glucose spike after a meal has been shown to cause lasting inflammation.',
          correct: false,
          feedback:
            'A glucose spike raises insulin demand for a few hours; chronic low-grade inflammation is a long-term state, and no study in this lesson shows that single spikes cause it.',
          misconception: 'short-term-overstated',
        },
      ],
    },
    {
      id: 'single-high-fat-meal',
      kind: 'true-false',
      level: 'recall',
      prompt: 'True or false: a single high-fat meal consistently raises plasma cytokines in people.',
      explanation:
        'A review of 57 studies (Herieka & Erridge 2014) found that plasma cytokines were not consistently raised after high-fat meals, although markers of white blood cell activation often were.',
      lesson: `${L}/diet-carbohydrates-and-fats#single-meal`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Plasma cytokines did not rise consistently across 57 studies. A short post-meal response is not chronic inflammation.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. What matters is the long-term eating pattern, not one meal.',
        },
      ],
    },
    {
      id: 'tlr4-claim-scenario',
      kind: 'single',
      level: 'apply',
      prompt:
        'A blog post says: “Saturated fat switches on TLR4, the same receptor that detects bacteria, so it inflames you like an infection.” Which response best fits the evidence in this course?',
      explanation:
        'In mouse and cell studies, the inflammation caused by saturated fatty acids is TLR4-dependent: disabling TLR4 blunted it. Whether they bind TLR4 directly is disputed: later cell and mouse work found that palmitic acid is not a TLR4 agonist, and that TLR4 instead primes macrophages so that palmitic acid becomes inflammatory. How much this route matters in people eating ordinary diets is not settled.',
      lesson: `${L}/diet-carbohydrates-and-fats#saturated-fat-tlr4`,
      options: [
        {
          id: 'dependent-disputed',
          text: 'In mice and cells, saturated fat causes inflammation in a TLR4-dependent way, but whether it binds TLR4 directly is disputed, and its importance in people is not settled.',
          correct: true,
          feedback:
            'Right. TLR4 is needed, but how it is involved, and how much the route matters in people, are open questions.',
        },
        {
          id: 'binds-like-lps',
          text: 'Studies prove that saturated fat binds and switches on TLR4 directly, just as bacterial LPS does.',
          correct: false,
          feedback:
            'Direct binding is disputed: cell and mouse work found that palmitic acid is not a TLR4 agonist, although TLR4 was still needed for its inflammatory effect.',
          misconception: 'tlr4-direct-binding',
        },
        {
          id: 'tlr4-irrelevant',
          text: 'Because one line of work found that palmitic acid is not a TLR4 agonist, TLR4 has nothing to do with the inflammation saturated fat causes.',
          correct: false,
          feedback:
            'That swings too far. Even the work that questioned direct binding found that TLR4 was needed, acting by priming macrophages.',
        },
        {
          id: 'proven-people',
          text: 'The mouse findings show that saturated fat causes insulin resistance through TLR4 in people eating ordinary diets.',
          correct: false,
          feedback:
            'The TLR4 findings come from mice and cells; how much this route contributes to insulin resistance in people is not established.',
          misconception: 'mouse-equals-human',
        },
      ],
    },
    {
      id: 'gut-chain-order',
      kind: 'order',
      level: 'recall',
      prompt: 'Put the steps of the proposed gut route from diet to inflammation in order.',
      explanation:
        'The proposed chain runs from diet to dysbiosis, a more permeable barrier, more LPS in the blood, TLR4 activation and low-grade inflammation. Most of its links have been shown in mice.',
      lesson: `${L}/gut-dysbiosis-and-endotoxemia#metabolic-endotoxemia`,
      steps: [
        {
          id: 'diet',
          text: 'A high-fat, low-fiber diet',
          feedback: 'The starting point: diet shifts the gut bacteria.',
        },
        {
          id: 'dysbiosis',
          text: 'Gut dysbiosis',
          feedback: 'An imbalance in the gut’s bacterial community.',
        },
        {
          id: 'permeability',
          text: 'A more permeable gut barrier',
          feedback: 'The barrier may let through more than it should.',
        },
        {
          id: 'lps',
          text: 'More LPS in the blood',
          feedback: 'A small, chronic rise in blood LPS: metabolic endotoxemia.',
        },
        {
          id: 'tlr4',
          text: 'TLR4 switched on in immune cells',
          feedback: 'Immune cells detect LPS with TLR4 and its partner CD14.',
        },
        {
          id: 'inflammation',
          text: 'Low-grade inflammation',
          feedback: 'The end of the proposed chain, which can impair insulin action.',
        },
      ],
    },
    {
      id: 'lps-infusion-scenario',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a mouse study, a high-fat diet raised blood LPS two- to threefold, and a slow infusion of low-dose LPS into normally fed mice reproduced many effects of the diet. The infusion caused insulin resistance in the liver, but not in the whole body. What may a reader reasonably conclude about people?',
      explanation:
        'The study makes metabolic endotoxemia a plausible hypothesis worth testing in people. It cannot prove the route in humans, and even in mice low-dose LPS alone caused liver, not whole-body, insulin resistance. Human evidence so far is small or observational, and LPS is hard to measure in blood.',
      lesson: `${L}/gut-dysbiosis-and-endotoxemia#cani-mouse-study`,
      options: [
        {
          id: 'plausible-not-proven',
          text: 'LPS from the gut is a plausible contributor worth studying in people, but this mouse study cannot show that it causes insulin resistance in humans.',
          correct: true,
          feedback: 'Right. Even in mice, LPS alone reproduced only part of the picture.',
        },
        {
          id: 'proven-in-people',
          text: 'LPS leaking from the gut is now a proven cause of insulin resistance in people.',
          correct: false,
          feedback:
            'This was a mouse study. In people, metabolic endotoxemia is still a hypothesis: the human data are small or observational.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'no-effect-on-insulin',
          text: 'Because whole-body insulin resistance did not develop, LPS has no effect on insulin action.',
          correct: false,
          feedback:
            'That goes too far: the infusion did cause insulin resistance in the liver. It did not recreate the full, whole-body picture.',
        },
        {
          id: 'blood-test',
          text: 'A blood test for LPS can now show whether a person’s gut is causing their insulin resistance.',
          correct: false,
          feedback:
            'No validated routine test does this, and the usual LPS assay works close to its detection limit in plasma.',
          misconception: 'leaky-gut-proven',
        },
      ],
    },
    {
      id: 'endotoxemia-human-evidence',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Which statements about the human evidence on metabolic endotoxemia are accurate? Choose all that apply.',
      explanation:
        'Human data are small (12 men after one meal) or observational (FINRISK97), and the LAL assay used to measure LPS is unreliable in plasma. There is no validated routine test for “leaky gut” as a cause of insulin resistance.',
      lesson: `${L}/gut-dysbiosis-and-endotoxemia#human-evidence`,
      options: [
        {
          id: 'erridge-small',
          text: 'Plasma endotoxin rose about 50% after a high-fat meal in a study of 12 healthy men.',
          correct: true,
          feedback: 'Right. A real finding, but small and short-term.',
        },
        {
          id: 'pussinen-observational',
          text: 'In FINRISK97, higher endotoxin activity was associated with a higher risk of diabetes, an observational link.',
          correct: true,
          feedback: 'Right. It shows an association, not a cause.',
        },
        {
          id: 'lal-limits',
          text: 'The LAL assay used to measure LPS is affected by substances in plasma and works close to its detection limit.',
          correct: true,
          feedback: 'Right. Many plasma measurements are uncertain.',
        },
        {
          id: 'routine-test',
          text: 'A routine test can show that leaky gut is causing a person’s insulin resistance.',
          correct: false,
          feedback:
            'No validated routine test does this. Leaky gut is a plausible hypothesis, not an established, measurable cause in people.',
          misconception: 'leaky-gut-proven',
        },
      ],
    },
    {
      id: 'hpa-relay-order',
      kind: 'order',
      level: 'recall',
      prompt: 'Put the steps of the stress response that ends in cortisol opposing insulin in order.',
      explanation:
        'The HPA axis is a relay: hypothalamus, then pituitary, then adrenal glands, which release cortisol, which opposes insulin in liver, muscle and fat.',
      lesson: `${L}/stress-and-cortisol#hpa-axis`,
      steps: [
        {
          id: 'hypothalamus',
          text: 'The brain senses a threat, and the hypothalamus sends a signal',
          feedback: 'The relay starts at the base of the brain.',
        },
        {
          id: 'pituitary',
          text: 'The pituitary gland releases a hormone into the blood',
          feedback: 'The pituitary passes the message on through the bloodstream.',
        },
        {
          id: 'adrenal',
          text: 'The adrenal glands release cortisol',
          feedback: 'Cortisol is a glucocorticoid made by the adrenal glands above the kidneys.',
        },
        {
          id: 'opposes-insulin',
          text: 'Cortisol opposes insulin in liver, muscle and fat',
          feedback: 'Cortisol makes fuel available, pulling against insulin’s storage signal.',
        },
      ],
    },
    {
      id: 'cortisol-actions',
      kind: 'multiple',
      level: 'recall',
      prompt: 'In which ways does cortisol oppose insulin? Choose all that apply.',
      explanation:
        'Cortisol raises glucose production in the liver, reduces insulin-stimulated glucose uptake in muscle and promotes release of fatty acids from fat, which impair insulin action.',
      lesson: `${L}/stress-and-cortisol#cortisol-opposes-insulin`,
      options: [
        {
          id: 'liver-glucose',
          text: 'It increases the liver’s production of new glucose.',
          correct: true,
          feedback: 'Right. Insulin tells the liver to stop making glucose; cortisol pushes the other way.',
        },
        {
          id: 'muscle-uptake',
          text: 'It reduces insulin-stimulated glucose uptake in muscle.',
          correct: true,
          feedback: 'Right. More insulin is then needed to clear the same amount of sugar.',
        },
        {
          id: 'fatty-acids',
          text: 'It promotes the release of fatty acids from fat stores.',
          correct: true,
          feedback: 'Right. High blood fatty acids impair insulin action in liver and muscle.',
        },
        {
          id: 'helps-muscle-uptake',
          text: 'It helps insulin push glucose into muscle to fuel a fight-or-flight response.',
          correct: false,
          feedback:
            'Cortisol makes fuel available in the blood, but in muscle it reduces insulin-stimulated glucose uptake rather than helping insulin.',
        },
      ],
    },
    {
      id: 'stress-belly-fat-evidence',
      kind: 'single',
      level: 'apply',
      prompt:
        'A colleague under heavy work stress says: “It’s proven that my stress hormones are giving me belly fat.” What does the evidence in this course support?',
      explanation:
        'Pathological glucocorticoid excess (Cushing’s syndrome, long-term steroid medicines) clearly causes insulin resistance and central fat. Epel 2000 was cross-sectional (59 women), so it cannot show that everyday stress causes belly fat.',
      lesson: `${L}/stress-and-cortisol#epel-study`,
      options: [
        {
          id: 'pathological-clear',
          text: 'Cause and effect is clear at pathological cortisol exposure, but not established for everyday stress.',
          correct: true,
          feedback: 'Right. Everyday stress is linked with central fat by associations, not proof.',
        },
        {
          id: 'proven-everyday',
          text: 'Epel 2000 proved that everyday stress causes belly fat.',
          correct: false,
          feedback:
            'Epel 2000 was a cross-sectional study of 59 women. It cannot show which came first, stress responses or central fat.',
          misconception: 'stress-proven-belly-fat',
        },
        {
          id: 'no-link',
          text: 'Because Epel 2000 could not prove cause, cortisol has been shown to have no effect on body fat.',
          correct: false,
          feedback:
            'A cross-sectional study cannot prove an effect, but it cannot rule one out either. And at high exposure (Cushing’s syndrome, long-term steroid medicines) cortisol does cause insulin resistance and central fat.',
        },
        {
          id: 'cortisol-inflames',
          text: 'Cortisol causes insulin resistance mainly by inflaming tissues.',
          correct: false,
          feedback:
            'Glucocorticoids are anti-inflammatory; cortisol opposes insulin through its effects on liver, muscle and fat.',
        },
      ],
    },
    {
      id: 'buxton-cortisol',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a sleep-restriction study, 20 healthy men slept 5 hours a night for a week. Their insulin sensitivity fell and their cortisol changed, but the change in insulin sensitivity did not correlate with the change in cortisol. What is the most reasonable reading?',
      explanation:
        'Insulin sensitivity fell by 20% on the IVGTT and 11% on the clamp, and its change did not correlate with the change in cortisol. In a study of 20 men, that suggests, but does not prove, that cortisol is not the whole story; the mechanism remains open.',
      lesson: `${L}/sleep#buxton-study`,
      options: [
        {
          id: 'not-whole-story',
          text: 'Cortisol is probably not the whole explanation, although a missing correlation in 20 men cannot rule it out.',
          correct: true,
          feedback:
            'Right. The result points away from cortisol as the only route, without showing what the other routes are.',
        },
        {
          id: 'only-cortisol',
          text: 'Sleep loss lowers insulin sensitivity only by raising cortisol.',
          correct: false,
          feedback:
            'If cortisol were the only route, the two changes would be expected to go together; in this study they did not.',
          misconception: 'cortisol-explains-all',
        },
        {
          id: 'cortisol-ruled-out',
          text: 'The study proves that cortisol plays no part in the effect of sleep loss on insulin.',
          correct: false,
          feedback:
            'A missing correlation in a small, one-week study suggests, but does not prove, that cortisol is not the whole story.',
        },
        {
          id: 'no-real-effect',
          text: 'Because the changes did not correlate, sleep loss did not really affect insulin sensitivity.',
          correct: false,
          feedback:
            'Insulin sensitivity did fall, by 20% on the IVGTT and 11% on the clamp. The missing correlation concerns its link with cortisol, not whether it fell.',
        },
      ],
    },
    {
      id: 'sleep-studies-conclusion',
      kind: 'single',
      level: 'apply',
      prompt:
        'Which conclusion do the sleep-restriction experiments in this course (11 to 21 healthy young males, 3 to 7 nights) support?',
      explanation:
        'They were small (11–21 people), short (3–7 nights) and in healthy young males. They show that restricting sleep can measurably reduce glucose tolerance and insulin sensitivity, not that one night causes diabetes, and not what happens in other groups or over years.',
      lesson: `${L}/sleep#sleep-evidence-limits`,
      options: [
        {
          id: 'short-term-effect',
          text: 'Restricting sleep for a few nights to a week can measurably reduce insulin action in healthy young people.',
          correct: true,
          feedback: 'Right. A real, quick effect, shown in small, short studies.',
        },
        {
          id: 'one-night-diabetes',
          text: 'One bad night of sleep can give you type 2 diabetes.',
          correct: false,
          feedback:
            'The studies lasted 3–7 nights, and type 2 diabetes develops over years and also requires beta-cell failure.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'proven-inflammation',
          text: 'Sleep loss is proven to cause chronic inflammation.',
          correct: false,
          feedback:
            'These experiments measured glucose and insulin, not inflammation. When many sleep-loss experiments were pooled, sleep loss was not linked with higher CRP, IL-6 or TNF-α.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'applies-to-everyone',
          text: 'The effect is proven to be the same in women, older adults and people who already have insulin resistance.',
          correct: false,
          feedback:
            'The experiments included only healthy young males, so they cannot show whether the effect is the same in other groups.',
        },
      ],
    },
    {
      id: 'sleep-inflammation-evidence',
      kind: 'single',
      level: 'apply',
      prompt:
        'A meta-analysis pools 72 studies. In observational studies, poor sleep quality and long sleep go with slightly higher CRP and IL-6. In experiments that cut people’s sleep short, CRP, IL-6 and TNF-α do not rise. What is the most reasonable conclusion?',
      explanation:
        'The observational links are small and cannot show cause, and the experiments, which can test cause over the short term, found no rise in inflammation markers. Poor sleep quality is linked with slightly higher inflammation markers, but the evidence does not show that a short night inflames you.',
      lesson: `${L}/sleep#sleep-and-inflammation`,
      options: [
        {
          id: 'linked-not-shown',
          text: 'Poor sleep quality goes with slightly higher inflammation markers, but the evidence does not show that cutting sleep short causes inflammation.',
          correct: true,
          feedback: 'Right. The links are observational and small, and the experiments found no rise.',
        },
        {
          id: 'short-night-inflames',
          text: 'A short night is enough to inflame the body.',
          correct: false,
          feedback: 'The experiments that cut sleep short found no rise in CRP, IL-6 or TNF-α.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'large-numbers-prove',
          text: 'Because so many people were studied, the observational links prove that poor sleep causes inflammation.',
          correct: false,
          feedback:
            'Large numbers do not turn an association into a cause: something else, such as illness or low mood, could both disturb sleep and raise CRP.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'more-sleep-better',
          text: 'Sleeping as long as possible is the surest way to keep inflammation low.',
          correct: false,
          feedback:
            'Long sleep was also associated with higher CRP and IL-6, so “the more the better” does not fit these data (which are associations, not proof either way).',
        },
      ],
    },
  ],
};

export default quiz;
