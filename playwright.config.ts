import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { BASE_PATH, PORT } from './e2e/site';
import { reuseExistingServer } from './scripts/e2e-port.cjs';
import { chromiumLaunchOptions } from './scripts/find-browser.cjs';

const SERVER_URL = `http://127.0.0.1:${PORT}${BASE_PATH}`;

// End-to-end tests run against the production build (npm run build:e2e), served under a
// non-root base path like a GitHub Pages project site.
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  // Ceiling for each web-first assertion's polling (not a wait): generous enough for a loaded machine.
  expect: { timeout: 15_000 },
  use: {
    baseURL: SERVER_URL,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    // Each test starts from the network, not from a course stored by the service worker of an
    // earlier page load; e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } },
  ],
  webServer: {
    command: `node scripts/serve-static.mjs build-e2e ${BASE_PATH} ${PORT}`,
    url: SERVER_URL,
    // Reuse only our own static server already serving build-e2e; anything else on the port stops
    // the run with a message naming the port and E2E_PORT (scripts/e2e-port.cjs).
    reuseExistingServer: reuseExistingServer({
      url: SERVER_URL,
      port: PORT,
      dir: path.join(__dirname, 'build-e2e'),
      ci: Boolean(process.env.CI),
    }),
    timeout: 30_000,
  },
});
