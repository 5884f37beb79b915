// Each module's overview page lists its lessons as cards (src/theme/DocCard, which leaves out
// Docusaurus's slow emoji detection). The cards must still name and link every lesson.
import { test, expect } from '@playwright/test';
import { watchProblems } from './problems';
import { waitForHydration } from './site';

test('a module overview shows one linked card per lesson, with its description', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('learn/category/2-the-vicious-cycle');
  await waitForHydration(page);
  const cards = page.locator('article .theme-doc-card-container');
  const titles = await cards.locator('.theme-doc-card-title').allInnerTexts();
  // The same pages, in the same order, as the module's entries in the sidebar.
  const sidebar = page.locator('.menu__list-item-collapsible:has(.menu__link--active) + ul .menu__link');
  const sidebarTitles = await sidebar.evaluateAll((links) =>
    // Without the reading time ("6 min (6-minute read)") the sidebar adds after a lesson's name.
    links.map((link) => (link.textContent ?? '').replace(/\d+ min\s*\(\d+-minute read\)$/, '').trim()),
  );
  expect(titles.length).toBeGreaterThan(1);
  expect(titles).toEqual(sidebarTitles);
  // The same icon as Docusaurus's own cards: a page.
  await expect(cards.first().locator('.theme-doc-card-icon')).toHaveText('📄️');
  for (const description of await cards.locator('.theme-doc-card-description').allInnerTexts()) {
    expect(description.length).toBeGreaterThan(10);
  }
  const first = cards.first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href ?? ''}$`));
  expect(problems).toEqual([]);
});
