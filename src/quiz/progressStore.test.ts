import {
  emptyProgress,
  parseProgress,
  PROGRESS_VERSION,
  recordVisit,
  serializeProgress,
  updateQuiz,
} from './progress';
import { createProgressStore, getProgressStore, clearProgressStores, SERVER_SNAPSHOT } from './progressStore';
import { memoryStorage, storageKey, type StorageLike } from './storage';
import { must } from '../test/must';

const BASE = '/course-under-test/';
const KEY = 'irc:/course-under-test/:progress';
const passQuiz = (p = emptyProgress()) => updateQuiz(p, 'demo-quiz', (q) => ({ ...q, passed: true }));

function throwing(failOn: 'get' | 'set' | 'all'): StorageLike {
  const fail = () => {
    throw new DOMException('nope', 'QuotaExceededError');
  };
  const inner = memoryStorage();
  return {
    getItem: failOn === 'set' ? inner.getItem : fail,
    setItem: failOn === 'get' ? inner.setItem : fail,
    removeItem: failOn === 'get' ? inner.removeItem : fail,
  };
}

describe('storage keys', () => {
  it('are namespaced by base URL', () => {
    expect(storageKey(BASE, 'progress')).toBe(KEY);
    expect(storageKey('/', 'progress')).toBe('irc:/:progress');
  });
});

describe('createProgressStore', () => {
  it('starts empty and persistent with empty storage, then saves each update', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, baseUrl: BASE });
    expect(store.getSnapshot()).toEqual({ progress: emptyProgress(), persistent: true });
    store.update(passQuiz);
    expect(parseProgress(must(storage.data.get(KEY)))).toMatchObject({ status: 'ok', dropped: 0 });
    expect(
      createProgressStore({ storage, baseUrl: BASE }).getSnapshot().progress.quizzes['demo-quiz']?.passed,
    ).toBe(true);
  });

  it('keeps two courses on one origin apart, and leaves foreign keys alone', () => {
    const storage = memoryStorage({ 'someone-else': 'x' });
    createProgressStore({ storage, baseUrl: '/a/' }).update(passQuiz);
    expect(createProgressStore({ storage, baseUrl: '/b/' }).getSnapshot().progress).toEqual(emptyProgress());
    expect(storage.data.get('someone-else')).toBe('x');
  });

  it('returns the same snapshot until something changes, and notifies subscribers', () => {
    const store = createProgressStore({ storage: memoryStorage(), baseUrl: BASE });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.update(passQuiz);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(first);
    unsubscribe();
    store.update(passQuiz);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the good entries of partly damaged data and backs up the original before overwriting', () => {
    const raw = JSON.stringify({
      version: 1,
      quizzes: { 'demo-quiz': { passed: true }, bad: 3 },
      visits: {},
    });
    const storage = memoryStorage({ [KEY]: raw });
    const store = createProgressStore({ storage, baseUrl: BASE, now: () => 99 });
    expect(store.getSnapshot().progress.quizzes['demo-quiz']?.passed).toBe(true);
    expect(storage.data.get(KEY)).toBe(raw); // reading alone changes nothing
    store.update((p) => recordVisit(p, '/learn/a', 1));
    expect(storage.data.get(`${KEY}:backup:99`)).toBe(raw);
    const saved = parseProgress(must(storage.data.get(KEY)));
    expect(saved.status === 'ok' && saved.progress.quizzes['demo-quiz']?.passed).toBe(true);
  });

  it('drops stored visits that are not course pages, keeping them in the backup', () => {
    const raw = JSON.stringify({
      version: 1,
      quizzes: {},
      visits: { '//evil.example/x': { at: 5, title: 'Continue' }, '/learn/a': { at: 1 } },
    });
    const storage = memoryStorage({ [KEY]: raw });
    const store = createProgressStore({ storage, baseUrl: BASE, now: () => 7 });
    expect(Object.keys(store.getSnapshot().progress.visits)).toEqual(['/learn/a']);
    store.update((p) => recordVisit(p, '/learn/b', 2));
    expect(storage.data.get(`${KEY}:backup:7`)).toBe(raw);
    expect(must(storage.data.get(KEY))).not.toContain('evil.example');
  });

  it('never overwrites corrupt data without a backup', () => {
    const storage = memoryStorage({ [KEY]: '{not json' });
    const store = createProgressStore({ storage, baseUrl: BASE, now: () => 7 });
    expect(store.getSnapshot()).toEqual({ progress: emptyProgress(), persistent: true });
    store.update(passQuiz);
    expect(storage.data.get(`${KEY}:backup:7`)).toBe('{not json');
    expect(store.getSnapshot().persistent).toBe(true);
  });

  it('does not write at all when the backup cannot be made', () => {
    const storage = memoryStorage({ [KEY]: '{not json' });
    const store = createProgressStore({ storage, baseUrl: BASE });
    const realSet = storage.setItem;
    storage.setItem = (key, value) => {
      if (key.includes(':backup:')) throw new DOMException('full', 'QuotaExceededError');
      realSet(key, value);
    };
    store.update(passQuiz);
    expect(storage.data.get(KEY)).toBe('{not json');
    expect(store.getSnapshot()).toMatchObject({ persistent: false, notice: 'write-failed' });
    expect(store.getSnapshot().progress.quizzes['demo-quiz']?.passed).toBe(true); // still in memory
  });

  it('leaves data of a newer version untouched and works in memory', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION + 1, everything: 'new' });
    const storage = memoryStorage({ [KEY]: raw });
    const store = createProgressStore({ storage, baseUrl: BASE });
    expect(store.getSnapshot()).toMatchObject({ persistent: false, notice: 'newer-version' });
    store.update(passQuiz);
    store.resetAll();
    expect(storage.data.get(KEY)).toBe(raw);
    expect(store.getSnapshot().notice).toBe('newer-version');
  });

  it.each(['get', 'all'] as const)('works in memory when storage throws on %s', (failOn) => {
    const store = createProgressStore({ storage: throwing(failOn), baseUrl: BASE });
    expect(store.getSnapshot()).toMatchObject({ persistent: false, notice: 'unavailable' });
    store.update(passQuiz);
    expect(store.getSnapshot().progress.quizzes['demo-quiz']?.passed).toBe(true);
  });

  it('never writes where it could not read', () => {
    const storage = memoryStorage({ [KEY]: serializeProgress(passQuiz()) });
    storage.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const store = createProgressStore({ storage, baseUrl: BASE });
    store.resetAll();
    expect(parseProgress(must(storage.data.get(KEY)))).toMatchObject({ status: 'ok', dropped: 0 });
    expect(store.getSnapshot()).toMatchObject({ persistent: false, notice: 'unavailable' });
    expect(storage.data.get(KEY)).toBe(serializeProgress(passQuiz()));
  });

  it('reports storage that reads but refuses writes (quota, private mode)', () => {
    const store = createProgressStore({ storage: throwing('set'), baseUrl: BASE });
    expect(store.getSnapshot()).toMatchObject({ persistent: false, notice: 'unavailable' });
    store.update(passQuiz);
    expect(store.getSnapshot()).toMatchObject({ persistent: false, notice: 'unavailable' });
  });

  it('reports a write that starts failing later', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, baseUrl: BASE });
    expect(store.getSnapshot().persistent).toBe(true);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    store.update(passQuiz);
    expect(store.getSnapshot()).toMatchObject({ persistent: false, notice: 'write-failed' });
  });

  it('works without any storage (server, blocked)', () => {
    const store = createProgressStore({ storage: null, baseUrl: BASE });
    expect(store.getSnapshot()).toMatchObject({ persistent: false, notice: 'unavailable' });
  });

  it('resets everything', () => {
    const storage = memoryStorage({ [KEY]: serializeProgress(passQuiz()) });
    const store = createProgressStore({ storage, baseUrl: BASE });
    store.resetAll();
    expect(store.getSnapshot().progress).toEqual(emptyProgress());
    expect(parseProgress(must(storage.data.get(KEY)))).toEqual({
      status: 'ok',
      progress: emptyProgress(),
      dropped: 0,
    });
  });

  it('follows changes made in another tab', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage, baseUrl: BASE });
    const listener = vi.fn();
    store.subscribe(listener);
    store.getSnapshot();
    storage.data.set(KEY, serializeProgress(passQuiz()));
    window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated' }));
    expect(listener).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().progress.quizzes['demo-quiz']?.passed).toBe(true);
  });
});

describe('getProgressStore', () => {
  afterEach(() => {
    clearProgressStores();
    localStorage.clear();
  });

  it('shares one store per base URL, backed by localStorage', () => {
    const store = getProgressStore(BASE);
    expect(getProgressStore(BASE)).toBe(store);
    expect(getProgressStore('/other/')).not.toBe(store);
    store.update(passQuiz);
    expect(localStorage.getItem(KEY)).toContain('demo-quiz');
  });

  it('offers an empty, quiet server snapshot', () => {
    expect(SERVER_SNAPSHOT).toEqual({ progress: emptyProgress(), persistent: true });
  });
});
