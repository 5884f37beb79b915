// The whole-course PDF that `npm run build:e2e` makes with `npm run pdf` (scripts/pdf.mjs), read back
// with pdf.js, Mozilla's PDF library: it opens; every page of the course is in its outline, in
// reading order, under its module's running header; the contents give each page's true number;
// diagrams and formulas are vector text, not pictures; the answer key holds every quiz answer.
// What the PDF should hold is read from the built pages, so a new lesson or quiz needs no change here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { JSDOM } from 'jsdom';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { pageContent, pageKeyOfFile, PDF_FILE, readingOrder } from '../scripts/pdf/book.mjs';
import { BASE_PATH, BUILD_DIR, builtHtml, sitemapPaths } from './site';

/** Text compared without whitespace: how a PDF splits words into runs is its own business. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
/** A value the test cannot go on without. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing: ${what}`);
  return value;
}

interface Entry {
  title: string;
  page: number;
  /** 0 for a module or a page outside any, 1 for a module's page, and so on. */
  depth: number;
}

interface Course {
  chapters: { key: string; title: string; part: string; doc: Document }[];
  parts: string[];
}

/** The course's pages in reading order, from the built site (what the book is made of). */
function builtCourse(): Course {
  const pages = new Map<string, Document>();
  for (const pagePath of sitemapPaths()) {
    const file = pagePath.slice(BASE_PATH.length);
    const key = pageKeyOfFile(file === '' ? 'index.html' : `${file}.html`, BASE_PATH);
    pages.set(key, new JSDOM(builtHtml(pagePath)).window.document);
  }
  const chapters: Course['chapters'] = [];
  const parts: string[] = [];
  for (const key of readingOrder(pages, BASE_PATH)) {
    const doc = must(pages.get(key), `the built page ${key}`);
    const content = pageContent(doc, key, BASE_PATH);
    if (content.kind === 'part') parts.push(content.title);
    else chapters.push({ key, title: content.title, part: content.part, doc });
  }
  return { chapters, parts };
}

async function openPdf(): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(readFileSync(path.join(BUILD_DIR, PDF_FILE)));
  return pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
}

/** Every outline entry, depth first, with the page (1-based) it leads to. */
async function outline(pdf: PDFDocumentProxy): Promise<Entry[]> {
  type Item = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];
  const entries: Entry[] = [];
  async function walk(items: Item[], depth = 0) {
    for (const item of items) {
      const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      const page = ref && typeof ref === 'object' ? (await pdf.getPageIndex(ref)) + 1 : 0;
      entries.push({ title: item.title.replace(/\s+/g, ' ').trim(), page, depth });
      await walk(item.items, depth + 1);
    }
  }
  await walk((await pdf.getOutline()) ?? []);
  return entries;
}

interface PageText {
  /** The page's text in reading order. */
  text: string;
  /** Its lines, top to bottom, each read left to right. */
  lines: string[];
}

async function pageTexts(pdf: PDFDocumentProxy): Promise<PageText[]> {
  const texts: PageText[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item
        ? [{ str: item.str, x: item.transform[4] as number, y: Math.round(item.transform[5] as number) }]
        : [],
    );
    const rows = new Map<number, typeof items>();
    for (const item of items) rows.set(item.y, [...(rows.get(item.y) ?? []), item]);
    const lines = [...rows.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, row]) =>
        row
          .sort((a, b) => a.x - b.x)
          .map((item) => item.str)
          .join(' '),
      );
    texts.push({ text: items.map((item) => item.str).join(' '), lines });
  }
  return texts;
}

test.describe('the whole-course PDF', () => {
  test.describe.configure({ timeout: 180_000 });
  let pdf: PDFDocumentProxy;
  let course: Course;
  let entries: Entry[];
  let texts: PageText[];
  /** First page of each chapter, in reading order. */
  let starts: number[];

  test.beforeAll(async () => {
    course = builtCourse();
    pdf = await openPdf();
    entries = await outline(pdf);
    texts = await pageTexts(pdf);
    // Each page's entry: the next one of its title at a page's depth, after the page before it.
    let from = 0;
    starts = course.chapters.map((chapter) => {
      const at = entries.findIndex(
        (entry, index) =>
          index >= from && entry.depth <= 1 && entry.title === chapter.title.replace(/\s+/g, ' '),
      );
      if (at < 0) return 0;
      from = at + 1;
      return entries[at]?.page ?? 0;
    });
  });

  test.afterAll(async () => {
    await pdf?.destroy();
  });

  test('opens, and its outline holds every module and page of the course, in reading order', () => {
    expect(course.chapters.length).toBeGreaterThan(5);
    expect(pdf.numPages).toBeGreaterThan(course.chapters.length);
    const titles = entries.map((entry) => entry.title);
    for (const part of course.parts) expect(titles, `module "${part}" in the outline`).toContain(part);
    course.chapters.forEach((chapter, index) => {
      expect(starts[index], `"${chapter.title}" in the outline, with its page`).toBeGreaterThan(0);
      if (index > 0)
        expect(starts[index], `"${chapter.title}" after the page before it`).toBeGreaterThan(
          starts[index - 1] ?? 0,
        );
    });
    expect(titles).toContain('Answer key');
  });

  test('the contents give every page its true number, and each page runs its module’s title', () => {
    const firstPage = Math.min(...starts);
    // A line of the contents: a title (or its first line, when it wraps) and its page number.
    const lines = texts
      .slice(1, firstPage - 1)
      .flatMap((page) => page.lines)
      .map((line) => /^(.*?)(\d+)$/.exec(squash(line)))
      .flatMap((match) => (match?.[1] ? [{ title: match[1], page: Number(match[2]) }] : []));
    expect(squash(texts[1]?.text ?? '')).toContain('Contents');
    course.chapters.forEach((chapter, index) => {
      const number = starts[index] ?? 0;
      const title = squash(chapter.title);
      const line = lines.find(
        (candidate) =>
          title === candidate.title || (candidate.title.length > 20 && title.startsWith(candidate.title)),
      );
      expect(line?.page, `"${chapter.title}" listed with its page, ${number}`).toBe(number);
      const header = chapter.part || (entries[0]?.title ?? '');
      expect(squash(texts[number - 1]?.text ?? ''), `page ${number} headed by "${header}"`).toContain(
        squash(header),
      );
    });
  });

  test('every diagram’s words are text in the PDF, on its page, and no page holds a picture', async () => {
    let labels = 0;
    course.chapters.forEach((chapter, index) => {
      const end = starts[index + 1] ?? pdf.numPages + 1;
      const text = squash(
        texts
          .slice((starts[index] ?? 0) - 1, end - 1)
          .map((page) => page.text)
          .join(' '),
      );
      for (const label of Array.from(
        chapter.doc.querySelectorAll('.diagram__svg:not(.diagram__svg--dark) svg text'),
      )) {
        const words = squash(label.textContent ?? '');
        if (words === '') continue;
        labels++;
        expect(text, `diagram label "${label.textContent}" of "${chapter.title}"`).toContain(words);
      }
    });
    expect(labels, 'the course has diagrams').toBeGreaterThan(10);

    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pictures = new Set([
      pdfjs.OPS.paintImageXObject,
      pdfjs.OPS.paintInlineImageXObject,
      pdfjs.OPS.paintImageMaskXObject,
    ]);
    for (let number = 1; number <= pdf.numPages; number++) {
      const operators = await (await pdf.getPage(number)).getOperatorList();
      expect(
        operators.fnArray.some((fn) => pictures.has(fn)),
        `page ${number} has a raster picture`,
      ).toBe(false);
    }
  });

  test('formulas are set in KaTeX’s own fonts', async () => {
    const index = course.chapters.findIndex((chapter) => chapter.doc.querySelector('.katex-display'));
    expect(index, 'a page with a displayed formula').toBeGreaterThanOrEqual(0);
    const fonts = new Set<string>();
    for (let number = starts[index] ?? 1; number < (starts[index + 1] ?? pdf.numPages + 1); number++) {
      const page = await pdf.getPage(number);
      const operators = await page.getOperatorList();
      const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      operators.fnArray.forEach((fn, at) => {
        if (fn !== OPS.setFont) return;
        const id = (operators.argsArray[at] as [string])[0];
        const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string }) : undefined;
        if (font?.name) fonts.add(font.name);
      });
    }
    expect(
      [...fonts].some((name) => /KaTeX_Main/.test(name)),
      [...fonts].join(', '),
    ).toBe(true);
  });

  test('the answer key ends the PDF with every quiz question’s answer, and each question says where', () => {
    const key = must(
      entries.find((entry) => entry.title === 'Answer key'),
      'the answer key in the outline',
    ).page;
    expect(key).toBeGreaterThan(Math.max(...starts));
    const answers = squash(
      texts
        .slice(key - 1)
        .map((page) => page.text)
        .join(' '),
    );
    let questions = 0;
    course.chapters.forEach((chapter, index) => {
      const forms = Array.from(chapter.doc.querySelectorAll('section[data-quiz] form[data-question]'));
      if (forms.length === 0) return;
      const end = starts[index + 1] ?? key;
      const pages = texts
        .slice((starts[index] ?? 0) - 1, end - 1)
        .map((page) => page.text)
        .join(' ');
      const references = [...pages.matchAll(/Answer on page\s*(\d+)/g)].map((match) => Number(match[1]));
      expect(references, `"${chapter.title}": one "Answer on page" per question`).toHaveLength(forms.length);
      for (const page of references) expect(page).toBeGreaterThanOrEqual(key);
      for (const form of forms) {
        questions++;
        const explanation = form.querySelector('details[data-answer] :is(ul, ol) + p')?.textContent ?? '';
        expect(explanation, `${form.id} has an explanation`).not.toBe('');
        expect(answers, `the answer to ${form.id}`).toContain(squash(explanation));
      }
    });
    expect(questions, 'the course has quizzes').toBeGreaterThan(10);
  });
});

test('the Welcome and For teachers pages link to the PDF, which the site serves', async ({
  page,
  request,
}) => {
  for (const at of ['learn/welcome', 'teachers']) {
    await page.goto(`${BASE_PATH}${at}`);
    const link = page.locator(`a[href="${BASE_PATH}${PDF_FILE}"]`).first();
    await expect(link, `${at} links to the PDF`).toBeVisible();
  }
  const response = await request.get(`${BASE_PATH}${PDF_FILE}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
