// Every page reflows to a 320 px wide screen (WCAG 2.2 success criterion 1.4.10: a small phone, or a
// desktop browser zoomed to 400%): nothing makes the page scroll sideways. Wide content that has
// to stay wide (formulas, tables) scrolls inside its own box instead.
import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths, waitForHydration } from './site';

const NARROW = { width: 320, height: 640 };

/** The outermost elements that end past the right edge of the screen, named for the failure message. */
async function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 0.5;
    const past = (element: Element) => element.getBoundingClientRect().right > edge;
    // Parts that cannot widen the page: inside a box that clips or scrolls, or fixed to the screen
    // (KaTeX's hidden MathML, the skip link while it is off screen).
    const contained = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.position === 'fixed' || style.clip !== 'auto') return true;
        if (node !== element && style.overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((element) => past(element) && !(element.parentElement && past(element.parentElement)))
      .filter((element) => !contained(element))
      .map((element) => {
        const classes = [...element.classList].map((name) => `.${name}`).join('');
        const text = (element.textContent ?? '').trim().slice(0, 40);
        return `<${element.tagName.toLowerCase()}${classes}> ending at ${Math.round(element.getBoundingClientRect().right)} px: "${text}"`;
      });
  });
}

for (const path of sitemapPaths()) {
  test(`${path} fits a 320 px screen without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize(NARROW);
    await page.goto(path);
    await waitForHydration(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `wider than the screen: ${(await sticksOut(page)).join('; ')}`).toBeLessThanOrEqual(
      clientWidth,
    );
  });
}

test('on a 320 px screen the site title ends before the search button', async ({ page }) => {
  await page.setViewportSize(NARROW);
  await page.goto(sitemapPaths()[0] ?? '');
  await waitForHydration(page);
  const title = await page.locator('.navbar__inner .navbar__title').boundingBox();
  const search = await page.locator('.navbar__inner .navbar__search').boundingBox();
  expect(title, 'site title').not.toBeNull();
  expect(search, 'search button').not.toBeNull();
  expect((title?.x ?? 0) + (title?.width ?? 0), 'title ends before the search button').toBeLessThanOrEqual(
    search?.x ?? 0,
  );
});
