// @vitest-environment node
import path from 'node:path';
import { tempTree } from '../src/test/tempTree';
import {
  checkBuild,
  controlCharacters,
  featureChunkProblems,
  offlineProblems,
  quizEngineProblems,
} from './check-build.mjs';

const PAGE = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

const site = (files: Record<string, string>) => tempTree(files, 'check-build-');

/** A service worker as plugins/offline writes it, for a course under /c/ storing these addresses. */
const WORKER = (urls: string[]) =>
  `self.__COURSE_OFFLINE=${JSON.stringify({
    cacheId: 'course-c',
    notFound: '/c/404',
    entries: urls.map((url) => ({ url, revision: '0' })),
  })};\n(()=>{})();`;

describe('controlCharacters', () => {
  it('finds NUL and other C0 controls with line and column, but not tab, CR or LF', () => {
    expect(controlCharacters('Mend\u0000ía\r\n\tok\nx\u001by\u007f')).toEqual([
      '1:5 U+0000',
      '3:2 U+001B',
      '3:4 U+007F',
    ]);
    expect(controlCharacters('Simental-Mendía\r\n\t')).toEqual([]);
  });
});

// Each check may start the Java HTML checker (a few seconds, more on a busy machine).
describe('checkBuild', { timeout: 60_000 }, () => {
  it('passes a valid page and reports a control character in a script, naming the file', async () => {
    const dir = site({
      'index.html': PAGE('<p>ok</p>'),
      'assets/js/a.js': 'var s = "Move\u0000";',
      'sw.js': WORKER(['/c/', '/c/assets/js/a.js']),
    });
    const { problems } = await checkBuild(dir);
    expect(problems).toEqual([`${path.join('assets', 'js', 'a.js')}:1:14 U+0000: control character`]);
  });

  it('reports invalid markup: a paragraph inside a span', async () => {
    const dir = site({ 'learn/a.html': PAGE('<span><p>label</p></span>') });
    const { problems } = await checkBuild(dir);
    expect(problems.some((p) => p.startsWith(path.join('learn', 'a.html')) && /p.*span/i.test(p))).toBe(true);
  });

  it('refuses a folder without pages', async () => {
    await expect(checkBuild(site({ 'a.css': 'p{}' }))).rejects.toThrow('No HTML pages');
  });
});

describe('offlineProblems', () => {
  const files = (dir: string, names: string[]) => names.map((name) => path.join(dir, name));
  it('accepts a worker that stores every page and only files of the build', () => {
    const dir = site({ 'index.html': 'x', 'learn/a.html': 'x', 'sw.js': WORKER(['/c/', '/c/learn/a']) });
    expect(offlineProblems(dir, files(dir, ['index.html', 'learn/a.html', 'sw.js']))).toEqual([]);
  });

  it('names a stored address the build lacks, a page not stored, and a missing worker', () => {
    const dir = site({
      'index.html': 'x',
      'learn/a.html': 'x',
      'sw.js': WORKER(['/c/', '/c/search-index.json']),
    });
    expect(offlineProblems(dir, files(dir, ['index.html', 'learn/a.html', 'sw.js']))).toEqual([
      'sw.js: stores /c/search-index.json, which the build does not have',
      `sw.js: does not store ${path.join('learn', 'a.html')}`,
    ]);
    expect(offlineProblems(dir, files(dir, ['index.html']))).toEqual([
      'sw.js: missing (plugins/offline writes it after every production build)',
    ]);
  });
});

describe('quizEngineProblems', () => {
  const engine = '<script src="/c/assets/js/quiz-engine.0a1b2c3d.js"></script>';
  const pages: Record<string, string> = {
    '/site/lesson.html': `<form data-question="">${engine}`,
    '/site/review.html': `<main data-questions="">${engine}`,
    '/site/welcome.html': `<p>Welcome</p>${engine}`,
    '/site/quiz.html': '<form data-question="">',
    '/site/glossary.html': '<p>Terms</p>',
  };
  it('accepts the engine where questions are, and names pages that load it for nothing or lack it', () => {
    expect(quizEngineProblems('/site', Object.keys(pages), (file: string) => pages[file] ?? '')).toEqual([
      'welcome.html: loads the quiz engine but shows no question',
      'quiz.html: shows a question but does not load the quiz engine',
    ]);
  });
});

describe('featureChunkProblems', () => {
  it('holds the cycle explorer to the pages that show it', () => {
    const explorer = '<script src="/c/assets/js/cycle-explorer.0a1b2c3d.js"></script>';
    const pages: Record<string, string> = {
      '/site/index.html': `<section data-cycle-explorer="true">${explorer}`,
      '/site/lesson.html': `<p>No picture</p>${explorer}`,
      '/site/loop.html': '<section data-cycle-explorer="true">',
    };
    expect(featureChunkProblems('/site', Object.keys(pages), (file: string) => pages[file] ?? '')).toEqual([
      'lesson.html: loads the cycle explorer but shows no cycle explorer',
      'loop.html: shows a cycle explorer but does not load the cycle explorer',
    ]);
  });
});
