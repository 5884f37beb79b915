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
      id: 'homa-ir-units-order',
      kind: 'order',
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
      id: 'homa-limits',
      kind: 'multiple',
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
      id: 'tyg-mmol-order',
      kind: 'order',
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
  ],
};

export default quiz;
