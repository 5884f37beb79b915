// How a built page gets its JavaScript (plugins/page-scripts): the page's own chunks are listed in
// its HTML, and every script is fetched only after the page has loaded and its text is on the
// screen (first contentful paint), so the text comes first.
import { test, expect, type Page } from '@playwright/test';
import { loaderSources } from '../plugins/page-scripts/html';
import { watchProblems } from './problems';
import { BASE_PATH, builtHtml, isSameDocument, markDocument, waitForHydration } from './site';

const LESSON = 'learn/understanding/chronic-inflammation';

/** The script list of the page's loader, as written in its built HTML. */
function listedScripts(pagePath: string): string[] {
  const sources = loaderSources(builtHtml(`${BASE_PATH}${pagePath}`));
  if (!sources) throw new Error(`No script loader in ${pagePath}`);
  return sources;
}

function scriptRequests(page: Page): { url: string; afterLoad: boolean }[] {
  const requests: { url: string; afterLoad: boolean }[] = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') {
      requests.push({ url: new URL(request.url()).pathname, afterLoad: loaded });
    }
  });
  return requests;
}

test('a lesson lists its own chunks and fetches every script after the page has loaded and painted', async ({
  page,
}) => {
  const listed = listedScripts(LESSON);
  expect(listed.at(-1)).toMatch(/\/assets\/js\/main\.[0-9a-f]+\.js$/);
  expect(listed.at(-2)).toMatch(/\/assets\/js\/runtime~main\.[0-9a-f]+\.js$/);
  expect(listed.length, 'the page chunks are in the HTML, not discovered by main.js').toBeGreaterThan(4);
  for (const src of listed) expect(src.startsWith(`${BASE_PATH}assets/js/`)).toBe(true);

  const problems = watchProblems(page);
  const requests = scriptRequests(page);
  await page.goto(LESSON);
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  expect(requests.map((request) => request.url)).toEqual(listed);
  expect(requests.every((request) => request.afterLoad)).toBe(true);
  const timing = await page.evaluate(() => ({
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scriptStarts: performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .map((entry) => entry.startTime),
  }));
  expect(timing.firstContentfulPaint, 'the text was painted').toBeGreaterThan(0);
  expect(timing.scriptStarts).toHaveLength(listed.length);
  for (const start of timing.scriptStarts) {
    expect(start, 'scripts are fetched once the text is on the screen').toBeGreaterThan(
      timing.firstContentfulPaint ?? 0,
    );
  }
  expect(problems).toEqual([]);
});

test('the loaded scripts make the page interactive and client-side navigation works', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(LESSON);
  await waitForHydration(page);
  await markDocument(page);
  await page.locator('.pagination-nav__link--next').click();
  await expect(page).not.toHaveURL(new RegExp(`${LESSON}$`));
  await expect(page.locator('article h1')).toBeVisible();
  expect(await isSameDocument(page)).toBe(true);
  expect(problems).toEqual([]);
});

test('every built page that has scripts loads them through the loader, none deferred', () => {
  for (const pagePath of [LESSON, '', 'learn/wrap-up/glossary', 'progress']) {
    const html = builtHtml(`${BASE_PATH}${pagePath}`);
    expect(html, pagePath || 'landing').not.toMatch(/<script src="[^"]*\/assets\/js\/[^"]*" defer/);
    expect(listedScripts(pagePath).length, pagePath || 'landing').toBeGreaterThan(2);
  }
});
