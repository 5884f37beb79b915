import { render, screen } from '@testing-library/react';
import type { Props } from '@theme/DocSidebarItem/Link';
import { renderToString } from 'react-dom/server';
import { emptyProgress, serializeProgress, updateQuiz } from '../../../quiz/progress';
import { clearProgressStores } from '../../../quiz/progressStore';
import DocSidebarItemLink from './index';

const KEY = 'irc:/course-under-test/:progress';

function props(href: string, label: string): Props {
  return {
    item: { type: 'link', href, label, docId: undefined },
    level: 1,
    index: 0,
    activePath: '/',
  } as Props;
}
function pass(quizId: string) {
  const progress = updateQuiz(emptyProgress(), quizId, (q) => ({ ...q, passed: true }));
  localStorage.setItem(KEY, serializeProgress(progress));
}

beforeEach(() => {
  clearProgressStores();
  localStorage.clear();
});

describe('DocSidebarItem/Link wrapper', () => {
  it('marks a passed module quiz, with words for screen readers', () => {
    pass('understanding-quiz');
    render(<DocSidebarItemLink {...props('/course-under-test/learn/understanding/quiz', 'Quiz')} />);
    expect(screen.getByRole('link', { name: 'Quiz (quiz passed)' })).toBeInTheDocument();
    expect(screen.getByText('✓ passed')).toHaveAttribute('aria-hidden', 'true');
  });

  it('marks the passed final assessment', () => {
    pass('final-assessment');
    render(<DocSidebarItemLink {...props('/course-under-test/learn/wrap-up/final-assessment', 'Final')} />);
    expect(screen.getByText('✓ passed')).toBeInTheDocument();
  });

  it('leaves quizzes not passed, and lessons, unmarked', () => {
    pass('understanding-quiz');
    render(
      <ul>
        <DocSidebarItemLink {...props('/course-under-test/learn/vicious-cycle/quiz', 'Quiz 2')} />
        <DocSidebarItemLink
          {...props('/course-under-test/learn/understanding/insulin-and-glucose', 'Insulin')}
        />
      </ul>,
    );
    expect(screen.queryByText('✓ passed')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quiz 2' })).toBeInTheDocument();
  });

  it('renders no marker on the server (it appears after hydration)', () => {
    pass('understanding-quiz');
    const html = renderToString(
      <DocSidebarItemLink {...props('/course-under-test/learn/understanding/quiz', 'Quiz')} />,
    );
    expect(html).not.toContain('passed');
  });
});
