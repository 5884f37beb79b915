// Diagrams reach the reader in three ways (src/components/Diagram): in the static HTML of the first
// page, kept as it is by hydration; fetched after client-side navigation; and switched with the
// theme. None of them may need Mermaid or lose the accessible title.
import { test, expect, type Page } from '@playwright/test';
import { watchProblems } from './problems';
import { isSameDocument, markDocument, waitForHydration } from './site';

const DIAGRAM_PAGE = 'learn/vicious-cycle/hyperinsulinemia-fuels-inflammation';
const PAGE_BEFORE = 'learn/vicious-cycle/adipose-tissue-macrophages';

function diagramRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/diagrams\/|mermaid/i.test(request.url())) urls.push(request.url());
  });
  return urls;
}

async function expectOneVisibleDiagram(page: Page, title: RegExp) {
  const visible = page.locator('figure.diagram svg:visible');
  await expect(visible).toHaveCount(1);
  await expect(visible.locator('title')).toHaveText(title);
  expect((await visible.boundingBox())?.width ?? 0).toBeGreaterThan(100);
}

test('a page loaded directly keeps the diagram of its static HTML through hydration', async ({ page }) => {
  const problems = watchProblems(page);
  const requests = diagramRequests(page);
  await page.goto(DIAGRAM_PAGE);
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  await expectOneVisibleDiagram(page, /feedback from high insulin/i);
  expect(requests, 'nothing fetched for a diagram already in the page').toEqual([]);
  expect(problems).toEqual([]);
});

test('after client-side navigation the diagram is fetched and shown', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(PAGE_BEFORE);
  await waitForHydration(page);
  await markDocument(page);
  const requests = diagramRequests(page);
  await page.locator('.pagination-nav__link--next').click();
  await expect(page).toHaveURL(new RegExp(`${DIAGRAM_PAGE}$`));
  await expectOneVisibleDiagram(page, /feedback from high insulin/i);
  // The page was not reloaded: it really was client-side navigation.
  expect(await isSameDocument(page)).toBe(true);
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatch(/\/course-under-test\/assets\/diagrams\/[0-9a-f]{20}\.json$/);
  expect(problems).toEqual([]);
});

// Relative luminance (0 dark … 1 light) of a computed CSS colour such as "rgb(28, 30, 33)".
function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

async function diagramColours(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('figure.diagram svg') as SVGSVGElement;
    const label = svg.querySelector('.nodeLabel, .label text, text') as SVGElement;
    const box = svg.querySelector('.node rect, .node polygon, .node path') as SVGElement;
    return { text: getComputedStyle(label).fill, box: getComputedStyle(box).fill };
  });
}

test('the diagram is drawn once and takes the colours of the theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(DIAGRAM_PAGE);
  await waitForHydration(page);
  const figure = page.locator('figure.diagram');
  // One drawing for both themes (plugins/rehype-mermaid-svg/themed.ts), not one per theme.
  await expect(figure.locator('svg')).toHaveCount(1);
  const light = await diagramColours(page);
  expect(luminance(light.text), `label ${light.text} on light`).toBeLessThan(0.1);
  expect(luminance(light.box), `box ${light.box} on light`).toBeGreaterThan(0.6);
  // The switch cycles through system, light and dark; click until the page is dark.
  const toggle = page.getByRole('button', { name: /switch between dark and light mode/i });
  for (let clicks = 0; clicks < 3; clicks++) {
    if ((await page.locator('html').getAttribute('data-theme')) === 'dark') break;
    await toggle.click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await diagramColours(page);
  expect(luminance(dark.text), `label ${dark.text} on dark`).toBeGreaterThan(0.6);
  expect(luminance(dark.box), `box ${dark.box} on dark`).toBeLessThan(0.1);
  await expect(figure.locator('svg')).toBeVisible();
});
