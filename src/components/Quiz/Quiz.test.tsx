import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeQuiz } from '../../quiz/__fixtures__/quiz';
import { emptyProgress, recordVisit, serializeProgress } from '../../quiz/progress';
import { clearProgressStores } from '../../quiz/progressStore';
import { initialStepOrder } from '../../quiz/shuffle';
import type { OrderQuestion } from '../../quiz/types';
import Quiz from './index';
import { must } from '../../test/must';

const KEY = 'irc:/course-under-test/:progress';
const quiz = makeQuiz();

function question(name: RegExp | string) {
  return screen.getByRole('group', { name });
}
function formOf(name: RegExp | string): HTMLElement {
  return must(question(name).closest('form'), 'form');
}
const live = () => document.querySelector('[aria-live="polite"]');

async function answerAllCorrectlyExceptMultiple(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText('The pancreas'));
  await user.click(within(formOf(/Which organ/)).getByRole('button', { name: 'Check answer' }));
  await user.click(screen.getByLabelText('TNF-alpha'));
  await user.click(within(formOf(/Which are cytokines/)).getByRole('button', { name: 'Check answer' }));
  await user.click(screen.getByLabelText('False'));
  await user.click(within(formOf(/same as type 2/)).getByRole('button', { name: 'Check answer' }));
  await user.click(within(formOf(/Put the steps/)).getByRole('button', { name: 'Check answer' }));
}

beforeEach(() => {
  clearProgressStores();
  localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('Quiz', () => {
  it('renders every question as a fieldset with a legend and native controls', () => {
    render(<Quiz quiz={quiz} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Demo quiz' })).toBeInTheDocument();
    expect(screen.getAllByRole('group')).toHaveLength(4);
    expect(within(question(/Which organ/)).getAllByRole('radio')).toHaveLength(3);
    expect(within(question(/Which are cytokines/)).getAllByRole('checkbox')).toHaveLength(3);
    expect(
      within(question(/same as type 2/))
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['true', 'false']);
    expect(screen.queryByText('Show answer')).not.toBeInTheDocument(); // hydrated: no <details>
  });

  it('single: checks a wrong choice, marks each option in words, explains, links the lesson and moves focus', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    const group = question(/Which organ/);
    const check = within(must(group.closest('form'), 'form')).getByRole('button', { name: 'Check answer' });
    expect(check).toBeDisabled();
    await user.click(within(group).getByLabelText('The liver'));
    expect(check).toBeEnabled();
    await user.click(check);

    const form = must(group.closest('form'), 'form');
    const heading = within(form).getByRole('heading', { name: /Not quite/ });
    expect(heading).toHaveFocus();
    expect(within(form).getByText('Incorrect answer, your choice.')).toBeInTheDocument();
    expect(within(form).getByText('Correct answer, not chosen.')).toBeInTheDocument();
    expect(within(form).getByText(/The liver responds to it\./)).toBeInTheDocument();
    expect(within(form).getByText('Beta cells in the pancreas make insulin.')).toBeInTheDocument();
    expect(within(form).getByRole('link', { name: 'Review: Insulin' })).toHaveAttribute(
      'href',
      '/learn/demo/insulin#what-insulin-does',
    );
    expect(within(group).getByLabelText('The pancreas')).toBeDisabled(); // locked after checking
    expect(live()).toHaveTextContent('Question 1: not quite.');
  });

  it('single: a correct choice says so', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    await user.click(screen.getByLabelText('The pancreas'));
    await user.keyboard('{Enter}'); // submits the question's form
    expect(screen.getByRole('heading', { name: /Correct/ })).toHaveFocus();
    expect(screen.getByText('Correct answer, your choice.')).toBeInTheDocument();
    expect(live()).toHaveTextContent('Question 1: correct.');
  });

  it('names the lesson to review by its title once the learner has opened it', async () => {
    localStorage.setItem(
      KEY,
      serializeProgress(recordVisit(emptyProgress(), '/learn/demo/insulin', 1, 'Insulin basics')),
    );
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    await user.click(screen.getByLabelText('The pancreas'));
    await user.click(within(formOf(/Which organ/)).getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('link', { name: 'Review: Insulin basics' })).toBeInTheDocument();
  });

  it('multiple: all-or-nothing, with what was missed', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    const form = must(question(/Which are cytokines/).closest('form'), 'form');
    await user.click(within(form).getByLabelText('TNF-alpha'));
    await user.click(within(form).getByLabelText('Insulin'));
    await user.click(within(form).getByLabelText('Insulin')); // unticked again
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    expect(within(form).getByRole('heading', { name: /Not quite/ })).toBeInTheDocument();
    expect(within(form).getByText('You chose 1 of the 2 correct options.')).toBeInTheDocument();
    expect(within(form).getByRole('link', { name: 'Review: Cytokines' })).toBeInTheDocument();
  });

  it('true-false: scores the chosen side', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    const form = must(question(/same as type 2/).closest('form'), 'form');
    await user.click(within(form).getByLabelText('False'));
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    expect(within(form).getByRole('heading', { name: /Correct/ })).toBeInTheDocument();
  });

  it('order: starts shuffled, moves steps with named buttons, keeps focus and reports positions', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    const form = must(question(/Put the steps/).closest('form'), 'form');
    const texts = () =>
      within(form)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')?.textContent);
    const shown = initialStepOrder(quiz.id, quiz.questions[3] as OrderQuestion).map((s) => s.text);
    expect(texts()).toEqual(shown);

    const second = must(shown[1]);
    const up = within(form).getByRole('button', { name: `Move up: ${second}` });
    await user.click(up);
    expect(texts()[0]).toBe(second);
    expect(within(form).getByRole('button', { name: `Move down: ${second}` })).toHaveFocus(); // up is now disabled
    expect(within(form).getByRole('button', { name: `Move up: ${second}` })).toBeDisabled();
    expect(live()).toHaveTextContent(`“${second}” moved to position 1 of 4.`);

    // Put them in the correct order with the keyboard alone.
    const correct = [
      'Fat tissue enlarges',
      'Macrophages arrive',
      'Cytokines are released',
      'Insulin signalling is blocked',
    ];
    for (const [target, text] of correct.entries()) {
      while (texts().indexOf(text) > target) {
        within(form)
          .getByRole('button', { name: `Move up: ${text}` })
          .focus();
        await user.keyboard('{Enter}');
      }
    }
    expect(texts()).toEqual(correct);
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    expect(within(form).getByRole('heading', { name: /Correct/ })).toBeInTheDocument();
    expect(within(form).getAllByText('In the right place.')).toHaveLength(4);
  });

  it('order: a wrong order says where each step belongs', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    const form = must(question(/Put the steps/).closest('form'), 'form');
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    expect(within(form).getByRole('heading', { name: /Not quite/ })).toBeInTheDocument();
    expect(within(form).getAllByText(/^Belongs at position \d\.$/).length).toBeGreaterThan(0);
    expect(within(form).getByText(/steps are in the right place\./)).toBeInTheDocument();
  });

  it('shows the score at the end, retries only the missed ones and resets', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    expect(screen.getByText('0 of 4 questions checked.')).toBeInTheDocument();
    await answerAllCorrectlyExceptMultiple(user);
    expect(screen.getByRole('heading', { name: 'Your score' })).toBeInTheDocument();
    expect(screen.getByText(/right \(/)).toHaveTextContent(
      '2 of 4 right (50%). The pass mark is 70%: retry the ones you missed when you are ready.',
    );
    expect(live()).toHaveTextContent(/Quiz complete: 2 of 4 right\./);

    await user.click(screen.getByRole('button', { name: 'Retry the ones I missed (2)' }));
    expect(formOf(/Which are cytokines/)).toHaveFocus();
    expect(screen.getByLabelText('TNF-alpha')).not.toBeChecked();
    expect(screen.getByLabelText('TNF-alpha')).toBeEnabled();
    expect(screen.getByLabelText('The pancreas')).toBeChecked(); // kept: it was right
    expect(screen.getByLabelText('The pancreas')).toBeDisabled();
    expect(screen.getByText('2 of 4 questions checked.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset this quiz' }));
    expect(screen.getByLabelText('The pancreas')).not.toBeChecked();
    expect(screen.getByText('0 of 4 questions checked.')).toBeInTheDocument();
    expect(live()).toHaveTextContent('The quiz was reset.');
  });

  it('saves answers as the learner goes and restores them on reload', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Quiz quiz={quiz} />);
    await user.click(screen.getByLabelText('The liver'));
    await user.click(within(formOf(/Which organ/)).getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByLabelText('IL-6'));
    expect(localStorage.getItem(KEY)).toContain('"q-multiple":["il6"]');
    unmount();

    clearProgressStores(); // as after a page reload
    render(<Quiz quiz={quiz} />);
    expect(screen.getByLabelText('The liver')).toBeChecked();
    expect(screen.getByText('Incorrect answer, your choice.')).toBeInTheDocument();
    expect(screen.getByLabelText('IL-6')).toBeChecked();
    expect(screen.getByLabelText('IL-6')).toBeEnabled(); // not checked yet
    expect(screen.getByText(/saved in this browser/)).toBeInTheDocument();
  });

  it('works in memory with a quiet notice when storage refuses writes', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    expect(screen.getByText(/Your progress will not be kept/)).toBeInTheDocument();
    await user.click(screen.getByLabelText('The pancreas'));
    await user.click(within(formOf(/Which organ/)).getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText('Correct answer, your choice.')).toBeInTheDocument();
  });

  it('says progress from a newer course version is kept untouched, not that the browser refuses', async () => {
    const newer = JSON.stringify({ version: 99, quizzes: {}, visits: {} });
    localStorage.setItem(KEY, newer);
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    const notice = screen.getByText(/saved by a newer version of this course/);
    expect(notice).toHaveTextContent('It is kept untouched. Reload the page to get the newer course');
    expect(notice).not.toHaveTextContent(/private browsing/);
    await user.click(screen.getByLabelText('The pancreas'));
    expect(localStorage.getItem(KEY)).toBe(newer);
  });

  it('shows the notice when a write starts failing during the visit', async () => {
    const user = userEvent.setup();
    render(<Quiz quiz={quiz} />);
    expect(screen.queryByText(/will not be kept/)).not.toBeInTheDocument();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await act(() => user.click(screen.getByLabelText('The pancreas')));
    expect(screen.getByText(/Your progress will not be kept/)).toBeInTheDocument();
    expect(screen.getByLabelText('The pancreas')).toBeChecked();
  });
});
