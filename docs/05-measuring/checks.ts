import type { CheckSet } from '../../src/quiz/types';

// Lesson paths of module 5; every `lesson` below names a page and an explicit heading anchor.
const L = '/learn/measuring';

const checks: CheckSet = {
  id: 'measuring-checks',
  module: 'measuring',
  questions: [
    // Lesson 1: why measure
    {
      id: 'clamp-drip-rates',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a clamp study, Maya needs a fast glucose drip to keep her blood sugar flat, while Tom needs a much slower one at the same insulin rate. What does this show?',
      explanation:
        'In the clamp, insulin is dripped in at a known, steady rate and glucose is dripped in to keep blood sugar flat. The more glucose is needed, the more the body clears in response to insulin, so a faster glucose drip means greater insulin sensitivity.',
      lesson: `${L}/why-measure#the-clamp`,
      options: [
        {
          id: 'maya-more-sensitive',
          text: 'Maya’s body responds more strongly to insulin than Tom’s',
          correct: true,
          feedback:
            'Right: a sensitive body clears a lot of glucose at a given insulin level, so more must be dripped in to keep blood sugar flat.',
        },
        {
          id: 'tom-more-sensitive',
          text: 'Tom is more sensitive, because he needs less extra glucose',
          correct: false,
          feedback:
            'It is the other way round: needing less glucose means Tom’s body cleared less of it in response to the same insulin.',
        },
        {
          id: 'tom-low-insulin',
          text: 'Tom’s pancreas makes too little insulin',
          correct: false,
          feedback:
            'In a clamp the insulin comes from a drip at a set rate, so the result shows how the body responds to insulin, not how much the pancreas makes.',
          misconception: 'ir-means-low-insulin',
        },
        {
          id: 'mainly-liver',
          text: 'It mainly shows how their livers respond to insulin',
          correct: false,
          feedback:
            'At the clamp’s high insulin levels most of the dripped glucose goes into muscle, so the clamp mainly reflects muscle.',
        },
      ],
    },
    {
      id: 'group-match-not-person',
      kind: 'true-false',
      level: 'recall',
      prompt:
        'True or false: if an index and the clamp rise and fall together across a group, one person’s index result can be relied on to land close to their own clamp result.',
      explanation:
        'Surrogate indices such as HOMA-IR, QUICKI and TyG were checked against a better measure in limited groups of people. A good match across a group means the two measures rise and fall together; it does not mean that one person’s estimate lands close to their clamp result.',
      lesson: `${L}/why-measure#surrogate-indices`,
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'A match across a group says the two measures move together, not that each person’s estimate lands near their clamp result.',
          misconception: 'surrogate-equals-clamp',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right: the match describes the group, so one person’s estimate can still differ from their clamp result.',
        },
      ],
    },

    // Lesson 2: HOMA-IR and QUICKI
    {
      id: 'pmol-insulin-unconverted',
      kind: 'single',
      level: 'apply',
      prompt:
        'A textbook lab sheet gives fasting insulin as 60 pmol/L and fasting glucose as 5.0 mmol/L. If 60 goes straight into the HOMA-IR formula without converting, what happens?',
      explanation:
        'HOMA-IR needs insulin in µU/mL. Dividing by about 6 turns 60 pmol/L into about 10 µU/mL, which with 5.0 mmol/L glucose gives about 2.22. Left unconverted, the answer comes out about six times too high.',
      lesson: `${L}/homa-ir-and-quicki#units`,
      options: [
        {
          id: 'six-times-high',
          text: 'The result comes out about six times too high',
          correct: true,
          feedback:
            'Right: 60 pmol/L is about 10 µU/mL, so skipping the conversion gives about 13.3 instead of about 2.22.',
        },
        {
          id: 'no-change',
          text: 'Nothing changes, because the formula works with any insulin unit',
          correct: false,
          feedback:
            'The formula needs insulin in µU/mL, so a value in pmol/L must be divided by about 6 first.',
          misconception: 'mixed-units',
        },
        {
          id: 'eighteen-times-high',
          text: 'The result comes out about 18 times too high',
          correct: false,
          feedback:
            'An 18-fold error comes from pairing glucose in mg/dL with 22.5; here the problem is the insulin unit.',
        },
        {
          id: 'six-times-low',
          text: 'The result comes out about six times too low',
          correct: false,
          feedback:
            'The same insulin gives a bigger number in pmol/L than in µU/mL, so the result is too high, not too low.',
        },
      ],
    },
    {
      id: 'sam-single-result-spread',
      kind: 'single',
      level: 'apply',
      prompt:
        'Sam’s single HOMA-IR is 4.19, and HOMA-IR’s typical error is about 31% of the result. Which reading fits the lesson?',
      explanation:
        'A coefficient of variation of about 31% means the typical spread around the true value is about a third of the result: for 4.19, about 1.3. That is why HOMA-IR works well for comparing groups, where the errors of individuals tend to cancel out, but poorly for judging one person.',
      lesson: `${L}/homa-ir-and-quicki#precision`,
      options: [
        {
          id: 'true-value-spread',
          text: 'His true value could lie well above or below 4.19; the typical error is about 1.3',
          correct: true,
          feedback: 'Right: 31% of 4.19 is about 1.3, so one result fits a range of true values.',
        },
        {
          id: 'exact-as-clamp',
          text: 'The result is exact to two decimals, as exact as a clamp result',
          correct: false,
          feedback:
            'The two decimals come from the arithmetic, not from the test; one HOMA-IR result is imprecise, and it only estimates what the clamp measures.',
          misconception: 'surrogate-equals-clamp',
        },
        {
          id: 'percent-chance',
          text: 'There is a 31% chance that the result is correct',
          correct: false,
          feedback:
            'The 31% describes the typical size of the error around the result, not a chance of the result being right.',
        },
        {
          id: 'errors-cancel',
          text: 'The errors cancel out, so one result is as reliable as a group average',
          correct: false,
          feedback:
            'Errors tend to cancel out only when many people are compared as a group; one person’s result keeps its full error.',
        },
      ],
    },

    // Lesson 3: TyG index
    {
      id: 'tyg-two-papers-averages',
      kind: 'single',
      level: 'apply',
      prompt:
        'One paper reports an average TyG of about 4.9 for its group of adults. Another reports about 9.2 for a similar group. What should a reader check first?',
      explanation:
        'The standard TyG is ln(TG × FG / 2); the half-log version, ln(TG × FG) / 2, gives numbers about half as large. Standard = 2 × half-log − ln 2, so 4.9 on the half-log scale is about 9.1 on the standard scale. Check which formula produced a number before comparing it with anything.',
      lesson: `${L}/tyg-index#half-log-scale`,
      options: [
        {
          id: 'check-formula',
          text: 'Which formula each paper used, because the numbers fit the half-log and the standard scale',
          correct: true,
          feedback:
            'Right: Sam’s own values give about 4.96 on the half-log scale and 9.22 on the standard scale.',
        },
        {
          id: 'second-group-worse',
          text: 'Nothing: the second group is far more insulin resistant, with nearly double the TyG',
          correct: false,
          feedback:
            'Values near 4.9 and 9.2 are likely on different scales; converted (2 × 4.9 − ln 2 ≈ 9.1), they are close.',
          misconception: 'tyg-scale-mix',
        },
        {
          id: 'insulin-tests-differ',
          text: 'Which insulin test each lab used, because insulin tests are not standardized',
          correct: false,
          feedback: 'TyG needs no insulin test at all; it is built from fasting triglycerides and glucose.',
        },
        {
          id: 'typo',
          text: 'Whether 4.9 is a typo, because TyG values always run about 8 to 9.5',
          correct: false,
          feedback:
            'About 8 to 9.5 is the typical range on the standard scale; the half-log scale gives values about half as large.',
        },
      ],
    },
    {
      id: 'tyg-after-drinks',
      kind: 'single',
      level: 'apply',
      prompt:
        'Leo, a fictional adult, drank alcohol the evening before his second blood test and ate breakfast before the draw. His TyG came out higher than last time. Which reading fits the lesson?',
      explanation:
        'TyG is built from triglycerides and glucose. Triglycerides move with alcohol, recent meals, diet, some medicines and other causes, and glucose also needs a true fast. So one TyG value reflects the day of the test as well as the person’s underlying insulin sensitivity.',
      lesson: `${L}/tyg-index#what-moves-triglycerides`,
      options: [
        {
          id: 'day-of-test',
          text: 'The rise may reflect the alcohol and the missing fast, not a change in insulin resistance',
          correct: true,
          feedback:
            'Right: alcohol and recent meals can raise triglycerides, and both values need a true fast.',
        },
        {
          id: 'ir-worse',
          text: 'His insulin resistance has clearly got worse since the first test',
          correct: false,
          feedback:
            'Triglycerides move easily with alcohol and meals, so one higher value after drinks and breakfast does not show a lasting change.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'food-no-effect',
          text: 'Food and drink cannot affect TyG, because it needs no insulin test',
          correct: false,
          feedback:
            'TyG takes on every wobble in triglycerides, and blood taken without a true fast can show higher triglycerides.',
        },
        {
          id: 'only-medicines',
          text: 'Only medicines such as fibrates can move TyG',
          correct: false,
          feedback:
            'Fibrates lower triglycerides, but alcohol, recent meals, diet and other causes of high triglycerides move them too.',
        },
      ],
    },

    // Lesson 4: CRP and inflammation markers
    {
      id: 'crp-made-where',
      kind: 'single',
      level: 'recall',
      prompt: 'Where is CRP made, and what can a CRP result say about where inflammation is?',
      explanation:
        'Immune cells send out cytokines, above all IL-6, which tell the liver to make more CRP. Because CRP adds up signals from anywhere in the body, it marks whole-body inflammation and cannot say where the inflammation comes from.',
      lesson: `${L}/crp-and-inflammation-markers#what-is-crp`,
      options: [
        {
          id: 'liver-whole-body',
          text: 'The liver makes it, and it adds up inflammation from anywhere, so it cannot say where',
          correct: true,
          feedback:
            'Right: cytokines such as IL-6 tell the liver to make CRP, so it marks whole-body inflammation.',
        },
        {
          id: 'visceral-fat',
          text: 'Visceral fat makes it, so it shows inflammation in the belly',
          correct: false,
          feedback:
            'Visceral fat may be one source of the IL-6 that drives CRP, but the liver makes CRP, and CRP cannot point to a source.',
        },
        {
          id: 'at-the-site',
          text: 'Immune cells at the inflamed spot make it, so it points to that spot',
          correct: false,
          feedback:
            'Immune cells send out cytokines such as IL-6, but the liver makes CRP, and CRP cannot say where inflammation is.',
        },
        {
          id: 'pancreas-ir',
          text: 'The pancreas makes it, and it shows how insulin resistant someone is',
          correct: false,
          feedback: 'CRP comes from the liver and marks inflammation, not how well insulin works.',
          misconception: 'crp-tests-ir',
        },
      ],
    },
    {
      id: 'crp-four-times-headline',
      kind: 'single',
      level: 'apply',
      prompt:
        'A headline says: “Women with the highest CRP got type 2 diabetes four times as often.” Which reading fits the study behind it?',
      explanation:
        'In a large observational study of women, those in the highest quarter of CRP developed type 2 diabetes about four times as often as those in the lowest, even after other risk factors were taken into account; IL-6 did not hold up. A relative risk compares groups: it does not tell one woman her own chance, and it does not show that CRP causes diabetes.',
      lesson: `${L}/crp-and-inflammation-markers#pradhan-2001`,
      options: [
        {
          id: 'compares-groups',
          text: 'It compares groups; it does not tell one woman her own chance, and four times a small risk can still be small',
          correct: true,
          feedback: 'Right: a relative risk of about 4 compares the highest and lowest quarters of CRP.',
        },
        {
          id: 'four-in-100',
          text: 'It means 4 in every 100 women with high CRP got diabetes',
          correct: false,
          feedback:
            '“Four times as often” is a relative risk; on its own it says nothing about how many out of 100 got diabetes.',
          misconception: 'relative-as-absolute',
        },
        {
          id: 'crp-causes',
          text: 'It proves that high CRP causes type 2 diabetes',
          correct: false,
          feedback:
            'The study was observational: higher CRP came before diabetes more often, which does not show that CRP causes it.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'il6-too',
          text: 'IL-6 predicted diabetes just as well after adjustment',
          correct: false,
          feedback: 'IL-6 did not hold up once other risk factors were taken into account; CRP did.',
          misconception: 'il6-independent-predictor',
        },
      ],
    },

    // Lesson 5: what this means for you
    {
      id: 'relative-drop-lower-risk',
      kind: 'single',
      level: 'apply',
      prompt:
        'Imagine a lifestyle program gave the same 58% relative drop in a group at much lower risk than the DPP volunteers. Compared with the DPP, how many people in every 100 would it spare?',
      explanation:
        '“58% fewer cases” is a relative reduction. In the DPP about 11 in 100 people in the placebo group developed diabetes each year, against about 5 in 100 with the program, a gap of about 6. Where fewer people would develop diabetes anyway, the same relative drop spares fewer people.',
      lesson: `${L}/what-this-means-for-you#what-results-mean`,
      options: [
        {
          id: 'fewer',
          text: 'Fewer, because fewer of them would have developed diabetes anyway',
          correct: true,
          feedback: 'Right: the same relative drop taken from a smaller risk spares fewer people.',
        },
        {
          id: 'same-number',
          text: 'The same number, because 58% is 58% in any group',
          correct: false,
          feedback:
            'A relative drop is a share of the risk; how many people it spares depends on how many would have developed diabetes.',
          misconception: 'relative-as-absolute',
        },
        {
          id: 'fifty-eight',
          text: '58 in every 100, as in the DPP',
          correct: false,
          feedback:
            'The 58% compares the groups’ rates; even in the DPP the absolute gap was about 6 people in every 100 each year.',
          misconception: 'relative-as-absolute',
        },
        {
          id: 'more',
          text: 'More, because healthier people respond better to lifestyle change',
          correct: false,
          feedback:
            'The trials did not test people at lower risk, and a smaller starting risk leaves fewer cases to prevent.',
        },
      ],
    },
    {
      id: 'hba1c-what-it-shows',
      kind: 'single',
      level: 'recall',
      prompt: 'What does an HbA1c result show?',
      explanation:
        'HbA1c is the share of a blood protein that carries glucose, so it shows average blood sugar over the past two to three months. Like fasting glucose and the glucose tolerance test, it detects high blood sugar, not insulin resistance.',
      lesson: `${L}/what-this-means-for-you#diagnosis`,
      options: [
        {
          id: 'average-sugar',
          text: 'Average blood sugar over the past two to three months',
          correct: true,
          feedback: 'Right: it is the share of a blood protein that carries glucose.',
        },
        {
          id: 'insulin-resistance',
          text: 'How insulin resistant a person is',
          correct: false,
          feedback:
            'HbA1c measures blood sugar; a person can be insulin resistant for years with normal results while the pancreas makes extra insulin.',
          misconception: 'ir-equals-diabetes',
        },
        {
          id: 'sugar-right-now',
          text: 'Blood sugar at the moment the blood is taken',
          correct: false,
          feedback: 'That is what a glucose test shows; HbA1c reflects the past two to three months.',
        },
        {
          id: 'insulin-made',
          text: 'How much insulin the pancreas is making',
          correct: false,
          feedback:
            'HbA1c is about glucose carried on a blood protein; the diagnostic tests do not measure insulin.',
        },
      ],
    },
  ],
};

export default checks;
