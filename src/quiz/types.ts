// The quiz domain, free of React. Quiz data files (content) and the quiz view both depend on it.
import type { MisconceptionId } from '../data/misconceptions';

/** A kebab-case identifier, unique within its scope (course, quiz or question). */
export type Id = string;

/** An answer option of a `single`, `multiple` or `true-false` question. */
export interface Option {
  id: Id;
  /** The option as the learner reads it (plain text, may contain inline Markdown-free prose). */
  text: string;
  correct: boolean;
  /** Why this option is right or wrong; shown after checking. */
  feedback: string;
  /** A common misconception this (wrong) option reflects, from `src/data/misconceptions.ts`. */
  misconception?: MisconceptionId;
}

/** A step of an `order` question. The authored order of `steps` is the correct order. */
export interface Step {
  id: Id;
  text: string;
  /** Shown next to the step after checking (why it comes where it does). */
  feedback: string;
}

/**
 * What a question asks of the learner: `recall` (remember a fact or definition) or `apply` (use an
 * idea in a new situation: a scenario, a result to interpret, a claim to judge). The course keeps at
 * least 40% `apply` over all its questions (src/quiz/levels.ts).
 */
export type Level = 'recall' | 'apply';

interface QuestionBase {
  id: Id;
  level: Level;
  prompt: string;
  /** The explanation shown after checking, whatever the answer. */
  explanation: string;
  /** Site path of the lesson section that teaches this, e.g. `/learn/vicious-cycle/cytokines#jnk`. */
  lesson: string;
  /** Optional name of that lesson section for the "Review: …" link; derived from `lesson` if absent. */
  lessonTitle?: string;
}

export interface SingleQuestion extends QuestionBase {
  kind: 'single';
  options: Option[];
}

export interface MultipleQuestion extends QuestionBase {
  kind: 'multiple';
  options: Option[];
}

export interface TrueFalseQuestion extends QuestionBase {
  kind: 'true-false';
  /** Exactly two options, conventionally ids `true` and `false`. */
  options: Option[];
}

export interface OrderQuestion extends QuestionBase {
  kind: 'order';
  /** In the correct order; the view shuffles them deterministically. */
  steps: Step[];
}

export type Question = SingleQuestion | MultipleQuestion | TrueFalseQuestion | OrderQuestion;
export type QuestionKind = Question['kind'];

export interface Quiz {
  id: Id;
  title: string;
  /** The module this quiz closes (e.g. `understanding`), or `final` for the final assessment. */
  module: string;
  /** Fraction of questions to get right to pass, 0..1. */
  passThreshold: number;
  questions: Question[];
}

/**
 * A module's checks inside lessons (`docs/<NN>-<module>/checks.ts`): short questions placed right
 * after the idea they test with a line `::check{id="question-id"}` in the lesson. Same questions,
 * validation and storage as a quiz; no pass mark, and each is shown on its own.
 */
export interface CheckSet {
  /** `<module>-checks`. */
  id: Id;
  module: string;
  questions: Question[];
}

/**
 * What a learner has given for a question: the chosen option ids (`single` and `true-false`: at most
 * one; `multiple`: any number, order irrelevant) or, for `order`, the step ids in the learner's order.
 */
export type Answer = readonly Id[];

/** Answers of one attempt at a quiz, by question id. */
export type Answers = Readonly<Record<Id, Answer>>;

/** Tells the validator which site pages and anchors exist (wired to the built site by the build). */
export interface LinkChecker {
  pageExists(path: string): boolean;
  anchorExists(path: string, anchor: string): boolean;
}
