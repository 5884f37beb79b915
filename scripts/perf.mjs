// Performance report: Lighthouse (mobile, simulated throttling) on the landing page and every
// lesson page of the production build, median of N runs, plus the build's JS/CSS gzip sizes.
// Usage: npm run perf [-- --runs 3 --only /learn/vicious-cycle/closing-the-loop --save reports/ --dir build-perf]
// --save DIR writes each run's full Lighthouse report (JSON) there, to see what the time went on.
// Not part of `npm test`: numbers are measured here and reported, never asserted in tests.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from './serve-static.mjs';

const require = createRequire(import.meta.url);

// Lighthouse lives in tools/perf with its own lockfile, so a reader's `npm install` never fetches it
// (nor its Node 22 requirement); the first `npm run perf` installs it there.
const TOOLS = path.resolve(import.meta.dirname, '..', 'tools', 'perf');
if (!existsSync(path.join(TOOLS, 'node_modules', 'lighthouse'))) {
  console.log('Installing Lighthouse for measurements (tools/perf, first use only)…');
  execSync('npm install --no-audit --no-fund', { cwd: TOOLS, stdio: 'inherit' });
}
const toolsRequire = createRequire(path.join(TOOLS, 'package.json'));
const importTool = (name) => import(pathToFileURL(toolsRequire.resolve(name)).href);
const chromeLauncher = await importTool('chrome-launcher');
const { default: lighthouse } = await importTool('lighthouse');
const { requireChromium, CHROMIUM_ARGS } = require('./find-browser.cjs');
const { builtFile } = require('./built-file.cjs');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const RUNS = Number(option('runs', '3'));
const ONLY = option('only', undefined);
const SAVE_DIR = option('save', undefined);
const BUILD_DIR = path.resolve(option('dir', 'build-perf'));
const BASE = '/course/';
const PORT = 4300;

if (!existsSync(path.join(BUILD_DIR, 'sitemap.xml')) || args.includes('--rebuild')) {
  console.log(`Building the site for measurement (${path.relative('.', BUILD_DIR)}/, base path ${BASE})…`);
  execSync(`npx docusaurus build --out-dir ${JSON.stringify(BUILD_DIR)}`, {
    stdio: 'inherit',
    env: { ...process.env, BASE_URL: BASE },
  });
}

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file);
}

function filesIn(dir, extension) {
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((file) => file.endsWith(extension) && statSync(file).isFile());
}

/** A served URL back to its file in the build, for gzip sizes as GitHub Pages would send them. */
function fileForUrl(url) {
  const { pathname } = new URL(url);
  return pathname.startsWith(BASE) ? builtFile(BUILD_DIR, pathname.slice(BASE.length)) : undefined;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const sitemap = readFileSync(path.join(BUILD_DIR, 'sitemap.xml'), 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((match) => new URL(match[1]).pathname)
  .filter((page) => page === BASE || page.startsWith(`${BASE}learn/`))
  .filter((page) => !ONLY || page === `${BASE}${ONLY.replace(/^\//, '')}`);

const server = await startStaticServer({ dir: BUILD_DIR, basePath: BASE, port: PORT });
const chrome = await chromeLauncher.launch({
  chromePath: requireChromium().path,
  chromeFlags: ['--headless=new', '--disable-gpu', ...CHROMIUM_ARGS],
});

const rows = [];
try {
  for (const page of pages) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const { audits, categories } = result.lhr;
      if (SAVE_DIR) {
        mkdirSync(SAVE_DIR, { recursive: true });
        const name = `${page.slice(BASE.length).replace(/\W+/g, '-') || 'landing'}-${run + 1}.json`;
        writeFileSync(path.join(SAVE_DIR, name), JSON.stringify(result.lhr, null, 1));
      }
      const requests = audits['network-requests'].details.items;
      const gzipOf = (predicate) =>
        requests
          .filter(predicate)
          .map((item) => fileForUrl(item.url))
          .filter(Boolean)
          .reduce((sum, file) => sum + gzipSize(file), 0);
      runs.push({
        score: categories.performance.score,
        lcp: audits['largest-contentful-paint'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        bytes: gzipOf(() => true),
        js: gzipOf((item) => item.resourceType === 'Script'),
        // Lighthouse's measure of how fast the machine's CPU was during the run (higher is faster):
        // on a shared or busy machine it drops, and total blocking time rises with it.
        cpu: result.lhr.environment.benchmarkIndex,
        mermaidJs: requests.filter((item) => /mermaid/i.test(item.url) && item.resourceType === 'Script')
          .length,
      });
    }
    const pick = (key) => median(runs.map((run) => run[key]));
    const row = {
      page: page.slice(BASE.length - 1),
      score: pick('score'),
      'LCP ms': Math.round(pick('lcp')),
      CLS: Number(pick('cls').toFixed(3)),
      'TBT ms': Math.round(pick('tbt')),
      'KiB (gzip)': Number((pick('bytes') / 1024).toFixed(1)),
      'JS KiB (gzip)': Number((pick('js') / 1024).toFixed(1)),
      'Mermaid JS files': pick('mermaidJs'),
      'CPU index': Math.round(pick('cpu')),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  await chrome.kill();
  server.close();
}

console.log(
  `\nLighthouse mobile, median of ${RUNS} run(s) per page; bytes are gzip sizes of every file the page loaded.`,
);
console.table(rows);
const cpu = rows.map((row) => row['CPU index']);
console.log(
  `CPU index (Lighthouse's benchmarkIndex, median per page): ${Math.min(...cpu)}-${Math.max(...cpu)}. ` +
    'Higher is faster; a low one means a busy machine, and blocking time rises with it: compare scores only between runs with similar indexes.',
);

const total = (files) => files.reduce((sum, file) => sum + gzipSize(file), 0);
const js = filesIn(path.join(BUILD_DIR, 'assets/js'), '.js');
const css = filesIn(path.join(BUILD_DIR, 'assets/css'), '.css');
console.log(`Build: ${js.length} JS files, ${(total(js) / 1024).toFixed(1)} KiB gzip in all`);
console.log(`Build: ${css.length} CSS files, ${(total(css) / 1024).toFixed(1)} KiB gzip in all`);
const mermaidInBundles = js.filter((file) =>
  /mermaidAPI|mermaid\.initialize/.test(readFileSync(file, 'utf8')),
);
console.log(
  `Mermaid library code in the JS bundles: ${mermaidInBundles.length === 0 ? 'none' : mermaidInBundles.join(', ')}`,
);
