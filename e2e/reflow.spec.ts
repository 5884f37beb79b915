// Every page reflows to a 320 px wide screen (WCAG 2.2 success criterion 1.4.10: a small phone, or a
// desktop browser zoomed to 400%): nothing makes the page scroll sideways. Wide content that has
// to stay wide (formulas, tables) scrolls inside its own box instead, and a keyboard can reach and
// scroll that box (src/lib/scrollRegions.ts).
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { MARK, SCROLL_BOXES } from '../src/lib/scrollRegions';
import { builtHtml, sitemapPaths, waitForHydration } from './site';

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
    await nextFrame(page);
    const { violations } = await new AxeBuilder({ page })
      .withRules(['scrollable-region-focusable'])
      .analyze();
    const unreachable = violations.flatMap((violation) =>
      violation.nodes.map((node) => node.target.join(' ')),
    );
    expect(unreachable, 'boxes that scroll sideways but cannot take keyboard focus').toEqual([]);
  });
}

/** Lets ResizeObserver callbacks (delivered before the next paint) run. */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

test('a box gets a tab stop only while it scrolls sideways, and is scrolled by the arrow keys', async ({
  page,
}) => {
  await page.setViewportSize(NARROW);
  const candidates = sitemapPaths().filter((path) => /<table|katex-display/.test(builtHtml(path)));
  // The first table or display formula, on any page, that is wider than its box at 320 px.
  const wide = async () =>
    page
      .locator(SCROLL_BOXES)
      .evaluateAll((boxes) => boxes.findIndex((box) => box.scrollWidth > box.clientWidth + 1));
  let index = -1;
  for (const path of candidates) {
    await page.goto(path);
    await waitForHydration(page);
    await nextFrame(page);
    index = await wide();
    if (index >= 0) break;
  }
  test.skip(index < 0, 'no table or formula of the course is wider than a 320 px screen');
  const box = page.locator(SCROLL_BOXES).nth(index);
  await expect(box).toHaveAttribute('tabindex', '0');
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

  // Wide enough for everything: the tab stops go, so a keyboard skips boxes with nothing to scroll.
  await page.setViewportSize({ width: 1600, height: 900 });
  await nextFrame(page);
  await expect(box).not.toHaveAttribute('tabindex');
  await expect(page.locator(`[${MARK}]`)).toHaveCount(0);
});

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
