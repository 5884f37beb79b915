// The whole course as one printable HTML document, "the book", assembled from the built site's own
// pages so it never drifts from them: npm run pdf (scripts/pdf.mjs) lays it out in pages with
// Paged.js and prints it to PDF with Chromium. Pure DOM code, so it runs on jsdom (the script, the
// unit tests) as well as in a browser.
//
// - Reading order: the docs page that has "Next" but no "Previous", then each page's "Next" link.
// - A module's category page becomes a part page (its title and summary); every other page becomes
//   a chapter: its Markdown body, headings one level down (part > lesson > section in the outline).
// - Ids are prefixed with the chapter's id, and links between pages become links inside the book;
//   links to pages the book does not hold (the landing page, progress) point to the published site.
// - Each module quiz's answers move to an answer key at the end; each question says on which page its
//   answer is (CSS target-counter). Checks inside lessons keep their answer beside them, open.
// - What only works on screen goes: the dark copy of each diagram, buttons, heading anchors.

const HOME = 'http://site.invalid';

/** Where the PDF goes in the built site (left out of the offline store, like the other downloads). */
export const PDF_FILE = 'downloads/course.pdf';

/** The site's base path (`/` or `/repo/`), read from the stylesheet every built page links. */
export function basePathOf(doc) {
  const href = doc.querySelector('link[rel="stylesheet"][href*="assets/css/"]')?.getAttribute('href') ?? '';
  const match = /^(\/(?:.*\/)?)assets\/css\//.exec(href);
  if (!match?.[1]) throw new Error('Not a page built by Docusaurus: no stylesheet under assets/css/.');
  return match[1];
}

/** A page's address without `.html`, `/index` or a trailing slash (the base path keeps its slash). */
export function pageKey(pathname, base) {
  let key = decodeURI(pathname)
    .replace(/\.html$/, '')
    .replace(/\/index$/, '/');
  if (key.endsWith('/') && key !== base) key = key.slice(0, -1);
  return key === base.slice(0, -1) ? base : key;
}

/** The address of a built HTML file, relative to the build folder (`learn/x.html`). */
export function pageKeyOfFile(file, base) {
  return pageKey(`${base}${file.split('\\').join('/')}`, base);
}

function pagerLink(doc, direction) {
  const link = doc.querySelector(`a.pagination-nav__link--${direction}`);
  return link?.getAttribute('href') ?? undefined;
}

/**
 * The course's pages in reading order (their keys). `pages` maps each page key to its document.
 * Throws when there is no single first page or a "Next" link leads nowhere.
 */
export function readingOrder(pages, base) {
  const withPager = [...pages].filter(([, doc]) => doc.querySelector('.pagination-nav'));
  const starts = withPager.filter(([, doc]) => pagerLink(doc, 'prev') === undefined).map(([key]) => key);
  if (starts.length !== 1) {
    throw new Error(
      `The book starts at the one course page with a "Next" link and no "Previous" one; found ${starts.length}` +
        (starts.length > 0 ? `: ${starts.join(', ')}.` : '.'),
    );
  }
  const order = [];
  let current = starts[0];
  while (current !== undefined) {
    if (order.includes(current)) throw new Error(`The "Next" links go round in a loop at ${current}.`);
    order.push(current);
    const next = pagerLink(pages.get(current), 'next');
    if (next === undefined) break;
    const key = pageKey(new URL(next, HOME).pathname, base);
    if (!pages.has(key))
      throw new Error(`${current}: its "Next" link goes to ${next}, which is not a built page.`);
    current = key;
  }
  return order;
}

const text = (element) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A page's id in the book: `learn/vicious-cycle/closing-the-loop` → `p-vicious-cycle-closing-the-loop`. */
export function chapterId(key, base) {
  const slug = key
    .slice(base.length)
    .replace(/^learn\//, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `p-${slug || 'home'}`;
}

/**
 * What the book takes from one built page: a part (a module's category page: title and summary) or a
 * chapter (its Markdown body and the module it belongs to, from the breadcrumbs).
 */
export function pageContent(doc, key, base) {
  const id = chapterId(key, base);
  const body = doc.querySelector('.theme-doc-markdown');
  if (!body) {
    const title = text(doc.querySelector('main header h1, main h1'));
    if (!title)
      throw new Error(`${key}: neither a lesson (no Markdown body) nor a category page (no title).`);
    return { kind: 'part', key, id, title, summary: text(doc.querySelector('main header p')) };
  }
  const title = text(body.querySelector('h1'));
  if (!title) throw new Error(`${key}: the page has no title (h1).`);
  // Home, the module, the page; a module's own first page (its category's link) has no third crumb.
  const crumbs = [...doc.querySelectorAll('.breadcrumbs__item')].slice(1).map(text).filter(Boolean);
  const part = crumbs.length > 1 ? crumbs.at(-2) : (crumbs[0] ?? '');
  return { kind: 'chapter', key, id, title, part, body };
}

/**
 * A module whose first page is a lesson rather than a category page gets a part page of its own,
 * named as its breadcrumbs name it, when it has two pages or more (a lone page stands on its own).
 */
export function withParts(items) {
  const result = [];
  let current = '';
  items.forEach((item, index) => {
    if (item.kind === 'part') current = item.title;
    else if (item.part && item.part !== current) {
      current = item.part;
      if (items[index + 1]?.kind === 'chapter' && items[index + 1].part === item.part) {
        const id = `part-${item.part
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}`;
        result.push({ kind: 'part', key: `${item.key}#part`, id, title: item.part, summary: '' });
      }
    }
    result.push(item);
  });
  return result;
}

const REFERENCE_ATTRIBUTES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'headers'];
const inSvg = (element) => element.closest('svg') !== null;

/** Every id outside SVG (whose styles and markers name their own ids) gets the chapter's prefix. */
function prefixIds(root, prefix) {
  const renamed = new Set();
  for (const element of root.querySelectorAll('[id]')) {
    if (inSvg(element)) continue;
    renamed.add(element.id);
    element.id = `${prefix}--${element.id}`;
  }
  for (const name of REFERENCE_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${name}]`)) {
      if (inSvg(element)) continue;
      const tokens = (element.getAttribute(name) ?? '').split(/\s+/).filter(Boolean);
      element.setAttribute(name, tokens.map((t) => (renamed.has(t) ? `${prefix}--${t}` : t)).join(' '));
    }
  }
}

/** Links to a page of the book become `#chapter--anchor`; links to other pages of the site, absolute. */
function relink(root, { key, base, chapterIds, siteUrl }) {
  for (const link of root.querySelectorAll('a[href]')) {
    if (inSvg(link)) continue;
    const url = new URL(link.getAttribute('href') ?? '', `${HOME}${key}`);
    if (url.origin !== HOME) continue;
    const target = pageKey(url.pathname, base);
    const chapter = chapterIds.get(target);
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (chapter) {
      link.setAttribute('href', `#${fragment ? `${chapter}--${fragment}` : chapter}`);
      link.classList.add('book-internal');
    } else {
      link.setAttribute('href', `${siteUrl}${url.pathname.slice(base.length)}${url.search}${url.hash}`);
    }
  }
  // Print shows an external link's address after it, unless its text already says it (a DOI).
  for (const link of root.querySelectorAll('a[href^="http"]')) {
    const shown = text(link).replace(/^doi:\s*/i, '');
    if (shown.length > 6 && decodeURI(link.getAttribute('href') ?? '').endsWith(shown))
      link.classList.add('book-address-shown');
  }
}

/** h1 → h2 … h5 → h6 (an h6 stays), keeping attributes and content. */
function demoteHeadings(root) {
  for (const heading of [...root.querySelectorAll('h1, h2, h3, h4, h5')]) {
    if (inSvg(heading)) continue;
    const level = Number(heading.tagName.slice(1));
    const lower = root.ownerDocument.createElement(`h${level + 1}`);
    for (const { name, value } of [...heading.attributes]) lower.setAttribute(name, value);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
  }
}

function paragraph(doc, className, ...content) {
  const p = doc.createElement('p');
  p.className = className;
  p.append(...content);
  return p;
}

function link(doc, href, ...content) {
  const a = doc.createElement('a');
  a.setAttribute('href', href);
  a.append(...content);
  return a;
}

/**
 * One chapter, imported into the book's document and made for paper. Answers of module quizzes are
 * taken out and returned, for the answer key.
 */
function chapterElement(book, content, context) {
  const { id, body, part, key } = content;
  const article = book.createElement('article');
  article.id = id;
  article.className = 'book-chapter markdown';
  // Read by the running header (CSS string-set): the module this page belongs to.
  article.append(paragraph(book, 'book-part-name', part || context.courseTitle));
  article.append(...book.importNode(body, true).childNodes);

  for (const element of article.querySelectorAll(
    '.diagram__svg--dark, button, noscript, script, a.hash-link',
  ))
    element.remove();
  prefixIds(article, id);
  relink(article, { ...context, key });
  article.querySelector('h1')?.classList.add('book-chapter-title');
  // Inside a module, one level down: module > page > section. A page outside any (the welcome) stays.
  if (context.inPart) demoteHeadings(article);
  else article.classList.add('book-lone');

  const answers = [];
  for (const quiz of article.querySelectorAll('section[data-quiz]')) {
    const entry = { title: text(quiz.querySelector('h2, h3')), questions: [] };
    for (const form of quiz.querySelectorAll('form[data-question]')) {
      const details = form.querySelector('details[data-answer]');
      if (!details) continue;
      const answerId = `answer--${form.id}`;
      details.querySelector('summary')?.remove();
      entry.questions.push({
        id: answerId,
        question: form.id,
        label: text(form.querySelector('legend span')),
        nodes: [...details.childNodes],
      });
      details.replaceWith(paragraph(book, 'book-answer-ref', link(book, `#${answerId}`, 'Answer on page ')));
    }
    if (entry.questions.length > 0) answers.push(entry);
  }
  for (const details of article.querySelectorAll('details')) {
    details.setAttribute('open', '');
    if (details.hasAttribute('data-answer')) details.querySelector('summary')?.remove();
  }
  for (const form of article.querySelectorAll('form:not([data-question])')) {
    form.before(
      paragraph(
        book,
        'book-note',
        'On paper this shows a worked example; the calculator works in the web version: ',
        link(
          book,
          `${context.siteUrl}${key.slice(context.base.length)}`,
          `${context.siteUrl}${key.slice(context.base.length)}`,
        ),
      ),
    );
  }
  return { article, answers };
}

function heading(doc, level, id, title) {
  const h = doc.createElement(`h${level}`);
  if (id) h.id = id;
  h.textContent = title;
  return h;
}

/** The table of contents: parts with their chapters, then the answer key (page numbers by CSS). */
function contents(book, items, hasAnswers) {
  const nav = book.createElement('nav');
  nav.className = 'book-toc';
  nav.setAttribute('aria-labelledby', 'book-toc-title');
  nav.append(heading(book, 1, 'book-toc-title', 'Contents'));
  const list = book.createElement('ol');
  let partList = list;
  const entry = (id, title) => {
    const li = book.createElement('li');
    li.append(link(book, `#${id}`, title));
    return li;
  };
  for (const item of items) {
    if (item.kind === 'part') {
      const li = entry(item.id, item.title);
      li.className = 'book-toc-part';
      partList = book.createElement('ol');
      li.append(partList);
      list.append(li);
    } else {
      // A chapter before the first part (the welcome page) stands on its own.
      (item.part && partList !== list ? partList : list).append(entry(item.id, item.title));
    }
  }
  if (hasAnswers) {
    const li = entry('answer-key', 'Answer key');
    li.className = 'book-toc-part';
    list.append(li);
  }
  nav.append(list);
  return nav;
}

function answerKey(book, quizzes) {
  const section = book.createElement('section');
  section.id = 'answer-key';
  section.className = 'book-answers';
  section.append(paragraph(book, 'book-part-name', 'Answer key'), heading(book, 1, undefined, 'Answer key'));
  for (const quiz of quizzes) {
    const title = heading(book, 2, undefined, quiz.title);
    title.className = 'book-chapter-title';
    section.append(title);
    const list = book.createElement('ol');
    for (const question of quiz.questions) {
      const li = book.createElement('li');
      li.id = question.id;
      li.append(paragraph(book, 'book-answer-question', link(book, `#${question.question}`, question.label)));
      li.append(...question.nodes);
      list.append(li);
    }
    section.append(list);
  }
  return section;
}

/**
 * Fills `book` (an empty HTML document) with the whole course. `pages` maps page keys to built
 * documents; `meta` gives the title page: course title, subtitle, description, the published
 * address (`siteUrl`, ending in `/`), the date, and the stylesheets to link (site's, then book's).
 * Returns the counts the PDF script reports.
 */
export function buildBook(book, pages, base, meta) {
  const items = withParts(readingOrder(pages, base).map((key) => pageContent(pages.get(key), key, base)));
  const chapterIds = new Map(items.map((item) => [item.key, item.id]));
  const context = { base, chapterIds, siteUrl: meta.siteUrl, courseTitle: meta.title };

  book.documentElement.lang = 'en';
  book.documentElement.setAttribute('data-theme', 'light');
  book.title = meta.title;
  const charset = book.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  book.head.append(charset);
  for (const href of meta.stylesheets) {
    const sheet = book.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = href;
    book.head.append(sheet);
  }

  const cover = book.createElement('section');
  cover.className = 'book-cover';
  cover.append(
    heading(book, 1, 'book-title', meta.title),
    paragraph(book, 'book-subtitle', meta.subtitle),
    paragraph(book, 'book-description', meta.description),
    paragraph(book, 'book-disclaimer', meta.disclaimer),
    paragraph(
      book,
      'book-edition',
      `Printed from the web version on ${meta.date}: `,
      link(book, meta.siteUrl, meta.siteUrl),
    ),
  );

  const quizzes = [];
  const parts = [];
  let part = '';
  for (const item of items) {
    if (item.kind === 'part') part = item.title;
    else if (item.part !== part) part = '';
    if (item.kind === 'part') {
      const part = book.createElement('section');
      part.id = item.id;
      part.className = 'book-part';
      part.append(paragraph(book, 'book-part-name', item.title), heading(book, 1, undefined, item.title));
      if (item.summary) part.append(paragraph(book, 'book-part-summary', item.summary));
      parts.push(part);
    } else {
      const { article, answers } = chapterElement(book, item, { ...context, inPart: part !== '' });
      quizzes.push(...answers);
      parts.push(article);
    }
  }
  book.body.className = 'book';
  book.body.append(cover, contents(book, items, quizzes.length > 0), ...parts);
  if (quizzes.length > 0) book.body.append(answerKey(book, quizzes));
  return {
    chapters: items.filter((item) => item.kind === 'chapter').map((item) => item.title),
    parts: items.filter((item) => item.kind === 'part').map((item) => item.title),
    questions: quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0),
  };
}
