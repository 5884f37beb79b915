// postinstall: make sure a Chromium exists for diagrams and tests.
// When none is found, fetch Playwright's own build. A failed download (offline,
// a closed network) is not fatal here: the build stops later with a clear message.
'use strict';

const { spawnSync } = require('node:child_process');
const { findChromium, HOW_TO_INSTALL } = require('./find-browser.cjs');

function main() {
  let found;
  try {
    found = findChromium();
  } catch (error) {
    console.warn(`[browser] ${error.message}`);
    return;
  }
  if (found) {
    console.log(`[browser] using ${found.path} (${found.source})`);
    return;
  }
  console.log("[browser] no Chromium found; downloading Playwright's Chromium…");
  const result = spawnSync('npx', ['--no-install', 'playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 10 * 60 * 1000,
    shell: process.platform === 'win32',
  });
  if (result.status === 0 && findChromium()) {
    console.log("[browser] Playwright's Chromium is installed.");
  } else {
    console.warn(`[browser] the download did not work.\n${HOW_TO_INSTALL}`);
  }
}

main();
