import { makeQuiz } from './__fixtures__/quiz';
import { reachesThreshold, scoreAttempt, scoreQuestion, toIds } from './score';
import type { Question } from './types';

const quiz = makeQuiz();
function question(id: string): Question {
  const found = quiz.questions.find((q) => q.id === id);
  if (!found) throw new Error(id);
  return found;
}
const ORDER = ['fat', 'macrophages', 'cytokines', 'block'];

describe('toIds', () => {
  it('accepts nothing, one id or a list', () => {
    expect(toIds(undefined)).toEqual([]);
    expect(toIds('a')).toEqual(['a']);
    expect(toIds(['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('scoreQuestion: single', () => {
  it('is correct for the correct option and marks each option', () => {
    const result = scoreQuestion(question('q-single'), 'pancreas');
    expect(result).toEqual({
      kind: 'choice',
      questionId: 'q-single',
      answered: true,
      correct: true,
      options: [
        { id: 'pancreas', correct: true, chosen: true },
        { id: 'liver', correct: false, chosen: false },
        { id: 'muscle', correct: false, chosen: false },
      ],
    });
  });

  it('is wrong for a wrong option', () => {
    const result = scoreQuestion(question('q-single'), ['liver']);
    expect(result.correct).toBe(false);
    expect(result.answered).toBe(true);
  });

  it('is unanswered and wrong without a choice', () => {
    expect(scoreQuestion(question('q-single'), undefined)).toMatchObject({ answered: false, correct: false });
  });

  it('is wrong when several options are chosen, even including the correct one', () => {
    expect(scoreQuestion(question('q-single'), ['pancreas', 'liver']).correct).toBe(false);
  });

  it('ignores ids that are not options', () => {
    expect(scoreQuestion(question('q-single'), ['spleen'])).toMatchObject({
      answered: false,
      correct: false,
    });
  });
});

describe('scoreQuestion: multiple', () => {
  it('is correct only with exactly the correct set, in any order', () => {
    expect(scoreQuestion(question('q-multiple'), ['il6', 'tnf']).correct).toBe(true);
  });

  it('is wrong when a correct option is missing, and reports each option', () => {
    const result = scoreQuestion(question('q-multiple'), ['tnf']);
    expect(result.correct).toBe(false);
    expect(result.kind === 'choice' && result.options).toEqual([
      { id: 'tnf', correct: true, chosen: true },
      { id: 'il6', correct: true, chosen: false },
      { id: 'insulin', correct: false, chosen: false },
    ]);
  });

  it('is wrong when a wrong option is added', () => {
    expect(scoreQuestion(question('q-multiple'), ['tnf', 'il6', 'insulin']).correct).toBe(false);
  });
});

describe('scoreQuestion: true-false', () => {
  it('scores the chosen side', () => {
    expect(scoreQuestion(question('q-true-false'), 'false').correct).toBe(true);
    expect(scoreQuestion(question('q-true-false'), 'true').correct).toBe(false);
  });
});

describe('scoreQuestion: order', () => {
  it('is correct only in the exact order', () => {
    expect(scoreQuestion(question('q-order'), ORDER).correct).toBe(true);
  });

  it('reports each position', () => {
    const result = scoreQuestion(question('q-order'), ['fat', 'cytokines', 'macrophages', 'block']);
    expect(result.correct).toBe(false);
    expect(result.kind === 'order' && result.positions.map((p) => p.right)).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(result.kind === 'order' && result.positions[1]).toEqual({
      position: 1,
      stepId: 'cytokines',
      expectedId: 'macrophages',
      right: false,
    });
  });

  it('is wrong for a partial order', () => {
    const result = scoreQuestion(question('q-order'), ['fat', 'macrophages']);
    expect(result.correct).toBe(false);
    expect(result.kind === 'order' && result.positions[2]?.stepId).toBeUndefined();
  });
});

describe('scoreAttempt', () => {
  it('counts correct answers, lists missed ones and decides the pass', () => {
    const score = scoreAttempt(quiz, {
      'q-single': ['pancreas'],
      'q-multiple': ['tnf', 'il6'],
      'q-true-false': ['true'],
      'q-order': ORDER,
    });
    expect(score).toMatchObject({
      correct: 3,
      total: 4,
      fraction: 0.75,
      passed: true,
      missed: ['q-true-false'],
    });
    expect(score.results).toHaveLength(4);
  });

  it('fails below the threshold and counts unanswered questions as missed', () => {
    const score = scoreAttempt(quiz, { 'q-single': ['pancreas'] });
    expect(score).toMatchObject({ correct: 1, passed: false });
    expect(score.missed).toEqual(['q-multiple', 'q-true-false', 'q-order']);
  });
});

describe('reachesThreshold', () => {
  it('treats an exact threshold as reached despite float rounding', () => {
    expect(reachesThreshold(7, 10, 0.7)).toBe(true);
    expect(reachesThreshold(6, 10, 0.7)).toBe(false);
    expect(reachesThreshold(1, 3, 1 / 3)).toBe(true);
  });

  it('never passes an empty quiz', () => {
    expect(reachesThreshold(0, 0, 0)).toBe(false);
  });
});
