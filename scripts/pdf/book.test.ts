import { basePathOf, buildBook, pageKey, pageKeyOfFile, readingOrder } from './book.mjs';

const BASE = '/course/';

interface PageSpec {
  prev?: string;
  next?: string;
  /** Breadcrumb labels after "Home". */
  crumbs?: string[];
  /** The Markdown body; without it the page is a category page. */
  body?: string;
  title?: string;
  summary?: string;
}

/** A page shaped like the ones Docusaurus builds (only what the book reads). */
function page({ prev, next, crumbs = [], body, title = 'Category', summary = '' }: PageSpec): Document {
  const pager =
    prev !== undefined || next !== undefined
      ? `<nav class="pagination-nav">${prev ? `<a class="pagination-nav__link pagination-nav__link--prev" href="${prev}">Previous</a>` : ''}${
          next ? `<a class="pagination-nav__link pagination-nav__link--next" href="${next}">Next</a>` : ''
        }</nav>`
      : '';
  const breadcrumbs = `<nav><ul class="breadcrumbs"><li class="breadcrumbs__item"><a href="${BASE}"></a></li>${crumbs
    .map((c) => `<li class="breadcrumbs__item"><span>${c}</span></li>`)
    .join('')}</ul></nav>`;
  const main =
    body === undefined
      ? `<main><header><h1>${title}</h1><p>${summary}</p></header></main>`
      : `<main><article>${breadcrumbs}<div class="theme-doc-markdown markdown">${body}</div></article></main>`;
  return new DOMParser().parseFromString(
    `<!doctype html><html><head><link rel="stylesheet" href="${BASE}assets/css/styles.abc.css"></head><body>${main}${pager}</body></html>`,
    'text/html',
  );
}

const meta = {
  title: 'The course',
  subtitle: 'A subtitle',
  description: 'What it is.',
  disclaimer: 'Educational content, not medical advice.',
  siteUrl: 'https://example.org/course/',
  date: '2026-12-02',
  stylesheets: [`${BASE}assets/css/styles.abc.css`, `${BASE}__book/book.css`],
};

/** An element the book must have. */
function byId(book: Document, id: string): HTMLElement {
  const element = book.getElementById(id);
  if (!element) throw new Error(`The book has no #${id}.`);
  return element;
}

function emptyBook(): Document {
  return document.implementation.createHTMLDocument('');
}

describe('page addresses', () => {
  it('reads the base path from the stylesheet link', () => {
    expect(basePathOf(page({ body: '<h1>x</h1>' }))).toBe('/course/');
    const root = new DOMParser().parseFromString(
      '<link rel="stylesheet" href="/assets/css/styles.1.css">',
      'text/html',
    );
    expect(basePathOf(root)).toBe('/');
    expect(() => basePathOf(new DOMParser().parseFromString('<p>hi</p>', 'text/html'))).toThrow(
      /not a page built by Docusaurus/i,
    );
  });

  it('names a page the same way from a link, a clean URL or its file', () => {
    expect(pageKey('/course/learn/a.html', BASE)).toBe('/course/learn/a');
    expect(pageKey('/course/learn/a/', BASE)).toBe('/course/learn/a');
    expect(pageKey('/course', BASE)).toBe('/course/');
    expect(pageKey('/course/index.html', BASE)).toBe('/course/');
    expect(pageKeyOfFile('learn/wrap-up/glossary.html', BASE)).toBe('/course/learn/wrap-up/glossary');
    expect(pageKeyOfFile('index.html', '/')).toBe('/');
  });
});

describe('reading order', () => {
  it('starts at the page without "Previous" and follows "Next", leaving out pages without a pager', () => {
    const pages = new Map([
      ['/course/', page({ title: 'Landing' })],
      ['/course/learn/b', page({ prev: '/course/learn/a', next: '/course/learn/c', body: '<h1>B</h1>' })],
      ['/course/learn/c', page({ prev: '/course/learn/b', body: '<h1>C</h1>' })],
      ['/course/learn/a', page({ next: '/course/learn/b', body: '<h1>A</h1>' })],
    ]);
    expect(readingOrder(pages, BASE)).toEqual(['/course/learn/a', '/course/learn/b', '/course/learn/c']);
  });

  it('stops with a message naming the page whose "Next" leads nowhere', () => {
    const pages = new Map([['/course/learn/a', page({ next: '/course/learn/gone', body: '<h1>A</h1>' })]]);
    expect(() => readingOrder(pages, BASE)).toThrow(
      '/course/learn/a: its "Next" link goes to /course/learn/gone, which is not a built page.',
    );
  });

  it('stops when there is no single first page, or the pages go round in a loop', () => {
    const two = new Map([
      ['/course/learn/a', page({ body: '<h1>A</h1>', next: '/course/learn/b' })],
      ['/course/learn/b', page({ body: '<h1>B</h1>', next: '/course/learn/a' })],
    ]);
    expect(() => readingOrder(two, BASE)).toThrow(/found 2: \/course\/learn\/a, \/course\/learn\/b/);
    const loop = new Map([
      ['/course/learn/a', page({ body: '<h1>A</h1>', next: '/course/learn/b' })],
      ['/course/learn/b', page({ body: '<h1>B</h1>', prev: '/course/learn/a', next: '/course/learn/a' })],
    ]);
    expect(() => readingOrder(loop, BASE)).toThrow(/loop at \/course\/learn\/a/);
  });
});

/** A small course: a welcome page, a module with a category page, a module without one. */
function course(): Map<string, Document> {
  const L = '/course/learn';
  return new Map([
    [
      `${L}/welcome`,
      page({
        next: `${L}/category/one`,
        crumbs: ['Welcome', 'Welcome'],
        body: `<header><h1>Welcome</h1></header><p>See <a href="${L}/one/lesson#glucose">glucose</a>, <a href="/course/progress">your progress</a>, <a href="https://doi.org/10.1234/abcd">doi:10.1234/abcd</a> and <a href="https://example.com/paper">a paper</a>.</p>`,
      }),
    ],
    [
      `${L}/category/one`,
      page({
        prev: `${L}/welcome`,
        next: `${L}/one/lesson`,
        title: '1. One',
        summary: 'What module one is.',
      }),
    ],
    [
      `${L}/one/lesson`,
      page({
        prev: `${L}/category/one`,
        next: `${L}/one/quiz`,
        crumbs: ['1. One', 'Lesson'],
        body: `<header><h1>A lesson</h1></header><h2 id="glucose">Glucose<a class="hash-link" href="#glucose">#</a></h2>
          <figure class="diagram"><div class="diagram__svg diagram__svg--light"><svg id="d-light"><text>Fat</text></svg></div><div class="diagram__svg diagram__svg--dark"><svg id="d-dark"><text>Fat</text></svg></div></figure>
          <section><form id="check-q" data-question=""><label for="check-q-a">A</label><input id="check-q-a"><button>Check</button><details data-answer=""><summary>Show answer</summary><p>Check answer.</p></details></form></section>
          <details data-go-deeper=""><summary>Go deeper</summary><p>More.</p></details>
          <form class="calculator"><input></form>
          <p><a href="#glucose">up</a></p>`,
      }),
    ],
    [
      `${L}/one/quiz`,
      page({
        prev: `${L}/one/lesson`,
        next: `${L}/two/first`,
        crumbs: ['1. One', 'Module 1 quiz'],
        body: `<header><h1>Module 1 quiz</h1></header><section data-quiz="one-quiz"><h2 id="quiz-one-quiz">Module 1 quiz: One</h2><ol>
          <li><form id="quiz-one-quiz-q1" data-question=""><fieldset><legend><span>Question 1 of 2</span><span>First?</span></legend></fieldset><details data-answer=""><summary>Show answer</summary><p>Answer one.</p><p><a href="${L}/one/lesson#glucose">Review: A lesson</a></p></details></form></li>
          <li><form id="quiz-one-quiz-q2" data-question=""><fieldset><legend><span>Question 2 of 2</span><span>Second?</span></legend></fieldset><details data-answer=""><summary>Show answer</summary><p>Answer two.</p></details></form></li></ol></section>`,
      }),
    ],
    [
      `${L}/two/first`,
      page({
        prev: `${L}/one/quiz`,
        next: `${L}/two/second`,
        crumbs: ['2. Two'],
        body: '<header><h1>Two, first</h1></header>',
      }),
    ],
    [
      `${L}/two/second`,
      page({
        prev: `${L}/two/first`,
        crumbs: ['2. Two', 'Second'],
        body: '<header><h1>Two, second</h1></header>',
      }),
    ],
  ]);
}

describe('the book', () => {
  function build() {
    const book = emptyBook();
    const counts = buildBook(book, course(), BASE, meta);
    return { book, counts };
  }

  it('has a title page, then contents: modules with their pages, a lone page on its own, the answer key', () => {
    const { book, counts } = build();
    expect(book.querySelector('.book-cover h1')?.textContent).toBe('The course');
    expect(book.querySelector('.book-cover')?.textContent).toContain('https://example.org/course/');
    const toc = Array.from(book.querySelectorAll('.book-toc > ol > li')).map((li) => ({
      title: li.querySelector(':scope > a')?.textContent,
      href: li.querySelector(':scope > a')?.getAttribute('href'),
      pages: Array.from(li.querySelectorAll(':scope > ol a')).map((a) => a.textContent),
    }));
    expect(toc).toEqual([
      { title: 'Welcome', href: '#p-welcome', pages: [] },
      { title: '1. One', href: '#p-category-one', pages: ['A lesson', 'Module 1 quiz'] },
      { title: '2. Two', href: '#part-2-two', pages: ['Two, first', 'Two, second'] },
      { title: 'Answer key', href: '#answer-key', pages: [] },
    ]);
    expect(counts).toEqual({
      chapters: ['Welcome', 'A lesson', 'Module 1 quiz', 'Two, first', 'Two, second'],
      parts: ['1. One', '2. Two'],
      questions: 2,
    });
    // Every link of the contents leads to an element of the book.
    for (const link of Array.from(book.querySelectorAll('.book-toc a'))) {
      expect(
        book.getElementById((link.getAttribute('href') ?? '').slice(1)),
        link.textContent ?? '',
      ).not.toBeNull();
    }
    expect(book.querySelector('#p-category-one .book-part-summary')?.textContent).toBe('What module one is.');
  });

  it('names each page and its module for the running headers, headings one level down', () => {
    const { book } = build();
    const lesson = byId(book, 'p-one-lesson');
    expect(lesson.querySelector('.book-part-name')?.textContent).toBe('1. One');
    expect(lesson.querySelector('h2.book-chapter-title')?.textContent).toBe('A lesson');
    expect(lesson.querySelector('h1')).toBeNull();
    expect(lesson.querySelector('h3')?.textContent).toBe('Glucose');
    expect(byId(book, 'p-two-first').querySelector('.book-part-name')?.textContent).toBe('2. Two');
  });

  it('keeps every id unique and every link inside the book where the page is in it', () => {
    const { book } = build();
    const ids = Array.from(book.querySelectorAll('[id]')).map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const lesson = byId(book, 'p-one-lesson');
    expect(lesson.querySelector('h3')?.id).toBe('p-one-lesson--glucose');
    expect(lesson.querySelector('label')?.getAttribute('for')).toBe('p-one-lesson--check-q-a');
    expect(lesson.querySelector('p:last-child a')?.getAttribute('href')).toBe('#p-one-lesson--glucose');
    const links = Array.from(byId(book, 'p-welcome').querySelectorAll('p a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#p-one-lesson--glucose',
      'https://example.org/course/progress',
      'https://doi.org/10.1234/abcd',
      'https://example.com/paper',
    ]);
    expect(links.map((a) => a.className)).toEqual(['book-internal', '', 'book-address-shown', '']);
    // SVG ids are the diagram's own (its styles name them).
    expect(lesson.querySelector('svg')?.id).toBe('d-light');
  });

  it('leaves out what only works on screen', () => {
    const { book } = build();
    expect(book.querySelector('.diagram__svg--dark, button, a.hash-link')).toBeNull();
    expect(book.querySelectorAll('svg')).toHaveLength(1);
    const note = book.querySelector('.book-note');
    expect(note?.textContent).toContain('https://example.org/course/learn/one/lesson');
    expect(note?.nextElementSibling?.matches('form.calculator')).toBe(true);
  });

  it('moves quiz answers to the answer key and keeps a check’s answer beside it, open', () => {
    const { book } = build();
    const quiz = byId(book, 'p-one-quiz');
    expect(quiz.querySelector('details')).toBeNull();
    const refs = Array.from(quiz.querySelectorAll('.book-answer-ref a')).map((a) => a.getAttribute('href'));
    expect(refs).toEqual(['#answer--p-one-quiz--quiz-one-quiz-q1', '#answer--p-one-quiz--quiz-one-quiz-q2']);
    const key = byId(book, 'answer-key');
    expect(key.querySelector('h2')?.textContent).toBe('Module 1 quiz: One');
    const first = byId(book, 'answer--p-one-quiz--quiz-one-quiz-q1');
    expect(key.contains(first)).toBe(true);
    expect(first.textContent).toContain('Answer one.');
    expect(first.querySelector('summary')).toBeNull();
    expect(first.querySelector('.book-answer-question a')?.getAttribute('href')).toBe(
      '#p-one-quiz--quiz-one-quiz-q1',
    );
    expect(first.querySelector('a.book-internal')?.getAttribute('href')).toBe('#p-one-lesson--glucose');

    const lesson = byId(book, 'p-one-lesson');
    const [check, deeper] = Array.from(lesson.querySelectorAll('details'));
    expect(check?.hasAttribute('open')).toBe(true);
    expect(check?.querySelector('summary')).toBeNull();
    expect(check?.textContent).toContain('Check answer.');
    expect(deeper?.hasAttribute('open')).toBe(true);
    expect(deeper?.querySelector('summary')?.textContent).toBe('Go deeper');
  });
});
