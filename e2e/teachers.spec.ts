// The teachers' page and its downloads, against the production build: every quiz of the course is
// listed, and each download is served as what it says it is (GIFT text, a QTI zip).
import { test, expect } from '@playwright/test';
import { scanCourse } from '../plugins/course-structure/scan';
import path from 'node:path';
import { waitForHydration } from './site';

const SITE_DIR = path.join(__dirname, '..');
import { watchProblems } from './problems';

test('the teachers page offers every quiz as GIFT text and as a QTI 2.1 zip', async ({ page, request }) => {
  // One row per quiz file of the course (the unit tests compare each export with its quiz data).
  const quizFiles = scanCourse(SITE_DIR).filter((module) => module.quizFile !== undefined);
  const problems = watchProblems(page);
  await page.goto('teachers');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: 'For teachers' })).toBeVisible();
  const rows = page.locator('[data-quiz-export]');
  await expect(rows).toHaveCount(quizFiles.length);
  for (let index = 0; index < quizFiles.length; index += 1) {
    const row = rows.nth(index);
    const title = (await row.getByRole('rowheader').textContent()) ?? '';
    const count = Number(await row.getByRole('cell').first().textContent());
    const gift = await row.getByRole('link', { name: `GIFT text: ${title}` }).getAttribute('href');
    const qti = await row.getByRole('link', { name: `QTI zip: ${title}` }).getAttribute('href');
    expect(gift).toMatch(/^\/course-under-test\/downloads\/.+\.gift\.txt$/);
    const giftResponse = await request.get(gift ?? '');
    expect(giftResponse.status()).toBe(200);
    const text = await giftResponse.text();
    expect(text).toContain(`$CATEGORY: ${title}`);
    expect(text.match(/^::[a-z0-9-]+::/gm) ?? []).toHaveLength(count);
    const zip = await request.get(qti ?? '');
    expect(zip.status()).toBe(200);
    expect((await zip.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  }
  // A link from the page opens the explorer as it says.
  await page.getByRole('link', { name: 'the cycle with exercise switched on' }).click();
  await expect(
    page.locator('[data-cycle-explorer]').getByRole('checkbox', { name: 'Exercise' }),
  ).toBeChecked();
  expect(problems).toEqual([]);
});
