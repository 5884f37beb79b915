import { act, render } from '@testing-library/react';
import { makeQuiz } from '../../quiz/__fixtures__/quiz';
import { clearProgressStores } from '../../quiz/progressStore';
import Quiz from './index';

beforeEach(() => {
  clearProgressStores();
  localStorage.clear();
});

describe('a working quiz on paper', () => {
  it('puts every answer back while the page prints, and takes it away afterwards', () => {
    const quiz = makeQuiz();
    const { container } = render(<Quiz quiz={quiz} />);
    expect(container.querySelectorAll('details')).toHaveLength(0);

    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const answers = Array.from(container.querySelectorAll('details'));
    expect(answers).toHaveLength(quiz.questions.length);
    expect(answers[0]?.textContent).toContain('The correct answer:The pancreas');
    expect(answers.every((details) => details.className.includes('printOnly'))).toBe(true);

    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelectorAll('details')).toHaveLength(0);
  });
});
