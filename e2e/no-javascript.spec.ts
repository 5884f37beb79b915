// With JavaScript off, every page still shows its text, its diagrams and its formulas:
// they are in the static HTML, not drawn by scripts.
import { test, expect } from '@playwright/test';
import { BASE_PATH, builtHtml, sitemapPaths } from './site';

test.use({ javaScriptEnabled: false });

// The search results page is a client-side app by nature; every other page must read without JS.
const pages = sitemapPaths()
  .filter((path) => !path.endsWith('/search'))
  .map((path) => {
    const html = builtHtml(path);
    return {
      path,
      diagrams: (html.match(/class="?diagram"?[ >]/g) ?? []).length,
      formulas: (html.match(/class="?katex"?[ >]/g) ?? []).length,
    };
  });

test('the course has diagrams and formulas to check', () => {
  // Guards the loop below against passing vacuously.
  expect(pages.filter((page) => page.diagrams > 0).length).toBeGreaterThan(0);
  expect(pages.filter((page) => page.formulas > 0).length).toBeGreaterThan(0);
});

for (const { path, diagrams, formulas } of pages) {
  test(`${path} is readable without JavaScript`, async ({ page }) => {
    await page.goto(path);
    const main = page.locator('main').first();
    await expect(main).toBeVisible();
    expect((await main.innerText()).trim().length).toBeGreaterThan(100);

    const svgs = page.locator('figure.diagram svg');
    // One drawing per diagram (two only if Mermaid drew the themes differently in more than colour).
    const drawings = await svgs.count();
    expect(drawings).toBeGreaterThanOrEqual(diagrams);
    expect(drawings).toBeLessThanOrEqual(diagrams * 2);
    for (let i = 0; i < diagrams; i++) {
      const visible = page.locator('figure.diagram').nth(i).locator('svg:visible');
      await expect(visible).toHaveCount(1);
      const box = await visible.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      await expect(visible.locator('title')).not.toHaveText('');
    }

    // "Go deeper" blocks are native <details>: they open without scripts, and their formulas show.
    const closed = page.locator('details[data-go-deeper]:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    const math = page.locator('.katex');
    await expect(math).toHaveCount(formulas);
    for (let i = 0; i < formulas; i++) {
      await expect(math.nth(i).locator('.katex-html')).toBeVisible();
    }
  });
}

test('the search page says search needs JavaScript and links to the lessons, glossary and references', async ({
  page,
}) => {
  const search = sitemapPaths().find((path) => path.endsWith('/search')) ?? `${BASE_PATH}search`;
  await page.goto(search);
  const notice = page.getByText('Search needs JavaScript, which is turned off in this browser.');
  await expect(notice).toBeVisible();
  for (const name of [/the lessons/, /the glossary/, /the references/]) {
    const link = page.getByRole('link', { name });
    await expect(link).toBeVisible();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith(BASE_PATH), href).toBe(true);
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
});
