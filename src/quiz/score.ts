// Scoring: pure functions from a question (or quiz) and the learner's answers to marks the view
// can show option by option and position by position.
import type { Answer, Answers, Id, Question } from './types';

/** How one option fared: whether it is a correct option and whether the learner chose it. */
export interface OptionMark {
  id: Id;
  correct: boolean;
  chosen: boolean;
}

/** How one position of an `order` answer fared. */
export interface PositionMark {
  /** 0-based position in the learner's order. */
  position: number;
  /** The step the learner put here (undefined if the answer is shorter than the list). */
  stepId: Id | undefined;
  /** The step that belongs here. */
  expectedId: Id;
  right: boolean;
}

export type QuestionResult =
  | { kind: 'choice'; questionId: Id; answered: boolean; correct: boolean; options: OptionMark[] }
  | { kind: 'order'; questionId: Id; answered: boolean; correct: boolean; positions: PositionMark[] };

export interface AttemptScore {
  correct: number;
  total: number;
  /** correct / total, 0 for an empty quiz. */
  fraction: number;
  passed: boolean;
  /** One result per question, in quiz order. */
  results: QuestionResult[];
  /** Ids of questions not answered correctly (including unanswered ones), in quiz order. */
  missed: Id[];
}

/** Accepts a single id for convenience (`scoreQuestion(q, 'b')`). */
export function toIds(answer: Answer | Id | undefined): readonly Id[] {
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
}

export function scoreQuestion(question: Question, answer: Answer | Id | undefined): QuestionResult {
  const ids = toIds(answer);
  if (question.kind === 'order') {
    const positions = question.steps.map((step, position) => ({
      position,
      stepId: ids[position],
      expectedId: step.id,
      right: ids[position] === step.id,
    }));
    const correct = ids.length === question.steps.length && positions.every((p) => p.right);
    return { kind: 'order', questionId: question.id, answered: ids.length > 0, correct, positions };
  }
  const chosen = new Set(ids);
  const options = question.options.map((o) => ({ id: o.id, correct: o.correct, chosen: chosen.has(o.id) }));
  const chosenCount = options.filter((o) => o.chosen).length;
  // All-or-nothing: every option must be chosen exactly when it is correct; a single-answer
  // question additionally takes only one choice (guards against a tampered stored answer).
  const allRight = options.every((o) => o.chosen === o.correct);
  const correct = allRight && (question.kind === 'multiple' || chosenCount === 1);
  return { kind: 'choice', questionId: question.id, answered: chosenCount > 0, correct, options };
}

/** Whether `correct` of `total` reaches a threshold (a fraction, tolerant of float rounding). */
export function reachesThreshold(correct: number, total: number, threshold: number): boolean {
  if (total === 0) return false;
  return correct / total >= threshold - 1e-9;
}

export function scoreAttempt(
  quiz: { questions: readonly Question[]; passThreshold: number },
  answers: Answers,
): AttemptScore {
  const results = quiz.questions.map((q) => scoreQuestion(q, answers[q.id]));
  const correct = results.filter((r) => r.correct).length;
  const total = results.length;
  return {
    correct,
    total,
    fraction: total === 0 ? 0 : correct / total,
    passed: reachesThreshold(correct, total, quiz.passThreshold),
    results,
    missed: results.filter((r) => !r.correct).map((r) => r.questionId),
  };
}
