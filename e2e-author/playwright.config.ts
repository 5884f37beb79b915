// Browser checks of the module that scripts/author-check.mjs adds to a copy of the project
// (AUTHOR_BUILD_DIR is that copy's build). Run through the script, not on its own.
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/find-browser.cjs';

const PORT = Number(process.env.AUTHOR_PORT ?? 4191);
const BUILD_DIR = process.env.AUTHOR_BUILD_DIR;
if (!BUILD_DIR) throw new Error('Run this through scripts/author-check.mjs (AUTHOR_BUILD_DIR is not set).');

export default defineConfig({
  testDir: '.',
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  outputDir: '../test-results/author',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}/course-under-test/`,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `node ../scripts/serve-static.mjs ${JSON.stringify(BUILD_DIR)} /course-under-test/ ${PORT}`,
    url: `http://127.0.0.1:${PORT}/course-under-test/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
