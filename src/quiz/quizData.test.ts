// @vitest-environment node
// The course's real quiz data (every module folder's quiz.ts), checked with the same validator the
// build uses (without the link checker, which needs the built site) and against the page
// conventions the sidebar relies on.
import { courseCheckSets, courseQuizzes, type CourseCheckSet, type CourseQuiz } from '../test/courseQuizzes';
import { quizIdAtPage, quizPage } from './pages';
import type { CheckSet } from './types';
import { validateCheckSet, validateQuizzes } from './validate';
import { applyShareProblem } from './levels';

let sources: CourseQuiz[] = [];
let checkSets: CourseCheckSet[] = [];
beforeAll(async () => {
  sources = await courseQuizzes();
  checkSets = await courseCheckSets();
});

describe('course quiz data', () => {
  it('finds the quizzes (the scan is not empty)', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it('has no problems', () => {
    expect(validateQuizzes(sources)).toEqual([]);
  });

  it('keeps at least 40% of all questions "apply" rather than "recall"', () => {
    expect(applyShareProblem(sources.map(({ quiz }) => quiz))).toBeUndefined();
  });

  it('puts each quiz on a page the sidebar recognises, in its own module folder', () => {
    for (const { quiz, module, file } of sources) {
      expect(quizIdAtPage(quizPage(quiz)), file).toBe(quiz.id);
      if (quiz.module !== 'final') expect(quiz.module, file).toBe(module.id);
    }
  });
});

describe('course check sets (questions inside the lessons)', () => {
  it('has no problems, and each belongs to its own module folder', () => {
    expect(checkSets.flatMap(({ set, file }) => validateCheckSet(set, file))).toEqual([]);
    for (const { set, module, file } of checkSets) expect((set as CheckSet).module, file).toBe(module.id);
  });

  it('keeps at least 40% of the checks "apply" too', () => {
    expect(applyShareProblem(checkSets.map(({ set }) => set as CheckSet))).toBeUndefined();
  });

  it('uses question ids that no quiz uses, so review keys and page anchors never collide', () => {
    const quizIds = new Set(sources.flatMap(({ quiz }) => quiz.questions.map((q) => q.id)));
    const shared = checkSets.flatMap(({ set }) =>
      (set as CheckSet).questions.filter((q) => quizIds.has(q.id)),
    );
    expect(shared.map((q) => q.id)).toEqual([]);
  });
});

describe('quiz pages', () => {
  it('maps module quizzes and the final assessment both ways', () => {
    expect(quizPage({ id: 'understanding-quiz', module: 'understanding' })).toBe('/learn/understanding/quiz');
    expect(quizIdAtPage('/learn/understanding/quiz')).toBe('understanding-quiz');
    expect(quizPage({ id: 'final-assessment', module: 'final' })).toBe('/learn/wrap-up/final-assessment');
    expect(quizIdAtPage('/learn/wrap-up/final-assessment')).toBe('final-assessment');
    expect(quizIdAtPage('/learn/understanding/insulin-and-glucose')).toBeUndefined();
  });
});
