// The evidence map: filters narrow the study list with JavaScript; without it, every section is
// there and reachable from the contents list.
import { test, expect, type Page } from '@playwright/test';
import { watchProblems } from './problems';
import { sitemapPaths, waitForHydration } from './site';

const MAP = sitemapPaths().find((path) => path.endsWith('/evidence-map')) ?? '';

async function visibleStudies(page: Page) {
  return page.locator('li[data-kind]:visible').evaluateAll((rows) =>
    rows.map((row) => ({
      kind: row.getAttribute('data-kind'),
      modules: row.getAttribute('data-modules') ?? '',
    })),
  );
}

/** The element `selector` finds, reached by its #anchor, starts just below the sticky navbar. */
async function expectAtTopBelowNavbar(page: Page, selector: string, name: string): Promise<void> {
  const navbar = await page.locator('nav.navbar').boundingBox();
  const box = await page.locator(selector).boundingBox();
  expect(box, name).not.toBeNull();
  expect(box?.y ?? -1, `${name} starts below the navbar`).toBeGreaterThanOrEqual(
    (navbar?.y ?? 0) + (navbar?.height ?? 0),
  );
  expect(box?.y ?? 1000, `${name} starts near the top`).toBeLessThan(200);
}

test('filters by kind of evidence and by module narrow the study list, and say how many are shown', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(MAP);
  await waitForHydration(page);
  const total = await page.locator('li[data-kind]').count();
  expect(total).toBeGreaterThan(10);
  expect(await visibleStudies(page)).toHaveLength(total);
  const status = page.getByRole('status').filter({ hasText: 'Showing' });
  await expect(status).toHaveText(`Showing ${total} of ${total} studies.`);

  await page.getByRole('checkbox', { name: /^animal/ }).check();
  const animal = await visibleStudies(page);
  expect(animal.length).toBeGreaterThan(0);
  expect(animal.length).toBeLessThan(total);
  expect(new Set(animal.map((study) => study.kind))).toEqual(new Set(['animal']));
  await expect(status).toHaveText(`Showing ${animal.length} of ${total} studies.`);
  // Groups with nothing left to show are hidden with their heading.
  await expect(page.locator('section[data-kind-group="review"]')).toBeHidden();

  await page.getByRole('checkbox', { name: /^animal/ }).uncheck();
  await page.getByLabel('Cited in').selectOption({ index: 1 });
  const module = Number(await page.getByLabel('Cited in').inputValue());
  const inModule = await visibleStudies(page);
  expect(inModule.length).toBeGreaterThan(0);
  for (const study of inModule) expect(study.modules.split(' ').map(Number)).toContain(module);
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every section is shown, the filters are not, and the contents links land on sections', async ({
    page,
  }) => {
    await page.goto(MAP);
    await expect(page.getByRole('form', { name: 'Filter the studies' })).toBeHidden();
    const total = await page.locator('li[data-kind]').count();
    expect(await visibleStudies(page)).toHaveLength(total);
    const targets = await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) await expect(page.locator(target)).toHaveCount(1);
  });
});

test('a study or reference reached by its address is shown whole, below the navbar', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const references = sitemapPaths().find((path) => path.endsWith('/references')) ?? '';
  for (const [pagePath, prefix] of [
    [MAP, 'study-'],
    [references, 'ref-'],
  ] as const) {
    await page.goto(pagePath);
    await waitForHydration(page);
    // A study near the end of the list: the page has to scroll a long way to reach it.
    const ids = await page.locator(`li[id^="${prefix}"]`).evaluateAll((rows) => rows.map((row) => row.id));
    const id = ids[ids.length - 3] ?? '';
    await page.goto(`${pagePath}#${id}`);
    await waitForHydration(page);
    await expectAtTopBelowNavbar(page, `[id="${id}"]`, id);
  }
});

test('the claims and the studies by module read the same when loaded and when reached from another page', async ({
  page,
}) => {
  // On a first load they are kept as built and not hydrated (src/components/StaticIsland); after
  // client-side navigation React renders them.
  const problems = watchProblems(page);
  const texts = () =>
    page
      .locator('li[id^="claim-"], section[aria-labelledby^="module-"]')
      .evaluateAll((parts) => parts.map((part) => (part as HTMLElement).innerText));
  await page.goto(MAP);
  await waitForHydration(page);
  const loaded = await texts();
  expect(loaded.length).toBeGreaterThan(10);

  const references = sitemapPaths().find((path) => path.endsWith('/references')) ?? '';
  await page.goto(references);
  await waitForHydration(page);
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page
    .getByRole('navigation', { name: 'Docs sidebar' })
    .getByRole('link', { name: 'Evidence map' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evidence map');
  expect(await page.evaluate(() => 'samePage' in window), 'reached without a page load').toBe(true);
  expect(await texts()).toEqual(loaded);

  // A lesson link in the part kept as built still leads to its lesson.
  const link = page.locator('section[aria-labelledby^="module-"] h3 a').first();
  const href = (await link.getAttribute('href')) ?? '';
  await page.goto(MAP);
  await waitForHydration(page);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  expect(problems).toEqual([]);
});

test('every link of the contents list lands on its section, below the navbar, on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(MAP);
  await waitForHydration(page);
  const contents = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
  const targets = await contents.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(targets.length).toBeGreaterThan(3);
  for (const target of targets) {
    await page.goto(`${MAP}${target}`);
    await waitForHydration(page);
    await expectAtTopBelowNavbar(page, target, target);
  }
});

test('the filters fit inside their box on a phone, the module list in the text size of the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(MAP);
  await waitForHydration(page);
  const form = page.getByRole('form', { name: 'Filter the studies' });
  const box = await form.boundingBox();
  expect(box).not.toBeNull();
  const controls = form.locator('input, select, label');
  expect(await controls.count()).toBeGreaterThan(3);
  for (const control of await controls.all()) {
    const inner = await control.boundingBox();
    const name = (await control.evaluate((element) => element.outerHTML)).slice(0, 80);
    expect(inner, name).not.toBeNull();
    expect((inner?.x ?? 0) + (inner?.width ?? 0), `${name} ends inside the filter box`).toBeLessThanOrEqual(
      (box?.x ?? 0) + (box?.width ?? 0),
    );
  }
  const size = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(await size(page.getByLabel('Cited in'))).toBe(await size(form));
});
