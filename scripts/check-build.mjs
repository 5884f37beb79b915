// Checks a built site the way outside checkers do, so `npm test` catches their findings first:
// 1. no control characters (other than tab, CR, LF) in any HTML, JS, JSON, CSS, XML or text file;
// 2. every HTML page valid: html-validate (Node only, the standard's content rules) always, and the
//    W3C Nu HTML Checker (vnu, the checker validator.w3.org runs) where Java is installed. vnu finds
//    more (it checks inside SVG foreignObject, for example), so without Java this says so loudly;
// 3. the quiz engine's chunk (plugins/bundle-tuning.ts) loads exactly on the pages that show a
//    question (`data-question`) or work with the course's questions (`data-questions`).
// Usage: node scripts/check-build.mjs [build-dir]   (default build-e2e)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { builtFile } = require('./built-file.cjs');

const TEXT_FILE = /\.(html|js|mjs|json|css|xml|txt|svg)$/i;
// C0 controls except tab (09), LF (0A) and CR (0D), plus DEL (7F).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Every file under `dir`, as absolute paths. */
export function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** `line:column U+XXXX` for each control character in `text`. */
export function controlCharacters(text) {
  const found = [];
  for (const match of text.matchAll(CONTROL)) {
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    const code = match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
    found.push(`${line}:${column} U+${code}`);
  }
  return found;
}

function checkControlCharacters(dir, files) {
  const problems = [];
  for (const file of files.filter((f) => TEXT_FILE.test(f))) {
    for (const where of controlCharacters(readFileSync(file, 'utf8'))) {
      problems.push(`${path.relative(dir, file)}:${where}: control character`);
    }
  }
  return problems;
}

async function checkWithHtmlValidate(dir, pages) {
  const { HtmlValidate, StaticConfigLoader } = await import('html-validate');
  const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:standard'] }));
  const problems = [];
  for (const page of pages) {
    const report = await validator.validateFile(page);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push(
          `${path.relative(dir, page)}:${m.line}:${m.column}: ${m.message} (html-validate ${m.ruleId})`,
        );
      }
    }
  }
  return problems;
}

function hasJava() {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return run.status === 0;
}

function checkWithVnu(dir) {
  const jar = require('vnu-jar');
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim() !== '');
  if (run.status !== 0 && lines.length === 0) throw new Error(`vnu exited with status ${run.status}`);
  // gnu format: "file:/abs/path.html":line.col-line.col: error: message
  return lines.map(
    (line) => `${line.replace(/^"file:([^"]+)"/, (_all, file) => path.relative(dir, file))} (vnu)`,
  );
}

function loudly(lines) {
  const width = Math.max(...lines.map((line) => line.length));
  const bar = '!'.repeat(width + 4);
  console.warn([bar, ...lines.map((line) => `! ${line.padEnd(width)} !`), bar].join('\n'));
}

/** Features whose code is one chunk that only pages using the feature may load. */
export const FEATURE_CHUNKS = [
  {
    name: 'the quiz engine',
    chunk: /assets\/js\/quiz-engine\.[0-9a-f]+\.js/,
    uses: /\sdata-questions?=/,
    what: 'question',
  },
  {
    name: 'the cycle explorer',
    chunk: /assets\/js\/cycle-explorer\.[0-9a-f]+\.js/,
    uses: /\sdata-cycle-explorer=/,
    what: 'cycle explorer',
  },
];

/** Pages that load a feature's chunk without using it, or use the feature without its chunk. */
export function featureChunkProblems(
  dir,
  pages,
  read = (file) => readFileSync(file, 'utf8'),
  features = FEATURE_CHUNKS,
) {
  const problems = [];
  for (const page of pages) {
    const html = read(page);
    for (const { name, chunk, uses, what } of features) {
      const loads = chunk.test(html);
      const shows = uses.test(html);
      const article = /^[aeiou]/.test(what) ? 'an' : 'a';
      if (loads && !shows) problems.push(`${path.relative(dir, page)}: loads ${name} but shows no ${what}`);
      if (shows && !loads)
        problems.push(`${path.relative(dir, page)}: shows ${article} ${what} but does not load ${name}`);
    }
  }
  return problems;
}

/** Pages that load the quiz engine without a question, or show a question without it. */
export function quizEngineProblems(dir, pages, read = (file) => readFileSync(file, 'utf8')) {
  return featureChunkProblems(dir, pages, read, [FEATURE_CHUNKS[0]]);
}

/**
 * The service worker's list (plugins/offline) against the finished build: every stored address
 * must be a file of it (the search plugin writes its index while the list is made), and every
 * page must be stored, or an offline reader would miss it.
 */
export function offlineProblems(dir, files, read = (file) => readFileSync(file, 'utf8')) {
  const worker = files.find((file) => path.relative(dir, file) === 'sw.js');
  if (!worker) return ['sw.js: missing (plugins/offline writes it after every production build)'];
  const text = read(worker);
  const match = /^self\.__COURSE_OFFLINE=(.*);\n/.exec(text);
  if (!match) return ['sw.js: no list of files to store'];
  const { entries, notFound } = JSON.parse(match[1]);
  const base = notFound.slice(0, notFound.lastIndexOf('/') + 1);
  const problems = [];
  const stored = new Set();
  for (const { url } of entries) {
    const file = builtFile(dir, url.slice(base.length));
    if (file === undefined) problems.push(`sw.js: stores ${url}, which the build does not have`);
    else stored.add(file);
  }
  for (const page of files.filter((file) => file.endsWith('.html'))) {
    if (!stored.has(page)) problems.push(`sw.js: does not store ${path.relative(dir, page)}`);
  }
  return problems;
}

export async function checkBuild(dir) {
  const files = filesUnder(dir);
  const pages = files.filter((file) => file.endsWith('.html'));
  if (pages.length === 0) throw new Error(`No HTML pages under ${dir}: build the site first.`);
  const problems = [
    ...checkControlCharacters(dir, files),
    ...(await checkWithHtmlValidate(dir, pages)),
    ...featureChunkProblems(dir, pages),
    ...offlineProblems(dir, files),
  ];
  let vnu = 'skipped (no Java)';
  if (hasJava()) {
    problems.push(...checkWithVnu(dir));
    vnu = 'checked';
  } else {
    loudly([
      'The W3C HTML checker (vnu) was NOT run: it needs Java, and none was found.',
      'Only html-validate checked the pages. Install a Java runtime (Debian: apt-get install',
      'default-jre-headless) to run the same checker as validator.w3.org.',
    ]);
  }
  return { problems, pages: pages.length, files: files.length, vnu };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? 'build-e2e');
  const { problems, pages, files, vnu } = await checkBuild(dir);
  if (problems.length > 0) {
    console.error(`The built site has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(
    `Built site OK: ${pages} pages valid (html-validate; vnu ${vnu}), no control characters in ${files} files.`,
  );
}
