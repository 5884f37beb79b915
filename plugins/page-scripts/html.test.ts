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

  it('adds the scripts in order, not async, after the load event and one more frame', () => {
    const added: { src: string; async: boolean }[] = [];
    let onLoad: (() => void) | undefined;
    let frame: (() => void) | undefined;
    let timer: (() => void) | undefined;
    const fakeWindow = {
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
      (callback: () => void) => (frame = callback),
      (callback: () => void) => (timer = callback),
    );
    expect(added).toEqual([]);
    onLoad?.();
    frame?.();
    expect(added).toEqual([]);
    timer?.();
    expect(added).toEqual([
      { src: '/a.js', async: false },
      { src: '/b.js', async: false },
    ]);
  });
});
