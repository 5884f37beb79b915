// npm run pdf: the whole course as one PDF, written into the built site as downloads/course.pdf
// (linked from the Welcome and "For teachers" pages; not stored for offline use).
// Usage: node scripts/pdf.mjs [build-dir]   (default: build; build the site first)
//
// The built pages are assembled into one document (scripts/pdf/book.mjs), laid out in pages by
// Paged.js (CSS Paged Media: running headers, page numbers in the contents and the answer key), and
// printed by the Chromium the build already uses. Chromium alone cannot number a table of contents.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { basePathOf, buildBook, pageKeyOfFile, PDF_FILE } from './pdf/book.mjs';
import { startStaticServer } from './serve-static.mjs';

/* global window, document, matchMedia, CSS, CSSMediaRule, CSSSupportsRule -- in the book's page */
const require = createRequire(import.meta.url);
const { chromiumLaunchOptions } = require('./find-browser.cjs');

const BOOK_DIR = '__book';

/** Every HTML file of the build, relative to it (the teachers' downloads and 404 page left out). */
function htmlFiles(dir, relative = '') {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const file = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return file === 'downloads' ? [] : htmlFiles(dir, file);
    return entry.name.endsWith('.html') && file !== '404.html' ? [file] : [];
  });
}

/** Paged.js's polyfill build (the package exports it only under a "polyfill" condition). */
function pagedPolyfill() {
  return path.join(path.dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js');
}

const parse = (html) => new JSDOM(html).window.document;

/** Title page facts, from the landing page (title "Subtitle | Course") and the first lesson. */
function bookMeta(pages, base, firstChapter) {
  const landing = pages.get(base) ?? firstChapter;
  const [subtitle = '', title = subtitle] = (landing.title ?? '').split(' | ');
  const canonical = landing.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const siteUrl = canonical ? new URL(base, canonical).href : base;
  const date = process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
    : new Date();
  const stylesheets = [
    ...new Set(
      [...pages.values()].flatMap((doc) =>
        [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href') ?? ''),
      ),
    ),
  ].filter(Boolean);
  return {
    title,
    subtitle,
    description: landing.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    disclaimer: (firstChapter.querySelector('[role="note"]')?.textContent ?? '').trim(),
    siteUrl,
    date: date.toISOString().slice(0, 10),
    stylesheets: [...stylesheets, `${base}${BOOK_DIR}/book.css`],
  };
}

export async function makePdf(dir) {
  const started = Date.now();
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}/. Build it first (npm run build), then run npm run pdf.`);
  }
  const base = basePathOf(parse(readFileSync(path.join(dir, 'index.html'), 'utf8')));
  const pages = new Map(
    htmlFiles(dir).map((file) => [
      pageKeyOfFile(file, base),
      parse(readFileSync(path.join(dir, file), 'utf8')),
    ]),
  );
  const firstChapter = [...pages.values()].find((doc) => doc.querySelector('.theme-doc-markdown'));
  if (!firstChapter) throw new Error(`${dir}/ has no lesson pages.`);
  const book = new JSDOM('<!doctype html><html><head></head><body></body></html>').window.document;
  const counts = buildBook(book, pages, base, bookMeta(pages, base, firstChapter));
  const html = `<!doctype html>\n${book.documentElement.outerHTML}`;

  const files = {
    'book.html': { body: html, contentType: 'text/html; charset=utf-8' },
    'book.css': {
      body: readFileSync(fileURLToPath(new URL('./pdf/book.css', import.meta.url))),
      contentType: 'text/css; charset=utf-8',
    },
    'paged.polyfill.js': {
      body: readFileSync(pagedPolyfill()),
      contentType: 'text/javascript; charset=utf-8',
    },
  };
  const server = await startStaticServer({ dir, basePath: base, port: 0 });
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const origin = `http://127.0.0.1:${server.address().port}`;
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${response.status()}`);
    });
    await page.route(`${origin}${base}${BOOK_DIR}/*`, (route) => {
      const file = files[new URL(route.request().url()).pathname.split('/').pop() ?? ''];
      return file ? route.fulfill({ status: 200, ...file }) : route.fulfill({ status: 404 });
    });
    // Laid out as it prints: the site's print rules apply while Paged.js measures.
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.addInitScript(() => {
      window.PagedConfig = { auto: false };
    });
    await page.goto(`${origin}${base}${BOOK_DIR}/book.html`, { waitUntil: 'load' });
    await page.addScriptTag({ url: `${origin}${base}${BOOK_DIR}/paged.polyfill.js` });
    const sheets = await page.evaluate(async () => {
      // Paged.js's CSS parser cannot read today's media queries (`width>=997px`), so the site's
      // stylesheets reach it already resolved for print: the rules of each @media or @supports block
      // that applies, kept; the others, dropped (what Paged.js does to every non-print block).
      const flatten = (rules) =>
        [...rules]
          .map((rule) => {
            if (rule instanceof CSSMediaRule)
              return matchMedia(rule.conditionText).matches ? flatten(rule.cssRules) : '';
            if (rule instanceof CSSSupportsRule)
              return CSS.supports(rule.conditionText) ? flatten(rule.cssRules) : '';
            return rule.cssText;
          })
          .join('\n');
      const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => {
        // The book's own sheet has the @page rules, which Paged.js reads from the text.
        const sheet = link.href.endsWith('/book.css')
          ? link.href
          : { [link.href]: flatten(link.sheet.cssRules) };
        link.remove();
        return sheet;
      });
      await document.fonts.ready;
      await window.PagedPolyfill.preview(undefined, stylesheets);
      return document.querySelectorAll('.pagedjs_page').length;
    });
    if (problems.length > 0) throw new Error(`The book did not load cleanly:\n- ${problems.join('\n- ')}`);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
    });
    const out = path.join(dir, PDF_FILE);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, pdf);
    const size = statSync(out).size;
    console.log(
      `${out}: ${sheets} pages, ${(size / 1024 / 1024).toFixed(1)} MB; ${counts.parts.length} modules, ` +
        `${counts.chapters.length} pages of the course, ${counts.questions} quiz answers; ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s.`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await makePdf(process.argv[2] ?? 'build');
  } catch (error) {
    console.error(`npm run pdf: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
