import type { CheckSet } from '../../src/quiz/types';

// Lesson paths of module 3; every `lesson` below names a page and an explicit heading anchor.
const L = '/learn/lifestyle-drivers';

const checks: CheckSet = {
  id: 'lifestyle-drivers-checks',
  module: 'lifestyle-drivers',
  questions: [
    // Lesson 1: visceral fat
    {
      id: 'same-weight-visceral-fat',
      kind: 'single',
      level: 'apply',
      prompt:
        'Lee and Kim weigh the same and have the same waist size. What can you say about how much visceral fat each of them carries?',
      explanation:
        'Visceral fat lies deep inside the belly, around the gut and other organs. People with the same weight, or even the same waist, can carry very different amounts. Only a scan such as CT or MRI measures it directly; a tape measure gives a rough hint.',
      lesson: `${L}/visceral-fat#two-kinds-of-fat`,
      options: [
        {
          id: 'could-differ',
          text: 'They could carry very different amounts; only a scan such as CT or MRI measures it directly.',
          correct: true,
          feedback: 'Right: weight and even waist size do not show how much fat lies deep around the organs.',
        },
        {
          id: 'same-amount',
          text: 'They carry about the same amount, since they weigh the same.',
          correct: false,
          feedback:
            'Two people of the same weight can carry very different amounts of visceral fat, so weight does not tell you.',
          misconception: 'weight-equals-visceral-fat',
        },
        {
          id: 'tape-exact',
          text: 'Their waist size shows exactly how much visceral fat each one has.',
          correct: false,
          feedback:
            'A tape measure gives only a rough hint; two people with the same waist can carry very different amounts.',
        },
        {
          id: 'pinch-test',
          text: 'Whoever has more belly fat to pinch has more visceral fat.',
          correct: false,
          feedback:
            'The fat you can pinch is subcutaneous fat under the skin; visceral fat lies deeper, around the organs.',
        },
      ],
    },
    {
      id: 'visceral-fat-other-routes',
      kind: 'single',
      level: 'apply',
      prompt:
        'A friend says: “Visceral fat causes insulin resistance only by making the body inflamed.” Which reply fits the lesson?',
      explanation:
        'Visceral fat also releases fatty acids into the portal vein. Fat can then build up inside the liver and muscle (ectopic fat), where it can block insulin’s signal directly, so inflammation is one route among several. High insulin may also feed inflammation in fat, but so far this has been shown only in mice.',
      lesson: `${L}/visceral-fat#more-than-cytokines`,
      options: [
        {
          id: 'fatty-acids-too',
          text: 'Inflammation is one route; fatty acids from visceral fat can also lead to fat in the liver and muscle that blocks insulin’s signal directly.',
          correct: true,
          feedback: 'Right: ectopic fat is another route, so inflammation is one route among several.',
        },
        {
          id: 'only-inflammation',
          text: 'The friend is right: inflammation is the single route from visceral fat to insulin resistance.',
          correct: false,
          feedback:
            'The lesson names ectopic fat in liver and muscle as another route that can block insulin’s signal directly.',
          misconception: 'inflammation-only-cause',
        },
        {
          id: 'insulin-proven-people',
          text: 'The friend is right, and high insulin has been proven to feed inflammation in people’s fat as well.',
          correct: false,
          feedback:
            'That effect of high insulin has been shown only in mice so far, and inflammation is not the only route anyway.',
          misconception: 'mouse-equals-human',
        },
        {
          id: 'fatty-acids-help',
          text: 'Visceral fat also releases fatty acids, but these help insulin work in the liver.',
          correct: false,
          feedback:
            'Fatty acids can lead to fat building up in liver and muscle, which blocks insulin’s signal rather than helping it.',
        },
      ],
    },

    // Lesson 2: diet
    {
      id: 'meta-inflammation-pattern',
      kind: 'single',
      level: 'apply',
      prompt: 'Which person’s eating best fits what the lesson says drives meta-inflammation?',
      explanation:
        'Meta-inflammation is low-grade, chronic inflammation set off by excess nutrients and energy. The key word is excess: what matters is the pattern of eating over months and years, not one food or one meal.',
      lesson: `${L}/diet-carbohydrates-and-fats#nutrient-excess`,
      options: [
        {
          id: 'years-of-surplus',
          text: 'Dev has eaten more energy than his body needs on most days for several years.',
          correct: true,
          feedback: 'Right: a surplus kept up over a long time is what the lesson describes.',
        },
        {
          id: 'one-feast',
          text: 'Mia ate one very large, rich meal at a wedding last weekend.',
          correct: false,
          feedback:
            'One meal is not the pattern the lesson describes; what matters is eating over months and years.',
          misconception: 'short-term-overstated',
        },
        {
          id: 'some-sugar',
          text: 'Tom eats a little sugar each day, without eating more energy than his body needs.',
          correct: false,
          feedback:
            'Sugar is a fuel every cell runs on; the lesson puts the trouble in a long-running surplus, not in any single food.',
          misconception: 'sugar-directly-inflames',
        },
      ],
    },
    {
      id: 'insulin-demand-scenario',
      kind: 'single',
      level: 'apply',
      prompt:
        'Maya and Jon have the same sugary drink. Maya’s body responds well to insulin; Jon has insulin resistance. What does the lesson say differs between them?',
      explanation:
        'A sugary drink is digested fast and sugar floods into the blood for both of them. In someone with insulin resistance, the same load needs more insulin. Repeated several times a day for years, this pushes insulin levels up for good (hyperinsulinemia).',
      lesson: `${L}/diet-carbohydrates-and-fats#glucose-spikes`,
      options: [
        {
          id: 'jon-more-insulin',
          text: 'Jon’s pancreas has to release more insulin to clear the same sugar.',
          correct: true,
          feedback: 'Right: with insulin resistance the same drink needs more insulin.',
        },
        {
          id: 'jon-less-insulin',
          text: 'Jon’s pancreas releases less insulin than Maya’s.',
          correct: false,
          feedback:
            'Insulin resistance means the tissues respond less, so the same drink needs more insulin, not less.',
          misconception: 'ir-means-low-insulin',
        },
        {
          id: 'same-insulin',
          text: 'Both need the same amount of insulin; only how fast the drink is digested differs.',
          correct: false,
          feedback:
            'The drink is digested fast for both of them, but Jon’s tissues respond less, so he needs more insulin.',
        },
      ],
    },

    // Lesson 3: gut
    {
      id: 'endotoxemia-vs-infection',
      kind: 'single',
      level: 'recall',
      prompt: 'How does metabolic endotoxemia differ from the LPS in the blood during a severe infection?',
      explanation:
        'In a severe infection, large amounts of LPS in the blood can set off a dangerous reaction through the whole body. Metabolic endotoxemia is the idea that a small but lasting rise, far below those levels, keeps TLR4 gently switched on and feeds low-grade inflammation.',
      lesson: `${L}/gut-dysbiosis-and-endotoxemia#metabolic-endotoxemia`,
      options: [
        {
          id: 'small-lasting',
          text: 'It is a small but lasting rise in blood LPS, far below the levels of an infection.',
          correct: true,
          feedback: 'Right: the idea is that this small rise keeps TLR4 gently switched on.',
        },
        {
          id: 'hidden-infection',
          text: 'It is a hidden infection, with gut bacteria growing in the blood.',
          correct: false,
          feedback:
            'The idea concerns a small rise in LPS, a molecule from the bacterial wall, far below the levels of an infection.',
          misconception: 'inflammation-means-infection',
        },
        {
          id: 'big-surge',
          text: 'It is a large, sudden rise that sets off a dangerous reaction through the whole body.',
          correct: false,
          feedback: 'That describes a severe infection; metabolic endotoxemia means a small, lasting rise.',
        },
        {
          id: 'other-sensor',
          text: 'Its LPS is detected by a different sensor, not by TLR4.',
          correct: false,
          feedback: 'The idea is that the same sensor, TLR4, is kept gently switched on.',
        },
      ],
    },
    {
      id: 'finnish-endotoxin-reading',
      kind: 'single',
      level: 'apply',
      prompt:
        'In a Finnish study that followed 7,169 adults, those with the most endotoxin activity in their blood had about 1.5 times the risk of developing diabetes of those with the least. Which reading is best?',
      explanation:
        'The Finnish study was observational: it followed people without changing anything. It shows a link, not a cause: high endotoxin could be a sign of something else that raises diabetes risk, such as body fat, diet, gum disease or early changes in metabolism. And “1.5 times the risk” compares two groups; it does not say how many people out of 100 were affected.',
      lesson: `${L}/gut-dysbiosis-and-endotoxemia#human-evidence`,
      options: [
        {
          id: 'link-other-causes',
          text: 'It shows a link; high endotoxin could be a sign of something else that raises diabetes risk, such as body fat or diet.',
          correct: true,
          feedback:
            'Right: a study that only follows people cannot show that endotoxin itself causes diabetes.',
        },
        {
          id: 'proves-cause',
          text: 'With so many people followed for years, it proves that endotoxin from the gut causes diabetes.',
          correct: false,
          feedback:
            'A large observational study still shows a link, not a cause; something else could raise both endotoxin and diabetes risk.',
          misconception: 'association-equals-causation',
        },
        {
          id: 'fifty-per-hundred',
          text: 'It means that 50 more people out of every 100 with high endotoxin developed diabetes.',
          correct: false,
          feedback:
            '“1.5 times the risk” compares the two groups; it does not say how many people out of 100 developed diabetes.',
          misconception: 'relative-as-absolute',
        },
      ],
    },

    // Lesson 4: stress and cortisol
    {
      id: 'cortisol-calms-inflammation',
      kind: 'single',
      level: 'recall',
      prompt: 'How does the lesson say chronic stress might add to inflammation?',
      explanation:
        'Cortisol calms inflammation, so if chronic stress adds to inflammation, it probably does so indirectly: through fat gain, poorer sleep, or changes in eating and activity. None of the studies in this course tested those indirect routes.',
      lesson: `${L}/stress-and-cortisol#cortisol-opposes-insulin`,
      options: [
        {
          id: 'indirectly',
          text: 'Probably indirectly, for example through fat gain, poorer sleep or changes in eating and activity.',
          correct: true,
          feedback: 'Right, although none of the studies in this course tested those indirect routes.',
        },
        {
          id: 'cortisol-inflames',
          text: 'Directly, because cortisol switches on inflammation in tissues.',
          correct: false,
          feedback:
            'Cortisol calms inflammation; man-made versions are used as medicines for exactly that. So any effect of stress on inflammation is probably indirect.',
        },
        {
          id: 'cortisol-alone',
          text: 'Through cortisol alone, which explains every effect of stress on metabolism.',
          correct: false,
          feedback:
            'The lesson points to indirect routes such as fat gain, sleep, eating and activity, not to cortisol alone.',
          misconception: 'cortisol-explains-all',
        },
        {
          id: 'routes-proven',
          text: 'Through indirect routes, such as fat gain, that trials in this course have proven.',
          correct: false,
          feedback: 'The lesson says none of the studies in this course tested those indirect routes.',
        },
      ],
    },
    {
      id: 'cushings-to-everyday-stress',
      kind: 'single',
      level: 'apply',
      prompt:
        'An article says: “People with Cushing’s syndrome develop insulin resistance and belly fat, so the stress of your daily commute is giving you belly fat too.” What is the main flaw?',
      explanation:
        'In Cushing’s syndrome, or with long-term steroid tablets, excess glucocorticoid causes insulin resistance and fat build-up around the trunk and belly: that is cause and effect. But it happens at levels caused by disease or medicine, and it does not tell us what the smaller, shorter rises of ordinary stress do.',
      lesson: `${L}/stress-and-cortisol#pathological-cortisol`,
      options: [
        {
          id: 'different-levels',
          text: 'Cushing’s syndrome involves far higher cortisol than everyday stress, so it does not show what smaller, shorter rises do.',
          correct: true,
          feedback: 'Right: the cause and effect is clear only at levels caused by disease or medicine.',
        },
        {
          id: 'no-flaw',
          text: 'There is no flaw: everyday stress is proven to cause belly fat in the same way.',
          correct: false,
          feedback: 'That cause is proven only for very high glucocorticoid levels, not for everyday stress.',
          misconception: 'stress-proven-belly-fat',
        },
        {
          id: 'cushings-no-effect',
          text: 'The flaw is that the excess cortisol in Cushing’s syndrome does not really cause insulin resistance.',
          correct: false,
          feedback:
            'It does: in Cushing’s syndrome, the excess causes insulin resistance throughout the body and fat around the trunk and belly.',
        },
        {
          id: 'cortisol-helps-insulin',
          text: 'The flaw is that cortisol helps insulin store fuel, so it cannot cause insulin resistance.',
          correct: false,
          feedback:
            'Cortisol mainly works against insulin: it makes fuel available, while insulin stores fuel away. At high levels it clearly causes insulin resistance.',
        },
      ],
    },

    // Lesson 5: sleep
    {
      id: 'glucose-tolerance-not-sensitivity',
      kind: 'single',
      level: 'apply',
      prompt:
        'A blog says the study in which 11 young men spent 4 hours in bed for 6 nights “proved that sleep loss lowers insulin sensitivity.” What is the problem with this claim?',
      explanation:
        'Glucose tolerance is how well the body clears a load of sugar; it depends both on how much insulin the pancreas releases and on how strongly the tissues respond. Insulin sensitivity is only the second part. The six-night study measured glucose tolerance, so on its own it cannot show lower insulin sensitivity.',
      lesson: `${L}/sleep#spiegel-study`,
      options: [
        {
          id: 'measured-tolerance',
          text: 'The study measured glucose tolerance, which also depends on how much insulin the pancreas releases.',
          correct: true,
          feedback:
            'Right: slower sugar clearance could come from changes in insulin release as well as from weaker tissue response.',
        },
        {
          id: 'same-thing',
          text: 'There is no problem: glucose tolerance and insulin sensitivity are two names for the same thing.',
          correct: false,
          feedback:
            'Glucose tolerance depends on both insulin release and tissue response; insulin sensitivity is only the tissue response.',
        },
        {
          id: 'used-clamp',
          text: 'There is no problem: the study measured insulin sensitivity with the clamp.',
          correct: false,
          feedback:
            'The study measured glucose tolerance, not insulin sensitivity; it did not use the clamp.',
        },
      ],
    },
    {
      id: 'teen-homa-ir-reading',
      kind: 'single',
      level: 'apply',
      prompt:
        'In 21 teenage boys, 3 nights of 4 hours’ sleep raised HOMA-IR by 65% on average. Which reading fits the lesson?',
      explanation:
        'HOMA-IR is an estimate of insulin resistance worked out from a fasting blood test. It is useful for comparing groups but imprecise for one person. So the 65% rise was a large change in a group average, but from a rough estimate, after only 3 nights.',
      lesson: `${L}/sleep#adolescent-study`,
      options: [
        {
          id: 'rough-group-estimate',
          text: 'A large rise in a group average, but from a rough fasting estimate and after only 3 nights.',
          correct: true,
          feedback: 'Right: HOMA-IR is useful for comparing groups but imprecise for one person.',
        },
        {
          id: 'each-diagnosed',
          text: 'Each boy can now be diagnosed with insulin resistance from his own HOMA-IR value.',
          correct: false,
          feedback: 'HOMA-IR is imprecise for one person; the study reported a change in a group average.',
          misconception: 'index-diagnoses-ir',
        },
        {
          id: 'as-exact-as-clamp',
          text: 'HOMA-IR measures insulin resistance as exactly as the clamp, so the 65% figure is precise.',
          correct: false,
          feedback:
            'HOMA-IR is a rough estimate from a fasting blood test; the clamp is the most exact test.',
          misconception: 'surrogate-equals-clamp',
        },
        {
          id: 'diabetes-will-follow',
          text: 'It shows that the boys will go on to develop type 2 diabetes.',
          correct: false,
          feedback:
            'The study lasted 3 nights, so it cannot show what happens over years, let alone that diabetes will follow.',
          misconception: 'short-term-overstated',
        },
      ],
    },
  ],
};

export default checks;
