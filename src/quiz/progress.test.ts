import {
  emptyProgress,
  MAX_VISITS,
  parseProgress,
  recordVisit,
  serializeProgress,
  updateQuiz,
  visitsByRecency,
  type Progress,
} from './progress';

const good: Progress = {
  quizzes: {
    'demo-quiz': {
      answers: { 'q-single': ['pancreas'] },
      checked: ['q-single'],
      last: { correct: 3, total: 4, at: 1000 },
      best: { correct: 3, total: 4, at: 1000 },
      passed: true,
      completedAt: 1000,
    },
  },
  visits: { '/learn/demo/insulin': { at: 5, title: 'Insulin' } },
};

describe('parseProgress', () => {
  it('reads back what serializeProgress wrote', () => {
    expect(parseProgress(serializeProgress(good))).toEqual({ status: 'ok', progress: good, dropped: 0 });
  });

  it('stores a schema version', () => {
    expect(JSON.parse(serializeProgress(emptyProgress()))).toEqual({ version: 1, quizzes: {}, visits: {} });
  });

  it.each([
    ['corrupt JSON', '{"version":1,', 'not valid JSON'],
    ['a non-object', '[1,2]', 'not an object'],
    ['no version', '{"quizzes":{}}', 'no format version'],
    ['version 0', '{"version":0}', 'no format version'],
  ])('calls %s unreadable', (_name, raw, reason) => {
    expect(parseProgress(raw)).toEqual({ status: 'unreadable', reason });
  });

  it('recognises a newer version without reading it', () => {
    expect(parseProgress('{"version":7,"quizzes":{}}')).toEqual({ status: 'newer', version: 7 });
  });

  it('keeps good entries and drops malformed ones, one by one', () => {
    const raw = JSON.stringify({
      version: 1,
      quizzes: {
        'demo-quiz': good.quizzes['demo-quiz'],
        broken: 'yes',
        partial: {
          answers: { a: ['x'], b: 'not a list', c: [1] },
          checked: ['a'],
          best: { correct: 5, total: 4, at: 1 },
          passed: 'maybe',
          completedAt: -1,
        },
      },
      visits: {
        '/learn/a': { at: 1 },
        'no-slash': { at: 2 },
        '/learn/b': { at: 'yesterday' },
        '//evil.example/x': { at: 3, title: 'Continue here' },
        'https://evil.example/learn/a': { at: 4 },
        '/\\evil.example/learn/a': { at: 5 },
      },
      foreign: { anything: true },
    });
    const read = parseProgress(raw);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.progress.quizzes['demo-quiz']).toEqual(good.quizzes['demo-quiz']);
    expect(read.progress.quizzes.partial).toEqual({ answers: { a: ['x'] }, checked: ['a'], passed: false });
    expect(read.progress.quizzes.broken).toBeUndefined();
    expect(read.progress.visits).toEqual({ '/learn/a': { at: 1 } });
    // broken quiz, 2 bad answers, bad best, bad passed, bad completedAt, 5 bad visits
    expect(read.dropped).toBe(11);
  });

  it('counts a wrongly typed section as one dropped part', () => {
    const read = parseProgress('{"version":1,"quizzes":[],"visits":7}');
    expect(read).toEqual({ status: 'ok', progress: emptyProgress(), dropped: 2 });
  });
});

describe('updateQuiz', () => {
  it('changes one quiz without mutating the original', () => {
    const before = emptyProgress();
    const after = updateQuiz(before, 'q', (quiz) => ({ ...quiz, passed: true }));
    expect(after.quizzes.q).toEqual({ answers: {}, checked: [], passed: true });
    expect(before.quizzes).toEqual({});
  });
});

describe('visits', () => {
  it('records the latest visit and keeps a known title', () => {
    let progress = recordVisit(emptyProgress(), '/learn/a', 1, 'Lesson A');
    progress = recordVisit(progress, '/learn/b', 2);
    progress = recordVisit(progress, '/learn/a', 3);
    expect(visitsByRecency(progress)).toEqual([
      { path: '/learn/a', at: 3, title: 'Lesson A' },
      { path: '/learn/b', at: 2 },
    ]);
  });

  it('forgets the oldest visits beyond the limit', () => {
    let progress = emptyProgress();
    for (let i = 0; i <= MAX_VISITS; i++) progress = recordVisit(progress, `/learn/p${i}`, i);
    expect(Object.keys(progress.visits)).toHaveLength(MAX_VISITS);
    expect(progress.visits['/learn/p0']).toBeUndefined();
  });
});
