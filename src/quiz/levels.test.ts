import { makeQuiz } from './__fixtures__/quiz';
import { applyShareProblem, countLevels } from './levels';
import type { Quiz } from './types';

function withLevels(levels: readonly ('recall' | 'apply')[]): Quiz {
  const base = makeQuiz();
  const [template] = base.questions;
  if (!template) throw new Error('the fixture quiz has no questions');
  return {
    ...base,
    questions: levels.map((level, i) => ({ ...template, id: `q-${i}`, level })),
  };
}

describe('countLevels', () => {
  it('counts recall and apply questions over several quizzes', () => {
    expect(countLevels([withLevels(['recall', 'apply']), withLevels(['apply'])])).toEqual({
      recall: 1,
      apply: 2,
      applyShare: 2 / 3,
    });
  });

  it('gives a share of 0 when there are no questions', () => {
    expect(countLevels([]).applyShare).toBe(0);
  });
});

describe('applyShareProblem', () => {
  it('accepts exactly 40% apply', () => {
    expect(applyShareProblem([withLevels(['apply', 'apply', 'recall', 'recall', 'recall'])])).toBeUndefined();
  });

  it('names the share and the counts when fewer than 40% are apply', () => {
    expect(applyShareProblem([withLevels(['apply', 'recall', 'recall'])])).toMatch(
      /Only 33% .* \(1 of 3\); keep at least 40%/,
    );
  });
});
