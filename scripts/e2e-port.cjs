// Decides what the end-to-end tests may do with their port before Playwright starts its web server:
// start a server (port free), reuse one (our static server already serving the test build there), or
// stop with a clear message (anything else). Without this, Playwright's reuseExistingServer would
// test whatever answers on the port, and every test would time out against the wrong site.
// CommonJS and synchronous: playwright.config.ts must decide while it is being loaded.
'use strict';

const { spawnSync } = require('node:child_process');
const path = require('node:path');

/** Header the course's static server (scripts/serve-static.mjs) sends: the absolute path it serves. */
const SERVED_DIR_HEADER = 'x-course-build';

const PROBE = `
const [url, header] = process.argv.slice(1);
fetch(url, { signal: AbortSignal.timeout(5000) })
  .then((response) => console.log(JSON.stringify({ status: response.status, dir: response.headers.get(header) })))
  .catch((error) => console.log(JSON.stringify({
    error: String(error.cause?.code ?? error.name),
    message: String(error.cause?.message ?? error.message),
  })));
`;

/**
 * What answers at `url`: 'free' (nothing listening), 'ours' (the course's static server serving
 * `dir`, resolved to an absolute path: this checkout's build, not another clone's, with the page
 * found), 'unsafe' (a port browsers refuse to connect to, on the Fetch standard's "bad port" list,
 * such as 4190 or 6000) or 'foreign', with a description for messages.
 */
function probePort(url, dir) {
  const run = spawnSync(process.execPath, ['-e', PROBE, url, SERVED_DIR_HEADER], { encoding: 'utf8' });
  let result;
  try {
    result = JSON.parse(run.stdout.trim());
  } catch {
    return { state: 'foreign', detail: `could not probe ${url}: ${run.stderr.trim() || 'no answer'}` };
  }
  if (result.error === 'ECONNREFUSED') return { state: 'free' };
  if (result.message === 'bad port') return { state: 'unsafe' };
  if (result.error) return { state: 'foreign', detail: `${url} did not answer properly (${result.error})` };
  const served = typeof result.dir === 'string' ? decodeURI(result.dir) : undefined;
  if (served === path.resolve(dir) && result.status === 200) return { state: 'ours' };
  return {
    state: 'foreign',
    detail: `${url} answered with status ${result.status}, not from the course's test build`,
  };
}

/**
 * Whether Playwright may reuse the server already on the port. Throws, naming the port and
 * E2E_PORT, when something else holds it (or when CI finds anything there at all).
 */
function reuseExistingServer({ url, port, dir, ci, env = process.env }) {
  // Playwright loads its config again in every worker process, after the main process has started
  // the server: only the main process decides (workers never start or reuse a server).
  if (env.TEST_WORKER_INDEX !== undefined) return true;
  const probe = probePort(url, dir);
  if (probe.state === 'free') return false;
  if (probe.state === 'unsafe') {
    throw new Error(
      [
        `Browsers refuse to open port ${port} (it is on the Fetch standard's list of unsafe ports), so the`,
        `end-to-end tests cannot use it. Choose another port, for example: E2E_PORT=4173 npm run test:e2e`,
      ].join('\n'),
    );
  }
  if (probe.state === 'ours' && !ci) return true;
  const what = probe.state === 'ours' ? 'a course server is already running there' : probe.detail;
  throw new Error(
    [
      `Port ${port} is taken, so the end-to-end tests cannot start their server: ${what}.`,
      `Stop that program, or choose another port: E2E_PORT=${Number(port) + 1} npm run test:e2e`,
    ].join('\n'),
  );
}

module.exports = { probePort, reuseExistingServer, SERVED_DIR_HEADER };
