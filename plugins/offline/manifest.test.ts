import { cacheId, isPrecached, pageUrl, precacheEntries, SEARCH_INDEX, webManifest } from './manifest';

const file = (path: string, text = path) => ({ path, bytes: Buffer.from(text) });

describe('what the service worker stores', () => {
  it('keeps pages, code, styles, diagrams, images and woff2 fonts; leaves out downloads and old font formats', () => {
    for (const kept of [
      'index.html',
      'learn/welcome.html',
      'assets/js/main.abc.js',
      'assets/css/styles.abc.css',
      'assets/diagrams/abc.json',
      'assets/katex-0.16.0/fonts/KaTeX_Main-Regular.woff2',
      'img/logo.svg',
      'manifest.webmanifest',
    ]) {
      expect(isPrecached(kept), kept).toBe(true);
    }
    for (const left of [
      'sw.js',
      'downloads/understanding.gift.txt',
      'downloads/course.pdf',
      'sitemap.xml',
      'assets/katex-0.16.0/fonts/KaTeX_Main-Regular.woff',
      'assets/katex-0.16.0/fonts/KaTeX_Main-Regular.ttf',
      '.nojekyll',
    ]) {
      expect(isPrecached(left), left).toBe(false);
    }
  });

  it('stores pages under the address readers open, under the base path', () => {
    expect(pageUrl('index.html', '/course/')).toBe('/course/');
    expect(pageUrl('learn/welcome.html', '/course/')).toBe('/course/learn/welcome');
    expect(pageUrl('learn/index.html', '/')).toBe('/learn/');
    expect(pageUrl('404.html', '/c/')).toBe('/c/404');
    expect(pageUrl('assets/js/main.js', '/c/')).toBe('/c/assets/js/main.js');
  });

  it('gives each file a revision of its bytes, so only changed files are downloaded again', () => {
    const before = precacheEntries([file('a.html', 'one'), file('b.js', 'two')], '/c/');
    const after = precacheEntries([file('a.html', 'one, changed'), file('b.js', 'two')], '/c/');
    const revision = (entries: typeof before, url: string) => entries.find((e) => e.url === url)?.revision;
    expect(revision(after, '/c/a')).not.toBe(revision(before, '/c/a'));
    expect(revision(after, '/c/b.js')).toBe(revision(before, '/c/b.js'));
  });

  it('lists the search index even before the search plugin has written it, revised with the pages', () => {
    const before = precacheEntries([file('a.html', 'one')], '/c/');
    const after = precacheEntries([file('a.html', 'two'), file(SEARCH_INDEX, 'stale')], '/c/');
    const search = (entries: typeof before) => entries.filter((e) => e.url === `/c/${SEARCH_INDEX}`);
    expect(search(before)).toHaveLength(1);
    expect(search(after)).toHaveLength(1);
    expect(search(after)[0]?.revision).not.toBe(search(before)[0]?.revision);
  });

  it('names each course’s store after its base path', () => {
    expect(cacheId('/course-under-test/')).toBe('course-course-under-test');
    expect(cacheId('/')).toBe('course');
    expect(cacheId('/a/b/')).not.toBe(cacheId('/a/'));
  });

  it('describes an installable app with relative addresses, so any base path works', () => {
    const manifest = webManifest({
      name: 'Course',
      shortName: 'C',
      description: 'd',
      themeColor: '#000',
      backgroundColor: '#fff',
    }) as { start_url: string; scope: string; icons: { src: string; sizes: string }[] };
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect(icon.src.startsWith('/')).toBe(false);
  });
});
