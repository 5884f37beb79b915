// The course's modules, in order: shown on the landing page and the progress page.
// Paths are site paths without the base URL (Docusaurus's Link adds it).

export interface CourseModule {
  /** Matches the docs folder (without its number) and `Quiz.module`. */
  id: string;
  number: number;
  title: string;
  summary: string;
  firstLesson: string;
  /** The module's quiz page, when it has one. */
  quizPath?: string;
}

export const modules: readonly CourseModule[] = [
  {
    id: 'understanding',
    number: 1,
    title: 'Understanding insulin resistance and chronic inflammation',
    summary:
      'What insulin does, what "resistance" means in muscle, fat and liver, and how low-grade meta-inflammation differs from the inflammation of a wound.',
    firstLesson: '/learn/understanding/insulin-and-glucose',
    quizPath: '/learn/understanding/quiz',
  },
  {
    id: 'vicious-cycle',
    number: 2,
    title: 'The vicious cycle',
    summary:
      'How cytokines mute the insulin signal inside cells, how enlarged fat tissue recruits inflammatory macrophages, and how the loop closes.',
    firstLesson: '/learn/vicious-cycle/cytokines-and-insulin-signaling',
    quizPath: '/learn/vicious-cycle/quiz',
  },
  {
    id: 'lifestyle-drivers',
    number: 3,
    title: 'Lifestyle factors driving the connection',
    summary:
      'Visceral fat, diet, the gut, chronic stress and short sleep: what each adds to the cycle, and how strong the evidence is.',
    firstLesson: '/learn/lifestyle-drivers/visceral-fat',
    quizPath: '/learn/lifestyle-drivers/quiz',
  },
  {
    id: 'breaking-the-cycle',
    number: 4,
    title: 'Breaking the cycle',
    summary:
      'Why muscle contraction moves glucose without insulin, what fiber and omega-3 fats do, and why visceral fat matters more than scale weight.',
    firstLesson: '/learn/breaking-the-cycle/exercise',
    quizPath: '/learn/breaking-the-cycle/quiz',
  },
  {
    id: 'measuring',
    number: 5,
    title: 'Measuring it',
    summary:
      'HOMA-IR, QUICKI, the TyG index and CRP: the formulas with their units, worked examples, and why none of them is a diagnosis.',
    firstLesson: '/learn/measuring/why-measure',
    quizPath: '/learn/measuring/quiz',
  },
  {
    id: 'wrap-up',
    number: 6,
    title: 'Wrap-up',
    summary: 'The whole cycle on one page, the glossary, every reference, and a final assessment.',
    firstLesson: '/learn/wrap-up/summary',
    quizPath: '/learn/wrap-up/final-assessment',
  },
];
