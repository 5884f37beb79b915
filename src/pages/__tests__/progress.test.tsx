import { render, screen } from '@testing-library/react';
import { quizzes } from '../../data/quizzes';
import { clearProgressStores } from '../../quiz/progressStore';
import ProgressPage from '../progress';

beforeEach(() => {
  clearProgressStores();
  localStorage.clear();
});

describe('progress page', () => {
  it('lists every quiz of the course, each linked to its page', () => {
    render(<ProgressPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Your progress' })).toBeInTheDocument();
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining(['/learn/understanding/quiz', '/learn/wrap-up/final-assessment']),
    );
    expect(screen.getAllByText('Not started')).toHaveLength(quizzes.length);
  });
});
