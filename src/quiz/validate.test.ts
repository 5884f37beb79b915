// Quiz-level rules of the validator and checks across quizzes; question rules: validateQuestion.test.ts.
import { makeQuiz, option, withQuestion } from './__fixtures__/quiz';
import type { Quiz } from './types';
import { assertValidQuizzes, validateQuiz, validateQuizzes } from './validate';

const FILE = 'src/data/quizzes/demo.ts';
const AT = `${FILE}: quiz "demo-quiz"`;

describe('validateQuiz', () => {
  it('accepts the valid fixture', () => {
    expect(validateQuiz(makeQuiz(), FILE)).toEqual([]);
  });

  it('rejects something that is not an object', () => {
    expect(validateQuiz(null, FILE)).toEqual([`${FILE}: the file must export a quiz object`]);
  });

  it.each([
    [1.5, 'passThreshold must be a number from 0 to 1 (found 1.5)'],
    [-0.1, 'passThreshold must be a number from 0 to 1 (found -0.1)'],
    ['70%', 'passThreshold must be a number from 0 to 1 (found "70%")'],
    [undefined, 'passThreshold must be a number from 0 to 1 (found nothing)'],
  ])('rejects passThreshold %s', (passThreshold, message) => {
    expect(validateQuiz({ ...makeQuiz(), passThreshold }, FILE)).toEqual([`${AT}: ${message}`]);
  });

  it('accepts passThreshold 0 and 1', () => {
    expect(validateQuiz({ ...makeQuiz(), passThreshold: 0 }, FILE)).toEqual([]);
    expect(validateQuiz({ ...makeQuiz(), passThreshold: 1 }, FILE)).toEqual([]);
  });

  it('rejects a quiz without questions, id, title or module', () => {
    expect(validateQuiz({ ...makeQuiz(), questions: [] }, FILE)).toEqual([
      `${AT}: the quiz has no questions`,
    ]);
    const bare = { passThreshold: 0.5, questions: [] };
    expect(validateQuiz(bare, FILE)).toEqual([
      `${FILE}: quiz (no id): the quiz needs a kebab-case id`,
      `${FILE}: quiz (no id): the quiz has no title`,
      `${FILE}: quiz (no id): the quiz needs a kebab-case module`,
      `${FILE}: quiz (no id): the quiz has no questions`,
    ]);
  });

  it('reports every problem, not only the first', () => {
    const quiz = withQuestion(0, (q) => {
      q.prompt = '';
      option(q, 0).correct = false;
    });
    expect(validateQuiz(quiz, FILE)).toHaveLength(2);
  });
});

describe('validateQuizzes', () => {
  const other = (): Quiz => ({ ...makeQuiz(), id: 'other-quiz', module: 'other' });

  it('accepts distinct quizzes', () => {
    expect(
      validateQuizzes([
        { file: 'a.ts', quiz: makeQuiz() },
        { file: 'b.ts', quiz: other() },
      ]),
    ).toEqual([]);
  });

  it('rejects a duplicate quiz id', () => {
    const sources = [
      { file: 'a.ts', quiz: makeQuiz() },
      { file: 'b.ts', quiz: { ...makeQuiz(), module: 'other' } },
    ];
    expect(validateQuizzes(sources)).toEqual([
      'b.ts: quiz "demo-quiz": duplicate quiz id (also used in a.ts)',
    ]);
  });

  it('rejects two quizzes for one module', () => {
    const sources = [
      { file: 'a.ts', quiz: makeQuiz() },
      { file: 'b.ts', quiz: { ...other(), module: 'demo' } },
    ];
    expect(validateQuizzes(sources)).toEqual([
      'b.ts: quiz "other-quiz": module "demo" already has a quiz (in a.ts)',
    ]);
  });

  it('includes each quiz’s own problems', () => {
    expect(validateQuizzes([{ file: 'a.ts', quiz: { ...makeQuiz(), title: '' } }])).toEqual([
      'a.ts: quiz "demo-quiz": the quiz has no title',
    ]);
  });
});

describe('assertValidQuizzes', () => {
  it('returns the quizzes when valid and throws a list of problems when not', () => {
    expect(assertValidQuizzes([{ file: 'a.ts', quiz: makeQuiz() }])).toHaveLength(1);
    expect(() => assertValidQuizzes([{ file: 'a.ts', quiz: { ...makeQuiz(), title: '' } }])).toThrow(
      'Invalid quiz data (1 problem):\n- a.ts: quiz "demo-quiz": the quiz has no title',
    );
  });
});
