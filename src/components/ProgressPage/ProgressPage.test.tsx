import { render, screen } from '@testing-library/react';
import { makeQuiz } from '../../quiz/__fixtures__/quiz';
import { clearProgressStores } from '../../quiz/progressStore';
import type { Quiz } from '../../quiz/types';
import ProgressPage from './index';

beforeEach(() => {
  clearProgressStores();
  localStorage.clear();
});

const quizzes: Quiz[] = [
  { ...makeQuiz(), id: 'understanding-quiz', module: 'understanding', title: 'Module 1 quiz' },
  { ...makeQuiz(), id: 'final-assessment', module: 'final', title: 'Final assessment' },
];

describe('progress page', () => {
  it('lists every quiz it is given, each linked to its page', () => {
    render(<ProgressPage quizzes={quizzes.map((quiz) => ({ quiz }))} checks={[]} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Your progress' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Module 1 quiz' })).toHaveAttribute(
      'href',
      '/learn/understanding/quiz',
    );
    expect(screen.getByRole('link', { name: 'Final assessment' })).toHaveAttribute(
      'href',
      '/learn/wrap-up/final-assessment',
    );
    expect(screen.getAllByText('Not started')).toHaveLength(quizzes.length);
  });
});
