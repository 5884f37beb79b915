import { test, expect } from '@playwright/test';
import { BASE_PATH, waitForHydration } from './site';

test('search finds a lesson by a word in its text', async ({ page }) => {
  await page.goto('');
  await waitForHydration(page);
  const search = page
    .getByRole('searchbox')
    .or(page.getByPlaceholder(/search/i))
    .first();
  // The index loads when the box is first used; on a busy machine that can take a while, so wait
  // for the index itself rather than for a fixed time.
  const index = page.waitForResponse((response) => /search-index[^/]*\.json/.test(response.url()));
  await search.click();
  expect((await index).ok()).toBe(true);
  await search.fill('macrophages');
  const suggestion = page.locator('.aa-suggestion, [role="option"]').first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${BASE_PATH}learn/`));
  await expect(page.locator('article')).toContainText(/macrophage/i);
});

test('an unknown path shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('this-page-does-not-exist');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the course home' })).toHaveAttribute('href', BASE_PATH);
});

test('with JavaScript on, the search page does not show the notice for readers without it', async ({
  page,
}) => {
  await page.goto('search');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Search needs JavaScript, which is turned off in this browser.')).toBeHidden();
});
