import type { Quiz } from '../../src/quiz/types';

const L = '/learn/measuring';

const quiz: Quiz = {
  id: 'measuring-quiz',
  title: 'Module 5 quiz: Measuring it',
  module: 'measuring',
  passThreshold: 0.7,
  questions: [
    {
      id: 'clamp-reference',
      kind: 'single',
      level: 'recall',
      prompt: 'Which method is the reference standard for measuring insulin sensitivity?',
      explanation:
        'The hyperinsulinemic–euglycemic clamp infuses insulin at a steady rate and adjusts a glucose infusion to hold blood glucose normal; the glucose needed measures insulin sensitivity directly. Surrogate indices estimate it.',
      lesson: `${L}/why-measure#the-clamp`,
      options: [
        {
          id: 'clamp',
          text: 'The hyperinsulinemic–euglycemic clamp',
          correct: true,
          feedback:
            'Right. It measures how much glucose the body clears at a known insulin level, but it takes hours and is a research tool.',
        },
        {
          id: 'homa-ir',
          text: 'HOMA-IR from a fasting blood sample',
          correct: false,
          feedback:
            'HOMA-IR is a surrogate index: a formula that estimates what the clamp measures directly.',
          misconception: 'surrogate-equals-clamp',
        },
        {
          id: 'crp',
          text: 'A high-sensitivity CRP test',
          correct: false,
          feedback: 'CRP is a marker of systemic inflammation, not a measure of insulin sensitivity.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'fasting-glucose',
          text: 'Fasting blood glucose on its own',
          correct: false,
          feedback:
            'Fasting glucose can stay normal for years while the pancreas compensates with extra insulin, so it misses much insulin resistance.',
          misconception: 'ir-equals-diabetes',
        },
      ],
    },
    {
      id: 'fasting-indices-liver',
      kind: 'true-false',
      level: 'recall',
      prompt:
        'True or false: fasting indices such as HOMA-IR mainly reflect insulin sensitivity in the liver, whereas the clamp mainly reflects muscle.',
      explanation:
        'After an overnight fast, blood glucose is held steady mainly by the liver, restrained by fasting insulin. Under the clamp’s high insulin, most glucose goes into muscle. The two overlap but are not the same.',
      lesson: `${L}/why-measure#fasting-reflects-liver`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback: 'Right. That is one reason a fasting index and a clamp can disagree in the same person.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'Fasting indices are commonly described as reflecting mainly hepatic (liver) insulin sensitivity; the clamp mainly reflects muscle.',
          misconception: 'surrogate-equals-clamp',
        },
      ],
    },
    {
      id: 'pregnancy-scope',
      kind: 'true-false',
      level: 'apply',
      prompt:
        'True or false: a published HOMA-IR or TyG cut-off can be applied to a fasting blood sample taken late in pregnancy.',
      explanation:
        'Pregnancy changes insulin sensitivity by itself: small clamp studies found that it rises in early pregnancy and falls by about half by late pregnancy. The surrogate indices and their cut-offs were not made for pregnancy and do not apply.',
      lesson: `${L}/why-measure#scope`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Late pregnancy lowers insulin sensitivity by itself, so cut-offs from non-pregnant adults do not apply.',
          misconception: 'single-cutoff',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. The indices are meant for adults without type 1 diabetes who are not pregnant and not treated with insulin or insulin-releasing medicines.',
        },
      ],
    },
    {
      id: 'homa-ir-example',
      kind: 'single',
      level: 'apply',
      prompt:
        'Fasting insulin is 10 µU/mL and fasting glucose is 5.0 mmol/L (about 90 mg/dL). What is HOMA-IR?',
      explanation:
        'HOMA-IR = insulin × glucose (mmol/L) ÷ 22.5 = 10 × 5.0 ÷ 22.5 ≈ 2.22. With mg/dL: 10 × 90 ÷ 405 ≈ 2.22, the same answer because 22.5 × 18 = 405.',
      lesson: `${L}/homa-ir-and-quicki#homa-ir-example`,
      options: [
        {
          id: 'about-2-22',
          text: 'About 2.22',
          correct: true,
          feedback: 'Right: 10 × 5.0 ÷ 22.5, or 10 × 90 ÷ 405.',
        },
        {
          id: 'forty',
          text: '40',
          correct: false,
          feedback:
            'That comes from dividing 10 × 90 (glucose in mg/dL) by 22.5. The mg/dL form needs the divisor 405.',
          misconception: 'mixed-units',
        },
        {
          id: 'about-0-338',
          text: 'About 0.338',
          correct: false,
          feedback: 'That is QUICKI for the same values, a different index on a different scale.',
        },
        {
          id: 'about-0-12',
          text: 'About 0.12',
          correct: false,
          feedback:
            'That comes from dividing 10 × 5.0 (glucose in mmol/L) by 405. The mmol/L form needs the divisor 22.5.',
          misconception: 'mixed-units',
        },
      ],
    },
    {
      id: 'sam-homa-ir',
      kind: 'single',
      level: 'apply',
      prompt:
        'Sam’s fasting blood, taken when he was well, shows insulin 16 µU/mL and glucose 106 mg/dL (about 5.9 mmol/L). What is his HOMA-IR?',
      explanation:
        'With glucose in mg/dL: 16 × 106 ÷ 405 = 1,696 ÷ 405 ≈ 4.19. With glucose in mmol/L: 16 × 5.9 ÷ 22.5 ≈ 4.2; the tiny difference comes only from rounding 106 mg/dL to 5.9 mmol/L.',
      lesson: `${L}/homa-ir-and-quicki#homa-ir-sam`,
      options: [
        {
          id: 'about-4-19',
          text: 'About 4.19',
          correct: true,
          feedback: 'Right: 16 × 106 ÷ 405, or 16 × 5.9 ÷ 22.5.',
        },
        {
          id: 'about-75',
          text: 'About 75',
          correct: false,
          feedback:
            'That comes from dividing 16 × 106 (glucose in mg/dL) by 22.5. The mg/dL form needs the divisor 405.',
          misconception: 'mixed-units',
        },
        {
          id: 'about-0-23',
          text: 'About 0.23',
          correct: false,
          feedback:
            'That comes from dividing 16 × 5.9 (glucose in mmol/L) by 405. The mmol/L form needs the divisor 22.5.',
          misconception: 'mixed-units',
        },
        {
          id: 'about-0-310',
          text: 'About 0.310',
          correct: false,
          feedback:
            'That is Sam’s QUICKI, a different index on a different scale, where lower means more resistant.',
        },
      ],
    },
    {
      id: 'homa-ir-units-order',
      kind: 'order',
      level: 'apply',
      prompt:
        'A lab report lists a fasting insulin and a fasting glucose, and you want to calculate HOMA-IR as a learning exercise. Put the steps in the right order.',
      explanation:
        'First find out which units the lab used. Then put insulin into µU/mL (converting from pmol/L if needed) and pick the divisor that matches the glucose unit (22.5 for mmol/L, 405 for mg/dL); these two preparations can be done in either order, so they form one step. Only then calculate, and read the result as a rough estimate, not a diagnosis.',
      lesson: `${L}/homa-ir-and-quicki#units`,
      steps: [
        {
          id: 'check-units',
          text: 'Read which units each result is reported in',
          feedback:
            'Most HOMA-IR errors are unit errors, and you cannot convert or choose a divisor without knowing the units.',
        },
        {
          id: 'convert-insulin',
          text: 'Get insulin into µU/mL (from pmol/L, divide by the lab’s factor, about 6) and pick the divisor for the glucose unit (22.5 for mmol/L, 405 for mg/dL)',
          feedback:
            'The formula expects insulin in µU/mL; unconverted pmol/L inflates the result about six-fold, and mg/dL glucose with 22.5 inflates it eighteen-fold.',
        },
        {
          id: 'calculate',
          text: 'Multiply insulin by glucose and divide by that divisor',
          feedback: 'Only now, with matching units, is the arithmetic done.',
        },
        {
          id: 'interpret-cautiously',
          text: 'Read the result as a rough estimate, not a diagnosis',
          feedback:
            'Its precision for one person is low, and any cut-off belongs to the population, insulin assay and HOMA version it came from.',
        },
      ],
    },
    {
      id: 'no-universal-cutoff',
      kind: 'true-false',
      level: 'recall',
      prompt:
        'True or false: a HOMA-IR above 2.5 means a person is insulin resistant, whatever the population or lab.',
      explanation:
        'Thresholds vary with population, age, sex, insulin assay and method. In one Spanish population the threshold was 3.46 by the 90th percentile but 2.05 when anchored to the metabolic syndrome.',
      lesson: `${L}/homa-ir-and-quicki#cut-offs`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'No single HOMA-IR cut-off is universal or diagnostic; even within one population, different methods gave 3.46 and 2.05.',
          misconception: 'single-cutoff',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. A cut-off belongs to the population, assay and HOMA version it came from.',
        },
      ],
    },
    {
      id: 'sam-homa-meaning',
      kind: 'single',
      level: 'apply',
      prompt:
        'Sam’s HOMA-IR works out at about 4.19. A friend says: “Anything above 2.5 is insulin resistance, so that settles it.” Which response fits this module best?',
      explanation:
        'HOMA-IR is a research estimate. There is no agreed clinical cut-off, thresholds vary with population and method, insulin tests differ between labs, and one result has a typical error of about 31% (about 1.3 on 4.19). It estimates mainly the liver, not what a clamp measures. A clinician reads it alongside glucose, HbA1c and the rest of the picture; diabetes and prediabetes are diagnosed from glucose and HbA1c, not from HOMA-IR.',
      lesson: `${L}/homa-ir-and-quicki#cut-offs`,
      options: [
        {
          id: 'research-estimate',
          text: 'It is a research estimate with no agreed cut-off; a clinician reads it together with his other results',
          correct: true,
          feedback:
            'Right. It leans the same way as his other results, but on its own it is not a diagnosis.',
        },
        {
          id: 'above-cutoff',
          text: 'The friend is right: 4.19 is above 2.5, so the question is settled',
          correct: false,
          feedback:
            'No single HOMA-IR cut-off is universal; in one Spanish population two reasonable methods gave 3.46 and 2.05.',
          misconception: 'single-cutoff',
        },
        {
          id: 'has-diabetes',
          text: 'A HOMA-IR above 4 means Sam has type 2 diabetes',
          correct: false,
          feedback:
            'Insulin resistance is not diabetes, and HOMA-IR is not a diagnostic test; diabetes is diagnosed from glucose and HbA1c.',
          misconception: 'ir-equals-diabetes',
        },
        {
          id: 'as-good-as-clamp',
          text: 'It measures his muscle’s insulin sensitivity as exactly as a clamp would',
          correct: false,
          feedback:
            'HOMA-IR is a fasting estimate that mainly reflects the liver; its typical error for one person is about 31%.',
          misconception: 'surrogate-equals-clamp',
        },
      ],
    },
    {
      id: 'homa-limits',
      kind: 'multiple',
      level: 'recall',
      prompt:
        'Which of these limit how much a single HOMA-IR result can say about one person? Select all that apply.',
      explanation:
        'HOMA-IR has a coefficient of variation of about 31%, insulin assays are not standardized, and HOMA1 and HOMA2 give different numbers from the same blood. The 22.5 and 405 forms are not a problem: with matching units they give the same answer.',
      lesson: `${L}/homa-ir-and-quicki#precision`,
      options: [
        {
          id: 'cv-31',
          text: 'Its precision for one person is low (a coefficient of variation of about 31%)',
          correct: true,
          feedback:
            'Right. On a result of 2.22, 31% is about 0.7, so the true value could lie well above or below it.',
        },
        {
          id: 'assays-differ',
          text: 'Insulin assays are not standardized between labs',
          correct: true,
          feedback: 'Right. The same blood can give different insulin values in different labs.',
        },
        {
          id: 'homa-versions',
          text: 'HOMA1 and HOMA2 give different numbers from the same blood values',
          correct: true,
          feedback: 'Right. The two versions are not interchangeable.',
        },
        {
          id: 'two-formulas-differ',
          text: 'The mmol/L form (÷ 22.5) and the mg/dL form (÷ 405) give different answers',
          correct: false,
          feedback:
            'With matching units they give the same answer, because 22.5 × 18 = 405. The problem is mixing them, for example mg/dL glucose with 22.5.',
        },
      ],
    },
    {
      id: 'quicki-direction',
      kind: 'single',
      level: 'recall',
      prompt: 'How does QUICKI relate to HOMA-IR?',
      explanation:
        'QUICKI = 1 ÷ (log insulin + log glucose in mg/dL), which equals 1 ÷ log(405 × HOMA-IR). It is a log-transformed HOMA: lower QUICKI means more insulin resistance, and it carries almost the same information.',
      lesson: `${L}/homa-ir-and-quicki#quicki`,
      options: [
        {
          id: 'same-info-inverse',
          text: 'It carries almost the same information; lower QUICKI means more insulin resistance',
          correct: true,
          feedback: 'Right. With insulin 10 µU/mL and glucose 90 mg/dL it is about 0.338.',
        },
        {
          id: 'independent-info',
          text: 'It measures something independent of HOMA-IR, so combining both doubles the evidence',
          correct: false,
          feedback: 'Both come from the same two fasting values; QUICKI is a mathematical transform of HOMA.',
        },
        {
          id: 'higher-worse',
          text: 'Higher QUICKI means more insulin resistance',
          correct: false,
          feedback:
            'QUICKI estimates insulin sensitivity, so it runs the other way: lower means more resistance.',
        },
        {
          id: 'healthy-range',
          text: 'One fixed QUICKI value separates healthy from unhealthy people',
          correct: false,
          feedback:
            'The "healthy range" figures quoted online come from an unsourced page; there is no established QUICKI reference range.',
          misconception: 'single-cutoff',
        },
      ],
    },
    {
      id: 'tyg-scale',
      kind: 'single',
      level: 'apply',
      prompt:
        'A paper gives a TyG cut-off of 4.65. Using TyG = ln(TG × FG / 2), you calculate 8.7 for a set of textbook values. What is the right conclusion?',
      explanation:
        '4.65 is on the half-log scale, ln(TG × FG) ÷ 2. Converted to the standard scale it is 2 × 4.65 − ln 2 ≈ 8.61, so 8.7 is only slightly above it. Even then, the cut-off comes from one Mexican population, was checked against HOMA-IR rather than the clamp, and had a specificity of only 45%, so it says little about one person.',
      lesson: `${L}/tyg-index#half-log-scale`,
      options: [
        {
          id: 'convert-first',
          text: 'Convert first: 4.65 on the half-log scale is about 8.61 on the standard scale',
          correct: true,
          feedback: 'Right. Standard = 2 × half-log − ln 2.',
        },
        {
          id: 'far-above',
          text: '8.7 is nearly double 4.65, so it is far above the cut-off',
          correct: false,
          feedback:
            'The two numbers are on different scales; comparing them directly makes almost everyone look "above the cut-off".',
          misconception: 'tyg-scale-mix',
        },
        {
          id: 'halve-it',
          text: 'Halve 8.7 to get 4.35, which is below the cut-off',
          correct: false,
          feedback:
            'Halving ignores the ln 2 term: 8.7 on the standard scale is about 4.70 on the half-log scale.',
          misconception: 'tyg-scale-mix',
        },
        {
          id: 'mmol',
          text: 'The difference means the paper used mmol/L',
          correct: false,
          feedback:
            'Both scales use mg/dL; the difference is where the log and the division by 2 are applied.',
        },
      ],
    },
    {
      id: 'sam-tyg',
      kind: 'single',
      level: 'apply',
      prompt:
        'Sam’s lab reports fasting triglycerides of 2.15 mmol/L and fasting glucose of 5.9 mmol/L. What is his standard TyG index, ln(TG × FG / 2)?',
      explanation:
        'Convert to mg/dL first: 2.15 × 88.57 ≈ 190 mg/dL and 5.9 × 18.0 ≈ 106 mg/dL. Then ln(190 × 106 ÷ 2) = ln(10,070) ≈ 9.22. On the half-log scale, ln(TG × FG) ÷ 2, the same values give about 4.96, so always check which scale a cut-off uses.',
      lesson: `${L}/tyg-index#tyg-sam`,
      options: [
        {
          id: 'about-9-22',
          text: 'About 9.22',
          correct: true,
          feedback: 'Right: convert to mg/dL, multiply, divide by 2, then take the natural log.',
        },
        {
          id: 'mmol-direct',
          text: 'About 1.85',
          correct: false,
          feedback:
            'That is ln(2.15 × 5.9 ÷ 2), with mmol/L values plugged straight in. The formula needs mg/dL.',
          misconception: 'mixed-units',
        },
        {
          id: 'half-log',
          text: 'About 4.96',
          correct: false,
          feedback:
            'That is the half-log scale, ln(TG × FG) ÷ 2. The standard form divides by 2 before taking the log.',
          misconception: 'tyg-scale-mix',
        },
        {
          id: 'no-log',
          text: 'About 10,070',
          correct: false,
          feedback: 'That is TG × FG ÷ 2 in mg/dL; the last step, the natural log, is missing.',
        },
      ],
    },
    {
      id: 'tyg-mmol-order',
      kind: 'order',
      level: 'apply',
      prompt:
        'Triglycerides and glucose are reported in mmol/L. Put the steps for the standard TyG index in order.',
      explanation:
        'Convert both values to mg/dL (triglycerides × 88.57, glucose × 18.0; which you convert first does not matter, so it is one step), multiply them and divide by 2, take the natural log, and only then compare the result with a cut-off on the same scale.',
      lesson: `${L}/tyg-index#tyg-mmol`,
      steps: [
        {
          id: 'convert-both',
          text: 'Convert both values to mg/dL: triglycerides × 88.57 and glucose × 18.0',
          feedback: 'The formula expects mg/dL; plugging in mmol/L values gives a meaningless number.',
        },
        {
          id: 'product-half',
          text: 'Multiply the two values and divide by 2',
          feedback: 'In the standard form the division happens inside the logarithm.',
        },
        {
          id: 'natural-log',
          text: 'Take the natural logarithm (ln)',
          feedback: 'For 150 and 100 mg/dL this gives ln(7500) ≈ 8.92.',
        },
        {
          id: 'compare-same-scale',
          text: 'Compare the result only with a cut-off on the same scale, converting a half-log cut-off first',
          feedback:
            'Cut-offs near 4.6 are on the half-log scale: standard = 2 × half-log − ln 2, so 4.65 is about 8.61.',
        },
      ],
    },
    {
      id: 'tyg-validation',
      kind: 'true-false',
      level: 'recall',
      prompt:
        'True or false: the TyG index was originally validated against the hyperinsulinemic–euglycemic clamp.',
      explanation:
        'The original study of 748 Mexican adults compared TyG with HOMA-IR, itself an estimate. At the chosen cut-off, sensitivity was 84% but specificity only 45%.',
      lesson: `${L}/tyg-index#tyg-validation`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'It was checked against HOMA-IR, not the clamp: an estimate checked against another estimate.',
          misconception: 'surrogate-equals-clamp',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. The comparison standard was HOMA-IR, in one Mexican population.',
        },
      ],
    },
    {
      id: 'crp-meaning',
      kind: 'single',
      level: 'recall',
      prompt: 'What does a CRP result measure?',
      explanation:
        'CRP is made by the liver, largely in response to IL-6, and rises with inflammation from any source. It is a marker of systemic inflammation, not a test for insulin resistance, and acute illness can raise it for days to weeks.',
      lesson: `${L}/crp-and-inflammation-markers#marker-not-test`,
      options: [
        {
          id: 'systemic-inflammation',
          text: 'Systemic inflammation from any source',
          correct: true,
          feedback: 'Right. It cannot tell where the inflammation comes from.',
        },
        {
          id: 'insulin-resistance',
          text: 'How insulin resistant a person is',
          correct: false,
          feedback:
            'CRP measures inflammation, not insulin action; a normal CRP does not rule out insulin resistance.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'tnf-from-fat',
          text: 'The TNF-α released into the blood by visceral fat',
          correct: false,
          feedback:
            'TNF-α acts mainly locally and is barely detectable in blood; portal blood showed raised IL-6, not TNF-α.',
          misconception: 'visceral-fat-secretes-tnf',
        },
        {
          id: 'visceral-fat-only',
          text: 'Inflammation in visceral fat specifically',
          correct: false,
          feedback:
            'CRP sums up inflammatory signals from anywhere in the body, including infections and injuries, so it cannot say where inflammation comes from.',
        },
      ],
    },
    {
      id: 'pradhan-finding',
      kind: 'single',
      level: 'apply',
      prompt:
        'A study compared women who went on to develop type 2 diabetes with women who did not. After adjusting for other risk factors, the highest versus lowest quarter of CRP gave a relative risk of 4.2 (95% confidence interval 1.5 to 12.0); for IL-6 it was 2.3 (95% confidence interval 0.9 to 5.6). Which conclusion fits these numbers?',
      explanation:
        'A confidence interval that stays above 1 means the link is unlikely to be chance alone; one that includes 1 is compatible with no difference. So CRP stayed linked to later diabetes after adjustment, while the IL-6 result could be no link at all. This is the Women’s Health Study; it is observational, so it shows association, not cause, and a relative risk compares groups rather than predicting for one woman.',
      lesson: `${L}/crp-and-inflammation-markers#pradhan-2001`,
      options: [
        {
          id: 'crp-only',
          text: 'CRP stayed linked to later diabetes; the IL-6 result is compatible with no link, because its interval includes 1',
          correct: true,
          feedback: 'Right. Both estimates are above 1, but only CRP’s interval (1.5 to 12.0) excludes 1.',
        },
        {
          id: 'both',
          text: 'Both CRP and IL-6 independently predicted diabetes, because both relative risks are above 1',
          correct: false,
          feedback:
            'A relative risk above 1 is not enough: IL-6’s interval (0.9 to 5.6) includes 1, so after adjustment its link was not statistically significant.',
          misconception: 'il6-independent-predictor',
        },
        {
          id: 'crp-causes',
          text: 'High CRP causes diabetes, so lowering CRP should prevent it',
          correct: false,
          feedback:
            'An observational study shows association, not cause; CRP may mark processes that also drive insulin resistance. In a large trial, a drug that lowered CRP and IL-6 did not reduce new cases of diabetes.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'individual-risk',
          text: 'A woman in the top quarter of CRP will very probably develop diabetes',
          correct: false,
          feedback:
            'A relative risk compares groups. Four times a small risk can still be a small risk, and it does not predict what happens to one woman.',
        },
      ],
    },
    {
      id: 'il6-context',
      kind: 'multiple',
      level: 'apply',
      prompt:
        'A blog post says: “IL-6 is an inflammatory cytokine, so a rise after a workout is bad news, and a CRP test will show whether you are insulin resistant.” Which statements fit the evidence in this module? Select all that apply.',
      explanation:
        'IL-6 released in a short burst by contracting muscle triggers anti-inflammatory signals such as IL-10 and IL-1 receptor antagonist, so context matters. CRP marks systemic inflammation from any source; it is not a test for insulin resistance, and a normal value does not rule it out.',
      lesson: `${L}/crp-and-inflammation-markers#il-6-not-purely-bad`,
      options: [
        {
          id: 'muscle-anti-inflammatory',
          text: 'IL-6 released by exercising muscle triggers anti-inflammatory signals such as IL-10',
          correct: true,
          feedback:
            'Right. Brief pulses from working muscle differ from a persistent trickle from inflamed fat.',
        },
        {
          id: 'crp-any-source',
          text: 'CRP rises with inflammation from any source, so it cannot show whether someone is insulin resistant',
          correct: true,
          feedback: 'Right. CRP is a marker of inflammation, not a test of insulin action.',
        },
        {
          id: 'always-harmful',
          text: 'IL-6 is always harmful, so any rise is a bad sign',
          correct: false,
          feedback: 'Context matters: IL-6 from working muscle sets off anti-inflammatory signals.',
          misconception: 'il6-purely-bad',
        },
        {
          id: 'normal-crp-rules-out',
          text: 'A normal CRP result rules out insulin resistance',
          correct: false,
          feedback:
            'CRP measures inflammation, not insulin action; a normal value does not rule insulin resistance out.',
          misconception: 'crp-tests-ir',
        },
      ],
    },
    {
      id: 'crp-fluctuates',
      kind: 'true-false',
      level: 'recall',
      prompt:
        'True or false: a single high CRP value measured during a cold says little about chronic low-grade inflammation.',
      explanation:
        'CRP is an acute-phase protein: infections, injuries and flares of inflammatory conditions can raise it steeply for days to weeks, swamping the low-grade signal.',
      lesson: `${L}/crp-and-inflammation-markers#why-crp-fluctuates`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback:
            'Right. One CRP result is a snapshot, and interpreting it belongs to a clinician who knows the context.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'Acute infection raises CRP far more than meta-inflammation does, so such a value mainly reflects the cold.',
        },
      ],
    },
    {
      id: 'sam-crp-cold',
      kind: 'single',
      level: 'apply',
      prompt:
        'Sam’s high-sensitivity CRP was 3.4 mg/L on a morning when he had been well for weeks. Another time, a test drawn five days after he caught a cold showed 11.2 mg/L. What is the best reading of these two results?',
      explanation:
        'CRP is part of the body’s fast response to infection, so a cold can raise it for days to weeks and swamp the low-grade signal. The 11.2 mostly reflects the cold. To judge low-grade inflammation, a clinician uses a CRP taken when the person has been well, usually repeats it, and reads it with other results. CRP is a marker of inflammation, not a test for insulin resistance.',
      lesson: `${L}/crp-and-inflammation-markers#why-crp-fluctuates`,
      options: [
        {
          id: 'cold-explains',
          text: 'The 11.2 mostly reflects the cold; low-grade inflammation is judged from CRP taken when well, repeated, and read with other results',
          correct: true,
          feedback: 'Right. One CRP is a snapshot, never a verdict.',
        },
        {
          id: 'ir-worse',
          text: 'His CRP tripled, so his insulin resistance got worse that week',
          correct: false,
          feedback:
            'CRP rises with inflammation from any source, including a cold; it is not a test for insulin resistance.',
          misconception: 'crp-tests-ir',
        },
        {
          id: 'average',
          text: 'Average the two: about 7.3 mg/L is his true level',
          correct: false,
          feedback:
            'Averaging mixes a value taken during an infection with one taken when well; the cold value should be set aside.',
        },
        {
          id: 'latest-counts',
          text: 'The later value is more recent, so it replaces the first one',
          correct: false,
          feedback:
            'Being more recent does not help if the sample was taken during an infection; CRP falls back as the illness settles.',
        },
      ],
    },
    {
      id: 'you-dpp-participants',
      kind: 'single',
      level: 'recall',
      prompt: 'Who took part in the Diabetes Prevention Program (DPP)?',
      explanation:
        'The DPP enrolled 3,234 US adults without diabetes whose glucose was raised both after fasting and two hours after a glucose drink. They were on average 51 years old with a body mass index of 34, so the results apply to adults at high risk.',
      lesson: '/learn/measuring/what-this-means-for-you#prevention-trials',
      options: [
        {
          id: 'high-risk-adults',
          text: '3,234 US adults without diabetes whose fasting and after-drink glucose were above normal',
          correct: true,
          feedback:
            'Right. They were at high risk: mean age 51, mean body mass index 34, and blood sugar already above normal.',
        },
        {
          id: 'people-with-diabetes',
          text: 'Adults who already had type 2 diabetes',
          correct: false,
          feedback:
            'The DPP tested prevention, so everyone started without diabetes; the question was how many would develop it.',
        },
        {
          id: 'healthy-volunteers',
          text: 'Healthy young volunteers with normal weight and normal blood sugar',
          correct: false,
          feedback:
            'The participants were middle-aged on average, heavier than average and had raised glucose. The results may not carry over to people at low risk.',
        },
        {
          id: 'after-heart-attack',
          text: 'People who had had a heart attack and had a raised CRP',
          correct: false,
          feedback: 'That describes CANTOS, the trial of an IL-1β-blocking drug, not the DPP.',
        },
      ],
    },
    {
      id: 'you-relative-vs-absolute',
      kind: 'single',
      level: 'apply',
      prompt:
        'A headline says: “Lifestyle change cuts diabetes by 58%.” In the DPP, about 11 of every 100 people in the placebo group developed diabetes each year, compared with about 5 of every 100 in the lifestyle group. Which reading is correct?',
      explanation:
        '58% is a relative reduction: it compares the rates of the two groups. The absolute reduction is the gap between them, about 6 people in every 100 each year in this high-risk group. In people at lower risk, the same relative drop would spare fewer people.',
      lesson: '/learn/measuring/what-this-means-for-you#what-results-mean',
      options: [
        {
          id: 'relative-with-absolute-gap',
          text: 'The 58% compares the two groups; in absolute terms about 6 fewer people in every 100 developed diabetes each year',
          correct: true,
          feedback:
            'Right. Both numbers are true; the absolute one tells you how many people were actually spared, in this high-risk group.',
        },
        {
          id: 'fifty-eight-of-hundred',
          text: '58 of every 100 people who followed the program avoided diabetes because of it',
          correct: false,
          feedback:
            'Most people in either group did not develop diabetes in a given year. The 58% is a relative comparison of rates, not a share of all participants.',
        },
        {
          id: 'same-everywhere',
          text: 'Anyone who follows the program will lower their own chance by the same 6 people in every 100 a year',
          correct: false,
          feedback:
            'The absolute gap depends on the starting risk. In people at lower risk, the same relative drop spares fewer people.',
        },
        {
          id: 'guarantee',
          text: 'The program removes the risk of diabetes for 58% of the time',
          correct: false,
          feedback:
            'A relative risk reduction is not a share of time. It says how much lower the rate of new cases was in one group than in the other.',
        },
      ],
    },
    {
      id: 'you-number-needed-to-treat',
      kind: 'single',
      level: 'apply',
      prompt:
        'In the DPP, the number needed to treat for the lifestyle program was 6.9 over three years. What does that mean?',
      explanation:
        'The number needed to treat is how many people must receive an intervention, for a stated time, to prevent one event. Here about 7 people had to follow the lifestyle program for three years to prevent one case of type 2 diabetes.',
      lesson: '/learn/measuring/what-this-means-for-you#what-results-mean',
      options: [
        {
          id: 'seven-people-three-years',
          text: 'About 7 people had to follow the program for three years to prevent one case of diabetes',
          correct: true,
          feedback:
            'Right. On average, one case was prevented for every 7 people on the program; the others would have stayed free of diabetes anyway or developed it despite the program.',
        },
        {
          id: 'percent',
          text: 'The program lowered the risk of diabetes by 6.9%',
          correct: false,
          feedback:
            'The number needed to treat is a count of people, not a percentage. The relative reduction was 58%.',
        },
        {
          id: 'seven-years',
          text: 'People had to follow the program for about 7 years before it helped',
          correct: false,
          feedback: 'The 6.9 counts people, not years; the time span is the three years stated with it.',
        },
        {
          id: 'seven-times-less-likely',
          text: 'Each person in the program was 6.9 times less likely to develop diabetes',
          correct: false,
          feedback:
            'That would be a ratio of risks. The number needed to treat comes from the absolute difference between the groups.',
        },
      ],
    },
    {
      id: 'you-prevent-means-delay',
      kind: 'true-false',
      level: 'recall',
      prompt:
        'True or false: the DPP showed that its lifestyle program protects people from type 2 diabetes for life.',
      explanation:
        'The trial counted new cases over about three years. In later follow-up the reduction in the DPP was smaller, 34% after ten years, so “prevent” in these trials partly means “delay”.',
      lesson: '/learn/measuring/what-this-means-for-you#what-results-mean',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'The reduction shrank from 58% during the trial to 34% after ten years. The program lowered and delayed the risk; it did not make anyone immune.',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. The trial ran for about three years, and the benefit was smaller, though still present, after ten years.',
        },
      ],
    },
    {
      id: 'you-package-not-ingredient',
      kind: 'single',
      level: 'apply',
      prompt:
        'A blog post says: “The Finnish Diabetes Prevention Study proved that eating more fiber prevents diabetes by calming inflammation.” What is the best response?',
      explanation:
        'The Finnish study tested a package of counseling on weight loss, less fat, more fiber and more activity, so no single part can be credited. It was not an anti-inflammatory trial and does not show that less inflammation explains the benefit.',
      lesson: '/learn/measuring/what-this-means-for-you#what-results-mean',
      options: [
        {
          id: 'package',
          text: 'The trial tested a package of changes and did not study inflammation, so it cannot credit fiber or explain how the package worked',
          correct: true,
          feedback:
            'Right. The package lowered diabetes risk in overweight adults with impaired glucose tolerance; which part did the work, and how, is not something the trial can say.',
        },
        {
          id: 'fiber-proven',
          text: 'Correct: the trial singled out fiber as the reason for the lower risk',
          correct: false,
          feedback:
            'Fiber was one goal among several (weight loss, less total and saturated fat, more activity), all given together.',
        },
        {
          id: 'inflammation-shown',
          text: 'Correct: the trial showed that lower inflammation was how the changes worked',
          correct: false,
          feedback:
            'The trial was about diabetes, not inflammation. Drugs that calm inflammation have not been shown to prevent diabetes either.',
        },
        {
          id: 'not-a-trial',
          text: 'Wrong: the study only observed people, so it cannot show any effect',
          correct: false,
          feedback:
            'It was a randomized controlled trial, so it can show that the package lowered risk; it just cannot say which part did it.',
        },
      ],
    },
    {
      id: 'you-read-prediabetes-range',
      kind: 'single',
      level: 'apply',
      prompt:
        'A described adult, not pregnant and without symptoms, has a fasting plasma glucose of 112 mg/dL (6.2 mmol/L) and an HbA1c of 6.0% (42 mmol/mol). Against the ADA 2025 ranges, where do these values fall?',
      explanation:
        'Prediabetes ranges are fasting plasma glucose 100–125 mg/dL and HbA1c 5.7–6.4%. Both values sit inside them, below the diabetes ranges (126 mg/dL or higher; 6.5% or higher). Only a clinician interprets a real person’s results, and the tests measure blood sugar, not insulin resistance.',
      lesson: '/learn/measuring/what-this-means-for-you#diagnosis',
      options: [
        {
          id: 'both-prediabetes',
          text: 'Both fall in the range the ADA calls prediabetes',
          correct: true,
          feedback:
            'Right: 112 is within 100–125 mg/dL and 6.0% within 5.7–6.4%. A clinician would interpret them and decide on any repeat test.',
        },
        {
          id: 'diabetes',
          text: 'Both fall in the diabetes range',
          correct: false,
          feedback:
            'The diabetes ranges start at 126 mg/dL fasting and 6.5% HbA1c; both values are below them.',
        },
        {
          id: 'normal',
          text: 'Both are in the normal range',
          correct: false,
          feedback:
            'Normal is below 100 mg/dL fasting and below 5.7% HbA1c; both values are above those lines.',
        },
        {
          id: 'shows-ir',
          text: 'They show how insulin resistant this person is',
          correct: false,
          feedback:
            'These tests measure blood sugar, not insulin resistance. Someone can be insulin resistant for years with normal glucose.',
          misconception: 'ir-equals-diabetes',
        },
      ],
    },
    {
      id: 'you-confirm-by-repeat',
      kind: 'single',
      level: 'apply',
      prompt:
        'A described adult without symptoms has a single HbA1c of 6.6% (49 mmol/mol). Under the ADA 2025 standards, what normally happens next?',
      explanation:
        'Unless blood sugar is clearly very high, a diabetes diagnosis needs confirmation: a repeat test, or a second, different test on the same sample. HOMA-IR plays no part in the diagnosis.',
      lesson: '/learn/measuring/what-this-means-for-you#diagnosis',
      options: [
        {
          id: 'repeat',
          text: 'The result is confirmed by repeat testing before a diagnosis is made',
          correct: true,
          feedback:
            'Right. Results vary, so without clearly very high blood sugar a second abnormal result is needed.',
        },
        {
          id: 'diagnosed-at-once',
          text: 'Diabetes is diagnosed from this one value',
          correct: false,
          feedback:
            'Without clearly very high blood sugar or classic symptoms, one abnormal result needs confirming.',
        },
        {
          id: 'homa-decides',
          text: 'A HOMA-IR is calculated to decide whether it is diabetes',
          correct: false,
          feedback: 'HOMA-IR is not part of the ADA criteria; diabetes is diagnosed from blood sugar tests.',
        },
        {
          id: 'ignore',
          text: 'Nothing, because HbA1c only counts from 7% upwards',
          correct: false,
          feedback: 'The ADA diabetes threshold for HbA1c is 6.5% (48 mmol/mol), not 7%.',
        },
      ],
    },
    {
      id: 'you-homa-ir-3-claim',
      kind: 'single',
      level: 'apply',
      prompt:
        'A wellness report says: “Your HOMA-IR is 3, so you have insulin resistance disease.” What is the best response?',
      explanation:
        'HOMA-IR is a research estimate. The ADA has no diagnostic test or cut-off for insulin resistance, published cut-offs vary between populations, insulin assays differ between labs, and one result is imprecise. Insulin resistance is a matter of degree, not a yes-or-no disease, and it is not the same as type 2 diabetes.',
      lesson: '/learn/measuring/what-this-means-for-you#homa-not-diagnosis',
      options: [
        {
          id: 'not-a-diagnosis',
          text: 'No lab number can support that claim: HOMA-IR has no agreed cut-off and is not a diagnosis',
          correct: true,
          feedback:
            'Right. A clinician can put a result in context; the index itself is a research tool for comparing groups.',
        },
        {
          id: 'above-2-5',
          text: 'The report is right, because anything above 2.5 means insulin resistance',
          correct: false,
          feedback:
            'There is no universal cut-off; in one Spanish population alone, two methods gave 3.46 and 2.05.',
          misconception: 'single-cutoff',
        },
        {
          id: 'means-diabetes',
          text: 'It means type 2 diabetes has started',
          correct: false,
          feedback:
            'Insulin resistance is not type 2 diabetes, and diabetes is diagnosed from blood sugar tests, not from HOMA-IR.',
          misconception: 'ir-equals-diabetes',
        },
        {
          id: 'as-good-as-clamp',
          text: 'The report is right, because HOMA-IR measures insulin sensitivity as exactly as the clamp',
          correct: false,
          feedback:
            'HOMA-IR only estimates what the clamp measures, and one result can sit well above or below the true value.',
          misconception: 'surrogate-equals-clamp',
        },
      ],
    },
    {
      id: 'you-criteria-measure-glucose',
      kind: 'true-false',
      level: 'recall',
      prompt:
        'True or false: the ADA criteria for prediabetes and diabetes detect high blood sugar, not insulin resistance.',
      explanation:
        'HbA1c, fasting glucose and the glucose tolerance test all measure blood sugar. Insulin resistance can last for years with normal glucose while the pancreas compensates with extra insulin.',
      lesson: '/learn/measuring/what-this-means-for-you#diagnosis',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback: 'Right. That is why normal glucose results do not rule insulin resistance out.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'The criteria measure blood sugar. The ADA has no diagnostic test or cut-off for insulin resistance.',
          misconception: 'ir-equals-diabetes',
        },
      ],
    },
    {
      id: 'you-risk-is-continuous',
      kind: 'single',
      level: 'apply',
      prompt:
        'Nine months after his first check-up, Sam’s fasting glucose is 99 mg/dL (it was 106) and his HbA1c is 5.7% (it was 5.9%). These numbers are invented to illustrate. Which statement fits the lesson?',
      explanation:
        'His fasting glucose is now just below the prediabetes range (100–125 mg/dL) and his HbA1c is at its lower edge (5.7%). Risk rises steadily across the ranges, so crossing a line does not switch risk on or off. His clinician interprets the results.',
      lesson: '/learn/measuring/what-this-means-for-you#diagnosis',
      options: [
        {
          id: 'slope',
          text: 'His fasting glucose is just below the prediabetes range and his HbA1c at its lower edge; risk changes gradually, not at a line',
          correct: true,
          feedback:
            'Right. A value of 99 and a value of 100 carry almost the same risk; the lines are agreed conventions.',
        },
        {
          id: 'risk-gone',
          text: 'His risk is now zero, because his fasting glucose is under 100 mg/dL',
          correct: false,
          feedback:
            'Risk is continuous across each range; dropping just below a line lowers it a little, it does not remove it.',
        },
        {
          id: 'now-diabetes',
          text: 'His HbA1c of 5.7% is now in the diabetes range',
          correct: false,
          feedback:
            'The diabetes range for HbA1c starts at 6.5%; 5.7% is the lower edge of the prediabetes range.',
        },
        {
          id: 'homa-confirms',
          text: 'Only his HOMA-IR can tell whether his blood sugar has changed',
          correct: false,
          feedback:
            'Blood sugar is measured directly by glucose and HbA1c; HOMA-IR is a research estimate of insulin resistance.',
        },
      ],
    },
    {
      id: 'you-appointment-questions',
      kind: 'multiple',
      level: 'apply',
      prompt:
        'Which of these are open, practical questions to bring to an appointment? Select all that apply.',
      explanation:
        'Good questions ask for information without assuming the answer: which tests and why, what results mean, whether a result such as CRP should be repeated when well, and how medicines affect glucose or exercise. Questions that assume a diagnosis or a dose ask for answers no single test or course can give.',
      lesson: '/learn/measuring/what-this-means-for-you#questions',
      options: [
        {
          id: 'which-tests',
          text: 'Which tests do you suggest for me, and why?',
          correct: true,
          feedback: 'Right. It asks for the clinician’s reasoning without assuming an answer.',
        },
        {
          id: 'repeat-crp',
          text: 'Should my CRP be repeated at a time when I am well?',
          correct: true,
          feedback:
            'Right. CRP rises for days to weeks after a cold or other illness, so one value can mislead.',
        },
        {
          id: 'medicines-exercise',
          text: 'How do the medicines I take affect my blood sugar when I exercise?',
          correct: true,
          feedback:
            'Right. Some medicines, such as insulin or a sulfonylurea, can cause low blood sugar during or after exercise.',
        },
        {
          id: 'confirm-homa',
          text: 'Can you confirm from my HOMA-IR that I have insulin resistance?',
          correct: false,
          feedback:
            'This leads toward an answer no single index can give: HOMA-IR has no agreed cut-off and is not a diagnosis.',
          misconception: 'single-cutoff',
        },
        {
          id: 'crp-diagnose',
          text: 'Does my CRP result prove that I am insulin resistant?',
          correct: false,
          feedback: 'CRP marks inflammation from any source; it is not a test for insulin resistance.',
          misconception: 'crp-tests-ir',
        },
      ],
    },
    {
      id: 'you-metformin-in-dpp',
      kind: 'single',
      level: 'recall',
      prompt: 'What did the Diabetes Prevention Program find for metformin?',
      explanation:
        'Metformin cut new cases of diabetes by 31% compared with placebo over about three years, less than the lifestyle program’s 58%. Whether any medicine fits a particular person is decided with a clinician.',
      lesson: '/learn/measuring/what-this-means-for-you#medicines',
      options: [
        {
          id: 'thirty-one',
          text: 'It cut new cases by 31% compared with placebo, less than the lifestyle program did',
          correct: true,
          feedback: 'Right. The lifestyle program did significantly better, with 58%.',
        },
        {
          id: 'better-than-lifestyle',
          text: 'It cut new cases more than the lifestyle program did',
          correct: false,
          feedback: 'It was the other way round: 31% with metformin against 58% with the lifestyle program.',
        },
        {
          id: 'no-effect',
          text: 'It made no difference compared with placebo',
          correct: false,
          feedback: 'Metformin did lower new cases, by 31%, though less than the lifestyle program.',
        },
        {
          id: 'everyone-should',
          text: 'It showed that everyone with raised blood sugar should take metformin',
          correct: false,
          feedback:
            'A trial result in one high-risk group is not a recommendation for every person; that decision is made with a clinician.',
        },
      ],
    },
  ],
};

export default quiz;
