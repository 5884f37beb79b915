import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeQuiz } from '../../quiz/__fixtures__/quiz';
import {
  emptyProgress,
  recordVisit,
  serializeProgress,
  updateQuiz,
  type Progress,
} from '../../quiz/progress';
import { clearProgressStores } from '../../quiz/progressStore';
import { exportProgress } from '../../quiz/transfer';
import type { Quiz } from '../../quiz/types';
import ProgressDashboard from './index';
import { must } from '../../test/must';

const KEY = 'irc:/course-under-test/:progress';
const first = makeQuiz();
const second: Quiz = { ...makeQuiz(), id: 'second-quiz', module: 'second', title: 'Second quiz' };
const third: Quiz = { ...makeQuiz(), id: 'third-quiz', module: 'third', title: 'Third quiz' };
const quizzes = [first, second, third];
const COURSE_PAGES = new Set(['/learn/demo/insulin', '/learn/demo/cycle-steps']);

function seeded(): Progress {
  let progress = updateQuiz(emptyProgress(), first.id, (q) => ({
    ...q,
    passed: true,
    best: { correct: 4, total: 4, at: 1 },
    last: { correct: 3, total: 4, at: 2 },
  }));
  progress = updateQuiz(progress, second.id, (q) => ({
    ...q,
    answers: { 'q-single': ['liver'] },
    checked: ['q-single'],
  }));
  progress = recordVisit(progress, '/learn/demo/insulin', Date.UTC(2025, 0, 1), 'Insulin basics');
  return recordVisit(progress, '/learn/demo/cycle-steps', Date.UTC(2025, 0, 2));
}

function renderDashboard(progress?: Progress) {
  if (progress) localStorage.setItem(KEY, serializeProgress(progress));
  return render(<ProgressDashboard quizzes={quizzes} coursePages={COURSE_PAGES} />);
}
const moduleItem = (name: string) => must(screen.getByRole('link', { name }).closest('li'), 'module item');

// jsdom's Blob lacks text(), which every browser the course supports has.
function readBlob(this: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(this);
  });
}
beforeAll(() => {
  if (!('text' in Blob.prototype))
    Object.defineProperty(Blob.prototype, 'text', { value: readBlob, configurable: true });
});

beforeEach(() => {
  clearProgressStores();
  localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('ProgressDashboard', () => {
  it('says plainly that progress stays on this device', () => {
    renderDashboard();
    expect(
      screen.getByText(/stays in this browser on this device\. Nothing is sent anywhere/),
    ).toBeInTheDocument();
  });

  it('shows each quiz with its status and score', () => {
    renderDashboard(seeded());
    expect(moduleItem('Demo quiz')).toHaveTextContent('Passed, best score 4 of 4 (100%)');
    expect(moduleItem('Demo quiz').querySelector('a')).toHaveAttribute('href', '/learn/demo/quiz');
    expect(moduleItem('Second quiz')).toHaveTextContent('In progress: 1 of 4 questions checked');
    expect(moduleItem('Third quiz')).toHaveTextContent('Not started');
  });

  it('shows the last score of a completed attempt that did not pass', () => {
    renderDashboard(
      updateQuiz(emptyProgress(), first.id, (q) => ({ ...q, last: { correct: 1, total: 4, at: 1 } })),
    );
    expect(moduleItem('Demo quiz')).toHaveTextContent('In progress: last score 1 of 4 (25%), pass mark 70%');
  });

  it('shows overall completion, where to continue and the lessons opened', () => {
    renderDashboard(seeded());
    expect(screen.getByRole('progressbar', { name: '1 of 3 quizzes passed' })).toHaveAttribute('value', '1');
    expect(screen.getByText(/2 lessons opened\./)).toBeInTheDocument();
    const overall = screen.getByRole('region', { name: 'Overall' });
    expect(within(overall).getByRole('link', { name: 'Cycle steps' })).toHaveAttribute(
      'href',
      '/learn/demo/cycle-steps',
    );
    const lessons = screen.getByRole('region', { name: 'Lessons already opened' });
    expect(
      within(lessons)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Cycle steps', 'Insulin basics']);
  });

  it('links only visits to pages of this course', () => {
    const removed = recordVisit(seeded(), '/learn/demo/removed-lesson', Date.UTC(2025, 0, 3), 'Removed');
    const raw = JSON.parse(serializeProgress(removed)) as { visits: Record<string, unknown> };
    raw.visits['//evil.example/x'] = { at: Date.UTC(2025, 0, 4), title: 'Continue here' };
    localStorage.setItem(KEY, JSON.stringify(raw));
    render(<ProgressDashboard quizzes={quizzes} coursePages={COURSE_PAGES} />);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => href.includes('evil') || href.includes('removed'))).toEqual([]);
    expect(screen.queryByText('Continue here')).not.toBeInTheDocument();
    expect(screen.getByText('2 lessons opened.', { exact: false })).toBeInTheDocument();
  });

  it('invites a first visit when nothing was opened', () => {
    renderDashboard();
    expect(screen.getByRole('link', { name: 'Start with the welcome page' })).toHaveAttribute(
      'href',
      '/learn/welcome',
    );
    expect(screen.getByText('None yet.')).toBeInTheDocument();
  });

  it('downloads the progress as a JSON file', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:progress';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^insulin-resistance-inflammation-progress-\d{4}-\d{2}-\d{2}\.json$/);
    });
    const user = userEvent.setup();
    renderDashboard(seeded());
    await user.click(screen.getByRole('button', { name: 'Download progress file' }));
    expect(click).toHaveBeenCalledTimes(1);
    const file = JSON.parse(await must(blobs[0], 'a blob').text());
    expect(file).toMatchObject({
      format: 'irc-progress',
      version: 2,
      course: 'insulin-resistance-inflammation',
    });
    expect(file.quizzes[first.id].passed).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('Your progress file was downloaded.');
  });

  it('imports a valid file, replacing the progress', async () => {
    const user = userEvent.setup();
    renderDashboard();
    const text = exportProgress(seeded(), 0);
    await user.upload(
      screen.getByLabelText('Import a progress file'),
      new File([text], 'p.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Progress imported: 2 quizzes and 2 lessons.')).toBeInTheDocument();
    expect(moduleItem('Demo quiz')).toHaveTextContent('Passed');
    expect(localStorage.getItem(KEY)).toContain('second-quiz');
  });

  it('refuses a damaged file with a clear message and changes nothing', async () => {
    const user = userEvent.setup();
    renderDashboard(seeded());
    const before = localStorage.getItem(KEY);
    await user.upload(
      screen.getByLabelText('Import a progress file'),
      new File(['{"format":"irc-progress"'], 'p.json'),
    );
    expect(
      await screen.findByText(/^Import failed: This file is not a progress file \(it is not valid JSON\)\./),
    ).toHaveTextContent('Your progress was not changed.');
    expect(localStorage.getItem(KEY)).toBe(before);
    expect(moduleItem('Demo quiz')).toHaveTextContent('Passed');
  });

  it('resets everything only after confirmation', async () => {
    const user = userEvent.setup();
    renderDashboard(seeded());
    await user.click(screen.getByRole('button', { name: 'Reset all progress…' }));
    const confirm = screen.getByRole('group', { name: /Erase all answers/ });
    expect(within(confirm).getByRole('button', { name: 'Yes, reset everything' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Reset all progress…' })).toHaveFocus();
    expect(moduleItem('Demo quiz')).toHaveTextContent('Passed');

    await user.click(screen.getByRole('button', { name: 'Reset all progress…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    expect(moduleItem('Demo quiz')).toHaveTextContent('Not started');
    expect(screen.getByText('0 lessons opened.', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('All progress on this device was erased.');
    expect(screen.getByRole('button', { name: 'Reset all progress…' })).toHaveFocus();
  });

  it('says when the browser holds progress from a newer version of the course', () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 99, quizzes: {}, visits: {} }));
    render(<ProgressDashboard quizzes={quizzes} coursePages={COURSE_PAGES} />);
    const notice = screen.getByText(/saved by a newer version of this course/);
    expect(notice).toHaveTextContent('kept untouched');
    expect(notice).not.toHaveTextContent(/private browsing/);
  });

  it('says when progress cannot be kept', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    renderDashboard();
    expect(screen.getByText(/Your progress will not be kept/)).toBeInTheDocument();
  });
});
