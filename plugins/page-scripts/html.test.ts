import { describe, expect, it } from 'vitest';
import { loaderScript, loaderSources, loadScriptsAfterPageLoad } from './html';

const page = (head: string, body = '<main>Text</main>') =>
  `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;
const tag = (src: string) => `<script src="${src}" defer="defer"></script>`;

describe('loadScriptsAfterPageLoad', () => {
  const head = [
    '/base/assets/js/runtime~main.0b18a85a.js',
    '/base/assets/js/main.afc55625.js',
    '/base/assets/js/17896441.353ab6c1.js',
    '/base/assets/js/1635.02000a3e.js',
  ]
    .map(tag)
    .join('');

  it('replaces the deferred scripts by one loader listing the page chunks before the entry', () => {
    const html = loadScriptsAfterPageLoad(page(head));
    expect(html).not.toContain('defer');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(loaderSources(html)).toEqual([
      '/base/assets/js/17896441.353ab6c1.js',
      '/base/assets/js/1635.02000a3e.js',
      '/base/assets/js/runtime~main.0b18a85a.js',
      '/base/assets/js/main.afc55625.js',
    ]);
    expect(html.indexOf('var s=')).toBeLessThan(html.indexOf('</head>'));
  });

  it('keeps the text of the page and every other script as they were', () => {
    const other = '<script>document.documentElement.dataset.theme="light"</script>';
    const json = '<script type="application/ld+json">{"a":1}</script>';
    const html = loadScriptsAfterPageLoad(page(json + head, `${other}<main>Text</main>`));
    expect(html).toContain(other);
    expect(html).toContain(json);
    expect(html).toContain('<main>Text</main>');
  });

  it('leaves a page without deferred bundle scripts, or one already rewritten, unchanged', () => {
    const plain = page('<script src="https://example.org/x.js" defer="defer"></script>');
    expect(loadScriptsAfterPageLoad(plain)).toBe(plain);
    const once = loadScriptsAfterPageLoad(page(head));
    expect(loadScriptsAfterPageLoad(once)).toBe(once);
  });
});

describe('loaderSources', () => {
  it('reads back the list a loader was written with, and nothing from a page without one', () => {
    const sources = ['/a.js', '/b</script>.js'];
    expect(loaderSources(page(loaderScript(sources)))).toEqual(sources);
    expect(loaderSources(page(tag('/base/assets/js/main.1.js')))).toBeUndefined();
  });
});

describe('loaderScript', () => {
  it('cannot be closed early by a file name', () => {
    expect(loaderScript(['/a</script><b>.js'])).not.toContain('</script><b>');
  });

  /** Runs the loader against a fake browser; `paintTiming` says whether it has Paint Timing. */
  function runLoader(paintTiming: boolean) {
    const added: { src: string; async: boolean }[] = [];
    const timers: { callback: () => void; delay: number }[] = [];
    const frames: (() => void)[] = [];
    const observers: { callback: (list: unknown, observer: unknown) => void; disconnected: boolean }[] = [];
    let onLoad: (() => void) | undefined;
    class FakeObserver {
      static supportedEntryTypes = ['paint', 'resource'];
      entry: { callback: (list: unknown, observer: unknown) => void; disconnected: boolean };
      constructor(callback: (list: unknown, observer: unknown) => void) {
        this.entry = { callback, disconnected: false };
        observers.push(this.entry);
      }
      observe(options: { type: string; buffered: boolean }) {
        expect(options).toEqual({ type: 'paint', buffered: true });
      }
      disconnect() {
        this.entry.disconnected = true;
      }
    }
    const fakeWindow = {
      PerformanceObserver: paintTiming ? FakeObserver : undefined,
      addEventListener: (type: string, listener: () => void) => {
        if (type === 'load') onLoad = listener;
      },
    };
    const fakeDocument = {
      readyState: 'interactive',
      createElement: () => ({ src: '', async: true }),
      head: { appendChild: (element: { src: string; async: boolean }) => added.push(element) },
    };
    const code = /<script>([\s\S]*)<\/script>/.exec(loaderScript(['/a.js', '/b.js']))?.[1] ?? '';
    new Function('window', 'document', 'requestAnimationFrame', 'setTimeout', code)(
      fakeWindow,
      fakeDocument,
      (callback: () => void) => frames.push(callback),
      (callback: () => void, delay: number) => timers.push({ callback, delay }),
    );
    /** Paint entries as the observer would get them. */
    const paint = (...names: string[]) => {
      const list = { getEntriesByName: (name: string) => names.filter((entry) => entry === name) };
      for (const observer of observers)
        observer.callback(list, { disconnect: () => (observer.disconnected = true) });
    };
    /** Runs the timers set for `delay` ms, and then the 0 ms ones those set, until none is left. */
    const runTimers = (delay: number) => {
      let due = timers.filter((timer) => timer.delay === delay);
      while (due.length > 0) {
        timers.splice(0, timers.length, ...timers.filter((timer) => !due.includes(timer)));
        for (const timer of due) timer.callback();
        due = timers.filter((timer) => timer.delay === 0);
      }
    };
    return { added, frames, observers, paint, runTimers, timers, load: () => onLoad?.() };
  }

  const BOTH = [
    { src: '/a.js', async: false },
    { src: '/b.js', async: false },
  ];

  it('adds the scripts in order, not async, once the first contentful paint is on the screen', () => {
    const loader = runLoader(true);
    expect(loader.observers).toEqual([]);
    loader.load();
    loader.paint('first-paint');
    loader.runTimers(0);
    expect(loader.added).toEqual([]);
    loader.paint('first-paint', 'first-contentful-paint');
    expect(loader.observers[0]?.disconnected).toBe(true);
    expect(loader.added).toEqual([]);
    loader.runTimers(0);
    expect(loader.added).toEqual(BOTH);
  });

  it('adds each script in a task of its own, in list order', () => {
    const loader = runLoader(false);
    loader.load();
    for (const frame of loader.frames) frame();
    const next = () => {
      const index = loader.timers.findIndex((timer) => timer.delay === 0);
      loader.timers.splice(index, 1)[0]?.callback();
    };
    next(); // the loader's own task: it only schedules
    expect(loader.added).toEqual([]);
    next();
    expect(loader.added).toEqual(BOTH.slice(0, 1));
    next();
    expect(loader.added).toEqual(BOTH);
  });

  it('adds them once only, and 3 s after load at the latest when nothing is painted', () => {
    const painted = runLoader(true);
    painted.load();
    painted.paint('first-contentful-paint');
    for (const timer of [0, 3000]) painted.runTimers(timer);
    expect(painted.added).toEqual(BOTH);

    const hidden = runLoader(true);
    hidden.load();
    hidden.runTimers(0);
    expect(hidden.added).toEqual([]);
    hidden.runTimers(3000);
    expect(hidden.added).toEqual(BOTH);
  });

  it('without Paint Timing, adds them one frame after the load event', () => {
    const loader = runLoader(false);
    loader.load();
    expect(loader.added).toEqual([]);
    for (const frame of loader.frames) frame();
    loader.runTimers(0);
    expect(loader.added).toEqual(BOTH);
  });
});
