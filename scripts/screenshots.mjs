// Screenshots of built pages in light and dark themes, at desktop and phone widths, for a person
// to look at (and for the README). Usage: npm run screenshots [-- /learn/welcome /progress]
// Serves build-e2e/ (npm run build:e2e) under /course-under-test/ and writes screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright';
import { startStaticServer } from './serve-static.mjs';

const require = createRequire(import.meta.url);
const { chromiumLaunchOptions } = require('./find-browser.cjs');

const BASE = '/course-under-test/';
const PORT = 4310;
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

mkdirSync('screenshots', { recursive: true });
const server = await startStaticServer({ dir: 'build-e2e', basePath: BASE, port: PORT });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const page of pages) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        const tab = await context.newPage();
        await tab.goto(`http://127.0.0.1:${PORT}${BASE}${page.replace(/^\//, '')}`);
        await tab.waitForFunction(() => globalThis.document.documentElement.dataset.hasHydrated === 'true');
        const name = `screenshots/${page.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${colorScheme}.png`;
        // Long pages are cut into screen-sized parts so each PNG stays readable.
        const height = await tab.evaluate(() => globalThis.document.documentElement.scrollHeight);
        const part = viewport.height * 2;
        for (let y = 0, index = 1; y < height; y += part, index++) {
          const file = name.replace(/\.png$/, `-${index}.png`);
          const clip = { x: 0, y, width: viewport.width, height: Math.min(part, height - y) };
          await tab.screenshot({ path: file, fullPage: true, clip });
          console.log(file);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
