import type { Quiz } from '../../quiz/types';

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
      id: 'fontana-portal-signal',
      kind: 'single',
      prompt:
        'In Fontana 2007, which signal was clearly higher in portal-vein blood (leaving visceral fat) than in arterial blood?',
      explanation:
        'IL-6 was about 50% higher in portal than in arterial blood, and portal IL-6 correlated with CRP (r = 0.544). TNF-α, MCP-1, resistin and adiponectin did not differ.',
      lesson: `${L}/visceral-fat#portal-il6-study`,
      options: [
        {
          id: 'il-6',
          text: 'IL-6',
          correct: true,
          feedback:
            'Right. Portal IL-6 was about 50% higher and tracked CRP, the liver’s inflammation marker.',
        },
        {
          id: 'tnf-alpha',
          text: 'TNF-α',
          correct: false,
          feedback:
            'TNF-α did not differ between portal and arterial blood. In people, TNF-α acts mainly inside fat tissue and is barely detectable in blood.',
          misconception: 'visceral-fat-secretes-tnf',
        },
        {
          id: 'adiponectin',
          text: 'Adiponectin',
          correct: false,
          feedback: 'Adiponectin did not differ between portal and arterial blood in this study.',
        },
        {
          id: 'mcp-1',
          text: 'MCP-1',
          correct: false,
          feedback:
            'MCP-1, a signal that attracts macrophages, did not differ between portal and arterial blood.',
        },
      ],
    },
    {
      id: 'fontana-limits',
      kind: 'multiple',
      prompt:
        'Which of these are real limitations of the Fontana 2007 visceral fat study? Choose all that apply.',
      explanation:
        'The study sampled 25 people with extreme obesity (mean BMI about 55) once, during gastric bypass surgery, and reported correlations. It was a human study, which is one of its strengths.',
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
          id: 'mouse-study',
          text: 'It was done in mice, so it says nothing about people.',
          correct: false,
          feedback: 'It was a human study: the blood came from patients during surgery.',
        },
      ],
    },
    {
      id: 'refined-carbs-evidence',
      kind: 'single',
      prompt: 'Why does the course call the link from refined carbohydrates to inflammation “indirect”?',
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
          text: 'Refined carbohydrates bind TLR4 directly, like LPS.',
          correct: false,
          feedback:
            'TLR4 is linked to saturated fatty acids and LPS in mouse studies, not to refined carbohydrates.',
        },
        {
          id: 'glucose-spike-inflames',
          text: 'Every glucose spike after a meal is itself chronic inflammation.',
          correct: false,
          feedback:
            'A glucose spike raises insulin demand; chronic low-grade inflammation is a long-term state, not a single post-meal rise.',
          misconception: 'short-term-overstated',
        },
      ],
    },
    {
      id: 'single-high-fat-meal',
      kind: 'true-false',
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
      id: 'saturated-fat-tlr4',
      kind: 'single',
      prompt: 'What did Shi and colleagues (2006) show about saturated fatty acids?',
      explanation:
        'In mice, saturated fatty acids signaled through TLR4, the receptor that detects bacterial LPS, causing inflammation and insulin resistance; disabling TLR4 blunted these effects. How much this matters in people is not settled.',
      lesson: `${L}/diet-carbohydrates-and-fats#saturated-fat-tlr4`,
      options: [
        {
          id: 'tlr4-mice',
          text: 'In mice, they can signal through TLR4 to cause inflammation and insulin resistance.',
          correct: true,
          feedback: 'Right. This shows the route exists; it is mouse and cell evidence.',
        },
        {
          id: 'proven-humans',
          text: 'They are proven to cause insulin resistance through TLR4 in people eating ordinary diets.',
          correct: false,
          feedback:
            'The TLR4 findings come from mice and cells; their weight in human insulin resistance is not established.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'glucose-spikes',
          text: 'They cause sharp blood glucose spikes after meals.',
          correct: false,
          feedback: 'Fat on its own barely raises blood glucose; saturated fat acts through other routes.',
        },
        {
          id: 'no-effect',
          text: 'They have no effect on immune signaling.',
          correct: false,
          feedback: 'In mice they activated TLR4, an immune sensor, and its inflammatory pathways.',
        },
      ],
    },
    {
      id: 'gut-chain-order',
      kind: 'order',
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
      id: 'cani-liver-only',
      kind: 'single',
      prompt:
        'In the Cani 2007 mouse study, what did a slow infusion of low-dose LPS do to insulin resistance?',
      explanation:
        'LPS infusion reproduced many effects of a high-fat diet in mice, but it caused insulin resistance in the liver, not whole-body insulin resistance.',
      lesson: `${L}/gut-dysbiosis-and-endotoxemia#cani-mouse-study`,
      options: [
        {
          id: 'liver-not-whole-body',
          text: 'It caused insulin resistance in the liver, but not whole-body insulin resistance.',
          correct: true,
          feedback: 'Right. Even in mice, low-dose LPS alone did not recreate the full picture.',
        },
        {
          id: 'whole-body-humans',
          text: 'It caused whole-body insulin resistance, proving that LPS causes insulin resistance in people.',
          correct: false,
          feedback: 'It did not cause whole-body insulin resistance, and it was a mouse study.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'no-effect',
          text: 'It had no effect at all.',
          correct: false,
          feedback: 'It reproduced many effects of the high-fat diet and caused liver insulin resistance.',
        },
        {
          id: 'improved',
          text: 'It improved insulin sensitivity.',
          correct: false,
          feedback: 'LPS infusion worsened insulin action in the liver; it did not improve it.',
        },
      ],
    },
    {
      id: 'endotoxemia-human-evidence',
      kind: 'multiple',
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
      prompt: 'Put the steps of the stress response that ends in cortisol opposing insulin in order.',
      explanation:
        'The HPA axis is a relay: hypothalamus, then pituitary, then adrenal glands, which release cortisol, which opposes insulin in liver, muscle and fat.',
      lesson: `${L}/stress-and-cortisol#hpa-axis`,
      steps: [
        {
          id: 'hypothalamus',
          text: 'The hypothalamus senses a threat and sends a signal',
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
          id: 'more-sensitive',
          text: 'It makes muscle more responsive to insulin.',
          correct: false,
          feedback: 'The opposite: cortisol reduces muscle’s response to insulin.',
        },
      ],
    },
    {
      id: 'stress-belly-fat-evidence',
      kind: 'single',
      prompt: 'What does the evidence show about cortisol, stress and central (belly) fat?',
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
          text: 'Cortisol has no effect on insulin or body fat at any level.',
          correct: false,
          feedback:
            'Cushing’s syndrome and steroid medicines show that high cortisol causes insulin resistance and central fat.',
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
      prompt:
        'Buxton 2010 restricted 20 healthy men to 5 hours of sleep a night for a week. How did the fall in insulin sensitivity relate to cortisol?',
      explanation:
        'Insulin sensitivity fell by 20% (IVGTT) and 11% (clamp), and the fall did not correlate with the change in cortisol, so other mechanisms must be involved.',
      lesson: `${L}/sleep#buxton-study`,
      options: [
        {
          id: 'no-correlation',
          text: 'It did not correlate with the change in cortisol.',
          correct: true,
          feedback: 'Right. Cortisol is not the master key to every lifestyle effect.',
        },
        {
          id: 'fully-explained',
          text: 'It was fully explained by a rise in cortisol.',
          correct: false,
          feedback: 'The fall in insulin sensitivity did not track the cortisol change.',
          misconception: 'cortisol-explains-all',
        },
        {
          id: 'no-change',
          text: 'Insulin sensitivity did not change.',
          correct: false,
          feedback: 'It fell by 20% on the IVGTT and 11% on the euglycemic clamp.',
        },
        {
          id: 'not-measured',
          text: 'Cortisol was not measured.',
          correct: false,
          feedback: 'Cortisol was measured, which is how the team could show it did not explain the change.',
        },
      ],
    },
    {
      id: 'sleep-studies-conclusion',
      kind: 'single',
      prompt:
        'Which conclusion do the sleep-restriction studies (Spiegel 1999, Buxton 2010, Klingenberg 2013) support?',
      explanation:
        'They were small (11–21 people), short (3–7 nights) and in healthy young males. They show that restricting sleep can measurably reduce glucose tolerance and insulin sensitivity, not that one night causes diabetes.',
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
            'These studies were chosen for glucose and insulin measures; they do not establish an inflammatory effect.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'spiegel-clamp',
          text: 'Spiegel 1999 measured insulin sensitivity with a clamp.',
          correct: false,
          feedback: 'Spiegel 1999 measured glucose tolerance; Buxton 2010 used the clamp.',
        },
      ],
    },
  ],
};

export default quiz;
