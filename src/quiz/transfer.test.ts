import { COURSE_ID, emptyProgress, recordVisit, updateQuiz, type Progress } from './progress';
import { exportFileName, exportProgress, parseImport } from './transfer';

const progress: Progress = {
  ...recordVisit(
    updateQuiz(emptyProgress(), 'demo-quiz', (q) => ({ ...q, passed: true, answers: { a: ['b'] } })),
    '/learn/a',
    5,
    'Lesson A',
  ),
  // Spaced review and misconceptions travel with the file too.
  review: {
    'demo-quiz/a': {
      box: 1,
      due: '2026-03-05',
      fp: '1234abcd',
      last: 'right',
      at: 9,
      before: { box: 0, due: '2026-03-02' },
    },
  },
  misconceptions: { 'crp-tests-ir': { count: 3, at: 9, question: 'demo-quiz/a' } },
};
const NOTHING_CHANGED = 'Your progress was not changed.';

describe('exportProgress', () => {
  it('writes the course id, format, version and date with the progress', () => {
    const file = JSON.parse(exportProgress(progress, Date.UTC(2025, 0, 2)));
    expect(file).toMatchObject({
      format: 'irc-progress',
      course: COURSE_ID,
      version: 2,
      exportedAt: '2025-01-02T00:00:00.000Z',
      quizzes: progress.quizzes,
      visits: progress.visits,
      review: progress.review,
      misconceptions: progress.misconceptions,
    });
  });

  it('names the file after the course and the day', () => {
    expect(exportFileName(Date.UTC(2025, 0, 2))).toBe(`${COURSE_ID}-progress-2025-01-02.json`);
  });
});

describe('parseImport', () => {
  const exported = JSON.parse(exportProgress(progress, 0)) as Record<string, unknown>;
  const withChange = (change: Record<string, unknown>) => JSON.stringify({ ...exported, ...change });

  it('reads back an export', () => {
    expect(parseImport(exportProgress(progress, 0))).toEqual({ ok: true, progress });
  });

  it.each([
    ['not JSON', 'hello', 'This file is not a progress file (it is not valid JSON).'],
    [
      'another JSON file',
      '{"name":"package"}',
      'This file is not a progress file exported from this course.',
    ],
    ['null', 'null', 'This file is not a progress file exported from this course.'],
    [
      'another course',
      withChange({ course: 'other' }),
      'This file holds progress for another course ("other").',
    ],
    [
      'a newer version',
      withChange({ version: 3 }),
      'This file comes from a newer version of the course (format 3).',
    ],
    ['no version', withChange({ version: 'one' }), 'This progress file cannot be read (no format version).'],
    [
      'a damaged entry',
      withChange({ quizzes: { good: { passed: true }, bad: 'x' } }),
      'This progress file is damaged (1 part could not be read).',
    ],
    ['too large', ' '.repeat(2_000_001), 'This file is too large to be a progress file.'],
  ])('refuses %s with a clear message', (_name, text, reason) => {
    expect(parseImport(text)).toEqual({ ok: false, message: `${reason} ${NOTHING_CHANGED}` });
  });
});
