// The course's real quiz data, checked with the same validator the build uses (without the link
// checker, which needs the built site) and against the page conventions the sidebar relies on.
import { modules } from '../data/modules';
import { quizFiles, quizzes } from '../data/quizzes';
import { quizIdAtPage, quizPage } from './pages';
import { validateQuizzes } from './validate';

describe('course quiz data', () => {
  it('has no problems', () => {
    expect(validateQuizzes(quizFiles)).toEqual([]);
  });

  it('lists every data file once', () => {
    expect(quizFiles.map((f) => f.quiz)).toEqual(quizzes);
  });

  it('puts each quiz on a page the sidebar recognises', () => {
    for (const quiz of quizzes) expect(quizIdAtPage(quizPage(quiz))).toBe(quiz.id);
  });

  it('agrees with the quiz pages the module list links to', () => {
    const ids = quizzes.map((q) => q.id);
    for (const { quizPath } of modules) {
      if (quizPath !== undefined) expect(ids).toContain(quizIdAtPage(quizPath));
    }
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
