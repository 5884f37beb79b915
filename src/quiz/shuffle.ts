// Deterministic shuffling. The seed comes from the quiz and question ids, never from Math.random or
// the clock, so the server-rendered HTML and the first client render list things in the same order
// (no hydration mismatch) and a learner sees the same order on every visit.
import type { Id, Option, OrderQuestion, Question, Step } from './types';

/** 32-bit FNV-1a hash of a string. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small seeded generator (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates), the same for the same items and seed. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const result = [...items];
  const random = seededRandom(seed);
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

export function questionSeed(quizId: Id, questionId: Id): string {
  return `${quizId}/${questionId}`;
}

/**
 * The steps of an order question as first shown: shuffled, and never already in the correct order
 * (that would give the answer away); a shuffle that lands on it is rotated by one instead.
 */
export function initialStepOrder(quizId: Id, question: OrderQuestion): Step[] {
  const shuffled = seededShuffle(question.steps, questionSeed(quizId, question.id));
  const inOrder = shuffled.every((step, i) => step === question.steps[i]);
  return inOrder && shuffled.length > 1 ? [...shuffled.slice(1), shuffled[0] as Step] : shuffled;
}

/**
 * The options of a choice question in display order: shuffled so the correct one is not always
 * where the author wrote it, except true/false, which reads best in its authored order.
 */
export function displayOptions(quizId: Id, question: Exclude<Question, OrderQuestion>): Option[] {
  if (question.kind === 'true-false') return question.options;
  return seededShuffle(question.options, questionSeed(quizId, question.id));
}
