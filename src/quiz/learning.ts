// What the course remembers about each answer, beyond the quiz attempt itself: the question's
// place in spaced review (src/quiz/review.ts) and the misconceptions the learner's wrong choices
// show. Every checked answer, in a quiz, a check inside a lesson or a review session, goes through
// `recordAnswer`, in the same store update as the attempt, so the two never disagree.
import { localDay } from './days';
import { fingerprint } from './fingerprint';
import type { Progress } from './progress';
import { currentItem, nextSlot, reviewKey, type Outcome, type ReviewItem } from './review';
import { scoreQuestion } from './score';
import type { Answer, Id, Question } from './types';

export interface Answered {
  /** The quiz or check set the question belongs to. */
  setId: Id;
  question: Question;
  answer: Answer;
  /** When it was checked, in ms since the epoch (the learner's clock). */
  at: number;
  guessed?: boolean;
}

export function outcomeOf(question: Question, answer: Answer | undefined, guessed = false): Outcome {
  if (!scoreQuestion(question, answer).correct) return 'missed';
  return guessed ? 'guessed' : 'right';
}

/** Misconception tags of the wrong options chosen in `answer`. */
export function misconceptionsShown(question: Question, answer: Answer | undefined): string[] {
  if (question.kind === 'order' || answer === undefined) return [];
  const chosen = new Set(answer);
  return question.options.flatMap((o) =>
    chosen.has(o.id) && !o.correct && o.misconception ? [o.misconception] : [],
  );
}

function scheduled(previous: ReviewItem | undefined, outcome: Outcome, fp: string, at: number): ReviewItem {
  const before = previous ? { box: previous.box, due: previous.due } : null;
  return { ...nextSlot(before, outcome, localDay(at)), fp, last: outcome, at, before };
}

/** Records a checked answer: its review item and any misconception its wrong choices show. */
export function recordAnswer(
  progress: Progress,
  { setId, question, answer, at, guessed }: Answered,
): Progress {
  const key = reviewKey(setId, question.id);
  const fp = fingerprint(question);
  const item = scheduled(
    currentItem(progress.review, { key, fp }),
    outcomeOf(question, answer, guessed),
    fp,
    at,
  );
  const misconceptions = { ...progress.misconceptions };
  for (const tag of new Set(misconceptionsShown(question, answer))) {
    misconceptions[tag] = { count: (misconceptions[tag]?.count ?? 0) + 1, at, question: key };
  }
  return { ...progress, review: { ...progress.review, [key]: item }, misconceptions };
}

/**
 * Marks (or unmarks) the latest right answer to a question as a guess: it is then scheduled like a
 * miss, from where it stood before that answer, so marking and unmarking leave no trace.
 */
export function markGuessed(progress: Progress, setId: Id, question: Question, guessed: boolean): Progress {
  const key = reviewKey(setId, question.id);
  const item = currentItem(progress.review, { key, fp: fingerprint(question) });
  if (!item || item.last === 'missed') return progress;
  const outcome: Outcome = guessed ? 'guessed' : 'right';
  const slot = nextSlot(item.before, outcome, localDay(item.at));
  return { ...progress, review: { ...progress.review, [key]: { ...item, ...slot, last: outcome } } };
}
