import { makeQuiz } from './__fixtures__/quiz';
import { displayOptions, hashSeed, initialStepOrder, seededRandom, seededShuffle } from './shuffle';
import type { OrderQuestion, Question } from './types';

function orderQuestion(count: number, id = 'q'): OrderQuestion {
  return {
    id,
    kind: 'order',
    level: 'recall',
    prompt: 'p',
    explanation: 'e',
    lesson: '/l',
    steps: Array.from({ length: count }, (_, i) => ({ id: `s${i}`, text: `Step ${i}`, feedback: 'f' })),
  };
}

describe('seeded shuffle', () => {
  it('hashes strings to stable 32-bit numbers', () => {
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('abc')).toBe(hashSeed('abc'));
    expect(hashSeed('abc')).not.toBe(hashSeed('abd'));
  });

  it('gives numbers in [0, 1), the same for the same seed', () => {
    const a = seededRandom('seed');
    const b = seededRandom('seed');
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('is deterministic, a permutation, and does not change its input', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const copy = [...items];
    const once = seededShuffle(items, 'x/q1');
    expect(seededShuffle(items, 'x/q1')).toEqual(once);
    expect([...once].sort()).toEqual(items);
    expect(items).toEqual(copy);
  });

  it('differs between seeds (not a fixed permutation)', () => {
    const items = Array.from({ length: 8 }, (_, i) => i);
    const orders = new Set(['a', 'b', 'c', 'd', 'e'].map((s) => seededShuffle(items, s).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('is spread fairly across positions', () => {
    const positions = Array.from({ length: 3000 }, (_, i) =>
      seededShuffle([0, 1, 2], `seed-${i}`).indexOf(0),
    );
    for (const position of [0, 1, 2]) {
      expect(positions.filter((p) => p === position).length).toBeGreaterThan(850);
    }
  });
});

describe('initialStepOrder', () => {
  it('never shows the correct order, for many seeds and lengths', () => {
    for (const count of [2, 3, 4, 5, 6]) {
      for (let i = 0; i < 300; i++) {
        const question = orderQuestion(count, `q${i}`);
        const shown = initialStepOrder('quiz', question);
        expect(shown.map((s) => s.id)).not.toEqual(question.steps.map((s) => s.id));
        expect(shown.map((s) => s.id).sort()).toEqual(question.steps.map((s) => s.id).sort());
      }
    }
  });

  it('is the same on every call (server and client agree)', () => {
    const question = orderQuestion(5);
    expect(initialStepOrder('quiz', question)).toEqual(initialStepOrder('quiz', question));
  });
});

describe('displayOptions', () => {
  const quiz = makeQuiz();
  const choice = (id: string) => quiz.questions.find((q) => q.id === id) as Exclude<Question, OrderQuestion>;

  it('keeps true/false in authored order', () => {
    expect(displayOptions(quiz.id, choice('q-true-false')).map((o) => o.id)).toEqual(['true', 'false']);
  });

  it('shuffles other options deterministically', () => {
    const shown = displayOptions(quiz.id, choice('q-single'));
    expect(displayOptions(quiz.id, choice('q-single'))).toEqual(shown);
    expect(shown.map((o) => o.id).sort()).toEqual(['liver', 'muscle', 'pancreas']);
  });
});
