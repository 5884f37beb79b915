import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeQuiz } from '../../quiz/__fixtures__/quiz';
import { parseProgress } from '../../quiz/progress';
import { clearProgressStores } from '../../quiz/progressStore';
import { must } from '../../test/must';
import InlineCheck from './index';

const KEY = 'irc:/course-under-test/:progress';
const question = must(makeQuiz().questions[0], 'the single-answer question'); // "Which organ…", pancreas

function stored() {
  const read = parseProgress(localStorage.getItem(KEY) ?? '');
  if (read.status !== 'ok') throw new Error('no stored progress');
  return read.progress;
}

beforeEach(() => {
  clearProgressStores();
  localStorage.clear();
});

describe('InlineCheck', () => {
  it('is a region named by its question, checked like a quiz question and saved in its set', async () => {
    const user = userEvent.setup();
    render(<InlineCheck setId="demo-checks" question={question} />);
    expect(screen.getByRole('region', { name: `Check yourself ${question.prompt}` })).toBeInTheDocument();
    await user.click(screen.getByLabelText('The liver'));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('heading', { name: /Not quite/ })).toHaveFocus();
    expect(stored().quizzes['demo-checks']?.checked).toEqual([question.id]);
    expect(stored().review[`demo-checks/${question.id}`]).toMatchObject({ box: 0, last: 'missed' });

    // "Try again" clears the missed answer; a right answer offers "I guessed".
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('group', { name: /Which organ/ }).closest('form')).toHaveFocus();
    await user.click(screen.getByLabelText('The pancreas'));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('heading', { name: /Correct/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I guessed', pressed: false }));
    expect(screen.getByRole('button', { name: 'I guessed', pressed: true })).toBeInTheDocument();
    expect(stored().quizzes['demo-checks']?.guessed).toEqual([question.id]);
    expect(stored().review[`demo-checks/${question.id}`]).toMatchObject({ box: 0, last: 'guessed' });
  });
});
