// KaTeX's stylesheet and fonts come from the site itself, and only pages with formulas load them
// (plugins/katex-stylesheet). Without the stylesheet a formula shows twice (MathML and HTML) in
// the wrong font, so check that it really applies.
import { test, expect } from '@playwright/test';
import { watchProblems } from './problems';
import { waitForHydration } from './site';

test('a page with formulas loads KaTeX styles and fonts from the site', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('learn/measuring/homa-ir-and-quicki');
  await waitForHydration(page);
  const stylesheet = page.locator('head link[rel="stylesheet"][href*="katex"]');
  await expect(stylesheet).toHaveCount(1);
  expect(await stylesheet.getAttribute('href')).toMatch(
    /^\/course-under-test\/assets\/katex-[\d.]+\/katex\.min\.css$/,
  );

  const formula = page.locator('.katex').first();
  await expect(formula.locator('.katex-html')).toBeVisible();
  // The MathML copy is for screen readers only: KaTeX's CSS clips it to 1px.
  const mathml = await formula.locator('.katex-mathml').boundingBox();
  expect(mathml?.width ?? 0).toBeLessThanOrEqual(1);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const loaded: string[] = [];
    document.fonts.forEach((font) => {
      if (font.status === 'loaded') loaded.push(font.family);
    });
    return loaded;
  });
  expect(fonts.some((family) => family.includes('KaTeX_Main'))).toBe(true);
  expect(problems).toEqual([]);
});

test('a page without formulas loads no KaTeX stylesheet', async ({ page }) => {
  const katexRequests: string[] = [];
  page.on('request', (request) => {
    if (/katex/i.test(request.url())) katexRequests.push(request.url());
  });
  await page.goto('learn/vicious-cycle/closing-the-loop');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
  expect(katexRequests).toEqual([]);
});

test('arriving at a page with formulas by client-side navigation also styles them', async ({ page }) => {
  await page.goto('learn/measuring/why-measure');
  await waitForHydration(page);
  await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
  await page.locator('.pagination-nav__link--next').click();
  await expect(page).toHaveURL(/learn\/measuring\/homa-ir-and-quicki$/);
  await expect(page.locator('head link[rel="stylesheet"][href*="katex"]')).toHaveCount(1);
  const mathml = page.locator('.katex .katex-mathml').first();
  await expect.poll(async () => (await mathml.boundingBox())?.width ?? 99).toBeLessThanOrEqual(1);
});

test('a page with formulas keeps its KaTeX stylesheet while it hydrates, so nothing shifts', async ({
  page,
}) => {
  // React hydrates a page in several commits; Helmet used to remove the stylesheet after the first
  // and add it back later, and the formulas lost their styles in between.
  await page.addInitScript(() => {
    const seen = { removed: 0, shift: 0 };
    (window as unknown as { katexSeen: typeof seen }).katexSeen = seen;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.removedNodes) {
          if (node instanceof HTMLLinkElement && node.href.includes('katex')) seen.removed += 1;
        }
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) seen.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('learn/measuring/tyg-index');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('head link[rel="stylesheet"][href*="katex"]')).toHaveCount(1);
  const seen = await page.evaluate(
    () => (window as unknown as { katexSeen: { removed: number; shift: number } }).katexSeen,
  );
  expect(seen.removed, 'the stylesheet link was removed during the load').toBe(0);
  // Removing the stylesheet shifted the page by ~0.03; on a loaded machine a late KaTeX font can
  // still nudge a formula by a few thousandths, which is not what this test is about.
  expect(seen.shift, 'layout shift').toBeLessThan(0.01);
});
