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
      guessed: [],
      last: { correct: 3, total: 4, at: 1000 },
      best: { correct: 3, total: 4, at: 1000 },
      passed: true,
      completedAt: 1000,
    },
  },
  visits: { '/learn/demo/insulin': { at: 5, title: 'Insulin' } },
  review: {
    'demo-quiz/q-single': {
      box: 0,
      due: '2026-03-02',
      fp: '0badf00d',
      last: 'missed',
      at: 1000,
      before: null,
    },
  },
  misconceptions: { 'crp-tests-ir': { count: 2, at: 1000, question: 'demo-quiz/q-single' } },
};

describe('parseProgress', () => {
  it('reads back what serializeProgress wrote', () => {
    expect(parseProgress(serializeProgress(good))).toEqual({ status: 'ok', progress: good, dropped: 0 });
  });

  it('stores a schema version', () => {
    expect(JSON.parse(serializeProgress(emptyProgress()))).toEqual({
      version: 2,
      quizzes: {},
      visits: {},
      review: {},
      misconceptions: {},
    });
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
      version: 2,
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
      review: {
        'demo-quiz/q-single': good.review['demo-quiz/q-single'],
        'no-slash': good.review['demo-quiz/q-single'],
        'demo-quiz/bad-box': { ...good.review['demo-quiz/q-single'], box: 9 },
        'demo-quiz/bad-day': { ...good.review['demo-quiz/q-single'], due: '2026-02-30' },
        'demo-quiz/bad-before': { ...good.review['demo-quiz/q-single'], before: 'x' },
        'demo-quiz/bad-last': { ...good.review['demo-quiz/q-single'], last: 'lucky' },
      },
      misconceptions: {
        'crp-tests-ir': good.misconceptions['crp-tests-ir'],
        'Not A Tag': { count: 1, at: 1, question: 'a/b' },
        'zero-count': { count: 0, at: 1, question: 'a/b' },
        'bad-question': { count: 1, at: 1, question: '//evil' },
      },
      foreign: { anything: true },
    });
    const read = parseProgress(raw);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.progress.quizzes['demo-quiz']).toEqual(good.quizzes['demo-quiz']);
    expect(read.progress.quizzes.partial).toEqual({
      answers: { a: ['x'] },
      checked: ['a'],
      guessed: [],
      passed: false,
    });
    expect(read.progress.quizzes.broken).toBeUndefined();
    expect(read.progress.visits).toEqual({ '/learn/a': { at: 1 } });
    expect(read.progress.review).toEqual(good.review);
    expect(read.progress.misconceptions).toEqual(good.misconceptions);
    // broken quiz, 2 bad answers, bad best, bad passed, bad completedAt, 5 bad visits, 5 bad
    // review items, 3 bad misconceptions
    expect(read.dropped).toBe(19);
  });

  it('counts a wrongly typed section as one dropped part', () => {
    const read = parseProgress('{"version":2,"quizzes":[],"visits":7,"review":[],"misconceptions":"x"}');
    expect(read).toEqual({ status: 'ok', progress: emptyProgress(), dropped: 4 });
  });
});

describe('updateQuiz', () => {
  it('changes one quiz without mutating the original', () => {
    const before = emptyProgress();
    const after = updateQuiz(before, 'q', (quiz) => ({ ...quiz, passed: true }));
    expect(after.quizzes.q).toEqual({ answers: {}, checked: [], guessed: [], passed: true });
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

describe('migration from version 1', () => {
  // Exactly as version 1 of the course stored it (copied from a browser before version 2).
  const v1 = JSON.stringify({
    version: 1,
    quizzes: {
      'understanding-quiz': {
        answers: { 'largest-glucose-sink': ['muscle'], 'ir-definition': ['smaller-effect'] },
        checked: ['largest-glucose-sink', 'ir-definition'],
        last: { correct: 9, total: 12, at: 1764000000000 },
        best: { correct: 10, total: 12, at: 1763900000000 },
        passed: true,
        completedAt: 1764000000000,
      },
      'vicious-cycle-quiz': { answers: { 'jnk-mechanism-order': ['a', 'b'] }, checked: [], passed: false },
    },
    visits: {
      '/learn/understanding/insulin-and-glucose': { at: 1763800000000, title: 'Insulin and glucose' },
      '/learn/welcome': { at: 1763700000000 },
    },
  });

  it('keeps every quiz answer, score and visit, and starts review and misconceptions empty', () => {
    const read = parseProgress(v1);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    const before = JSON.parse(v1) as { quizzes: Record<string, object>; visits: object };
    expect(read.dropped).toBe(0);
    expect(read.progress.visits).toEqual(before.visits);
    for (const [id, quiz] of Object.entries(before.quizzes)) {
      expect(read.progress.quizzes[id]).toEqual({ ...quiz, guessed: [] });
    }
    expect(read.progress.review).toEqual({});
    expect(read.progress.misconceptions).toEqual({});
    // Written back, it is a version-2 record that reads the same.
    const again = parseProgress(serializeProgress(read.progress));
    expect(again).toEqual({ status: 'ok', progress: read.progress, dropped: 0 });
    expect(JSON.parse(serializeProgress(read.progress))).toMatchObject({ version: 2 });
  });

  it('reads a damaged version-1 record part by part, as before', () => {
    const damaged = JSON.stringify({
      version: 1,
      quizzes: {
        'understanding-quiz': { answers: { a: ['x'], b: 7 }, checked: 'all', passed: true },
        'gone-wrong': null,
      },
      visits: { '/learn/a': { at: 1 }, '//evil.example/x': { at: 2 } },
      // A version-1 record never had these; if one does, they are read like version 2's.
      review: { 'a/b': { box: 'x' } },
    });
    const read = parseProgress(damaged);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.progress.quizzes['understanding-quiz']).toEqual({
      answers: { a: ['x'] },
      checked: [],
      guessed: [],
      passed: true,
    });
    expect(read.progress.visits).toEqual({ '/learn/a': { at: 1 } });
    // b's answer, checked, the null quiz and the off-site visit; the migration replaces `review`.
    expect(read.dropped).toBe(4);
  });

  it('reads a version-1 record with nothing in it', () => {
    expect(parseProgress('{"version":1}')).toEqual({ status: 'ok', progress: emptyProgress(), dropped: 0 });
  });
});
