// Spaced review on a Leitner schedule. Every answered question gets a review item: which box it is
// in and the day it is due. A miss (or a right answer the learner marks "I guessed") puts it in the
// first box, due tomorrow; each right answer given when it is due moves it one box further out.
// Pure functions of the stored items and the learner's local day; nothing here reads the clock.
import { addDays, daysBetween, type Day } from './days';

/** Days until the next review, by box: 1, 3, 7, then every 21 days. */
export const INTERVALS = [1, 3, 7, 21] as const;
export const LAST_BOX = INTERVALS.length - 1;

/** The interval of a box (the last box's for anything beyond it). */
export function interval(box: number): number {
  return INTERVALS[Math.min(Math.max(box, 0), LAST_BOX)] ?? 21;
}
/** A review session holds at most this many questions. */
export const SESSION_SIZE = 10;

export type Outcome = 'right' | 'guessed' | 'missed';

export interface Slot {
  /** Leitner box, 0 to LAST_BOX. */
  box: number;
  due: Day;
}

export interface ReviewItem extends Slot {
  /** Fingerprint of the question as it was answered (src/quiz/fingerprint.ts). */
  fp: string;
  last: Outcome;
  /** When it was last answered, in ms since the epoch. */
  at: number;
  /** Where it stood before that answer (null: it was new), so "I guessed" can be changed back. */
  before: Slot | null;
}

/** The review key of a question: its quiz (or check set) id and its own id, `set/question`. */
export function reviewKey(setId: string, questionId: string): string {
  return `${setId}/${questionId}`;
}

/**
 * Whether an item is due on `today`. One whose due day lies further ahead than its box's interval
 * can only come from a clock that was set back: it is due now rather than lost for weeks.
 */
export function isDue(slot: Slot, today: Day): boolean {
  const ahead = daysBetween(today, slot.due);
  return ahead <= 0 || ahead > interval(slot.box);
}

/**
 * Where a question goes after an answer on `today`, from where it was (`previous`, null if new).
 * A question first answered right goes to the last box; a right answer before it is due changes
 * nothing (so retaking a quiz twice in a day does not push it out twice); a miss always brings it back.
 */
export function nextSlot(previous: Slot | null, outcome: Outcome, today: Day): Slot {
  if (outcome !== 'right') return { box: 0, due: addDays(today, interval(0)) };
  if (previous === null) return { box: LAST_BOX, due: addDays(today, interval(LAST_BOX)) };
  if (!isDue(previous, today)) return { box: previous.box, due: previous.due };
  const box = Math.min(previous.box + 1, LAST_BOX);
  return { box, due: addDays(today, interval(box)) };
}

export interface Schedulable {
  key: string;
  fp: string;
}

/** The stored item of a question, if it was answered in the question's current form. */
export function currentItem(
  review: Readonly<Record<string, ReviewItem>>,
  question: Schedulable,
): ReviewItem | undefined {
  const item = review[question.key];
  return item?.fp === question.fp ? item : undefined;
}

/**
 * The questions due on `today`, most urgent first (lowest box, then earliest due day, then course
 * order), at most `limit`. Questions never answered, or changed since, are not included.
 */
export function dueQuestions<T extends Schedulable>(
  review: Readonly<Record<string, ReviewItem>>,
  questions: readonly T[],
  today: Day,
  limit = Number.POSITIVE_INFINITY,
): T[] {
  const due = questions.flatMap((question, order) => {
    const item = currentItem(review, question);
    return item !== undefined && isDue(item, today) ? [{ question, order, item }] : [];
  });
  return due
    .sort((a, b) => a.item.box - b.item.box || a.item.due.localeCompare(b.item.due) || a.order - b.order)
    .slice(0, limit)
    .map(({ question }) => question);
}

/** The earliest day something falls due after `today`, if anything is scheduled. */
export function nextReviewDay(
  review: Readonly<Record<string, ReviewItem>>,
  questions: readonly Schedulable[],
  today: Day,
): Day | undefined {
  let next: Day | undefined;
  for (const question of questions) {
    const item = currentItem(review, question);
    if (item && !isDue(item, today) && (next === undefined || item.due < next)) next = item.due;
  }
  return next;
}
