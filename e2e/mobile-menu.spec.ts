// The phone menu is built in the background after the page loads (src/theme/Navbar/MobileSidebar).
// It must still be there, with the lesson list, whenever a reader opens it.
import { test, expect } from '@playwright/test';
import { watchProblems } from './problems';
import { waitForHydration } from './site';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a phone the menu opens with the lessons and leads to another lesson', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('learn/understanding/insulin-and-glucose');
  await waitForHydration(page);

  await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
  const drawer = page.locator('.navbar-sidebar');
  await expect(drawer).toBeVisible();
  // The link's name is the lesson's label, then its reading time ("… (8-minute read)").
  const lesson = drawer.getByRole('link', { name: /^Chronic inflammation \(\d+-minute read\)$/ });
  await expect(lesson).toBeVisible();
  await lesson.click();
  await expect(page).toHaveURL(/learn\/understanding\/chronic-inflammation$/);
  await expect(page.locator('h1')).toContainText(/inflammation/i);
  await expect(drawer).toBeHidden();
  expect(problems).toEqual([]);
});
