// The baseline for every page in the sitemap: it loads and hydrates with no console error and
// no failed request, and axe finds no WCAG 2.2 A/AA violation in the light or the dark theme.
import { test, expect } from '@playwright/test';
import { axeViolations } from './axe';
import { sitemapPaths, waitForHydration } from './site';
import { watchProblems } from './problems';

for (const path of sitemapPaths()) {
  test(`${path} loads cleanly and passes axe in both themes`, async ({ page }) => {
    // Two full axe runs over pages of up to ~1,700 elements: CPU-bound, so three times the usual time.
    test.slow();
    const problems = watchProblems(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(path);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').first()).toBeVisible();
    expect(problems, 'console errors or failed requests').toEqual([]);

    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await axeViolations(page), 'axe violations in the light theme').toEqual([]);

    // The site follows the system colour scheme, so this switches it to its dark theme.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page), 'axe violations in the dark theme').toEqual([]);
    expect(problems, 'console errors after switching theme').toEqual([]);
  });
}
