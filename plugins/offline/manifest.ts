// What the service worker keeps for offline reading: every file of the built course a reader can
// need, with a revision (a hash of its bytes) so that a changed file, and only a changed file, is
// downloaded again by the next version.
import { createHash } from 'node:crypto';

export interface PrecacheEntry {
  url: string;
  revision: string;
}

/**
 * Left out: the worker itself; teachers' downloads (quiz exports, the PDF): files to save, not
 * pages to read; the sitemap; and the KaTeX fonts in formats older than woff2 (every browser with
 * service workers reads woff2, so they would only be downloaded for nothing).
 */
const LEFT_OUT = [/^sw\.js$/, /^downloads\//, /^sitemap\.xml$/, /\.(?:woff|ttf|eot|map)$/, /(?:^|\/)\./];

export function isPrecached(relativePath: string): boolean {
  return !LEFT_OUT.some((pattern) => pattern.test(relativePath));
}

export function revisionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * The address a page is read at: GitHub Pages (and the test server) serve `learn/x.html` at
 * `learn/x` and `index.html` at the folder, and may redirect the `.html` address, so pages are
 * stored under the address a reader opens.
 */
export function pageUrl(relativePath: string, baseUrl: string): string {
  if (relativePath === 'index.html') return baseUrl;
  if (relativePath.endsWith('/index.html')) return `${baseUrl}${relativePath.slice(0, -'index.html'.length)}`;
  if (relativePath.endsWith('.html')) return `${baseUrl}${relativePath.slice(0, -'.html'.length)}`;
  return `${baseUrl}${relativePath}`;
}

/** Written by the search plugin while this list is made, from the pages' text (see ./index.ts). */
export const SEARCH_INDEX = 'search-index.json';

/**
 * Entries for the files of a build (paths relative to it, with `/` separators), under `baseUrl`,
 * and for the search index, whose revision is that of the pages it is made from.
 */
export function precacheEntries(
  files: readonly { path: string; bytes: Uint8Array }[],
  baseUrl: string,
): PrecacheEntry[] {
  const kept = files.filter((file) => isPrecached(file.path) && file.path !== SEARCH_INDEX);
  const pages = kept.filter((file) => file.path.endsWith('.html'));
  const searchRevision = revisionOf(Buffer.from(pages.map((page) => revisionOf(page.bytes)).join('\n')));
  return [
    ...kept.map((file) => ({ url: pageUrl(file.path, baseUrl), revision: revisionOf(file.bytes) })),
    { url: `${baseUrl}${SEARCH_INDEX}`, revision: searchRevision },
  ].sort((a, b) => a.url.localeCompare(b.url));
}

/** The cache name's prefix: the course's own, readable in the browser's storage panel. */
export function cacheId(baseUrl: string): string {
  const path = baseUrl.replace(/^\/|\/$/g, '').replace(/[^A-Za-z0-9]+/g, '-');
  return path ? `course-${path}` : 'course';
}

export interface WebManifestOptions {
  name: string;
  shortName: string;
  description: string;
  themeColor: string;
  backgroundColor: string;
}

/** The web app manifest: relative URLs, so it is right under any base path. */
export function webManifest(options: WebManifestOptions): object {
  return {
    name: options.name,
    short_name: options.shortName,
    description: options.description,
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: options.themeColor,
    background_color: options.backgroundColor,
    icons: [
      { src: 'img/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'img/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'img/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'img/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
