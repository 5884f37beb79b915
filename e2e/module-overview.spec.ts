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
  expect(titles).toEqual([
    'Cytokines and insulin signaling',
    'Fat-tissue macrophages',
    'High insulin and inflammation',
    'Closing the loop',
    'Module 2 quiz',
  ]);
  // The same icon as Docusaurus's own cards: a page.
  await expect(cards.first().locator('.theme-doc-card-icon')).toHaveText('📄️');
  for (const description of await cards.locator('.theme-doc-card-description').allInnerTexts()) {
    expect(description.length).toBeGreaterThan(10);
  }
  await cards.filter({ hasText: 'Closing the loop' }).click();
  await expect(page).toHaveURL(/learn\/vicious-cycle\/closing-the-loop$/);
  expect(problems).toEqual([]);
});
