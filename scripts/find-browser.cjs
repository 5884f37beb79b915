// Finds a Chromium for build-time diagrams, end-to-end tests and Lighthouse.
// Order: CHROMIUM_PATH, then Playwright's own download, then the system's Chromium.
// CommonJS on purpose: docusaurus.config.ts, playwright.config.ts, the perf script
// and the postinstall step all load it, and none of them should need a transpiler.
'use strict';

const fs = require('node:fs');

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Flags that keep Chromium quiet on a closed network and let it run as root in CI.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_INSTALL = [
  'No Chromium was found for rendering diagrams and running the browser tests.',
  'Install one of these, then run the command again:',
  "  - Playwright's own browser:  npx playwright install chromium",
  '  - Debian/Ubuntu:             sudo apt-get install chromium',
  '  - or point to any Chromium:  export CHROMIUM_PATH=/path/to/chromium',
].join('\n');

function playwrightChromium() {
  try {
    // playwright-core knows where `npx playwright install chromium` puts its browser.
    const { chromium } = require('playwright-core');
    const candidate = chromium.executablePath();
    return candidate && fs.existsSync(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {{env?: NodeJS.ProcessEnv, exists?: (p: string) => boolean, playwright?: () => string | undefined}} [deps]
 * @returns {{path: string, source: 'CHROMIUM_PATH' | 'playwright' | 'system'} | undefined}
 */
function findChromium(deps = {}) {
  const env = deps.env ?? process.env;
  const exists = deps.exists ?? fs.existsSync;
  const fromPlaywright = deps.playwright ?? playwrightChromium;

  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) {
      throw new Error(
        `CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but no file is there. ` +
          'Fix the path or unset CHROMIUM_PATH.',
      );
    }
    return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  const bundled = fromPlaywright();
  if (bundled) return { path: bundled, source: 'playwright' };
  const system = SYSTEM_CANDIDATES.find((candidate) => exists(candidate));
  if (system) return { path: system, source: 'system' };
  return undefined;
}

/** Like findChromium, but stops with a message that says what to install. */
function requireChromium(deps) {
  const found = findChromium(deps);
  if (!found) throw new Error(HOW_TO_INSTALL);
  return found;
}

/** Playwright launch options for the browser we found. */
function chromiumLaunchOptions(deps) {
  return { executablePath: requireChromium(deps).path, args: CHROMIUM_ARGS };
}

module.exports = {
  findChromium,
  requireChromium,
  chromiumLaunchOptions,
  CHROMIUM_ARGS,
  HOW_TO_INSTALL,
};

// `node scripts/find-browser.cjs`: print the browser that will be used, or explain what to install.
if (require.main === module) {
  try {
    const found = findChromium();
    if (!found) {
      console.error(HOW_TO_INSTALL);
      process.exit(1);
    }
    console.log(`${found.path} (${found.source})`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
