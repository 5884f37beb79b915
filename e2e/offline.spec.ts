// After one visit the whole course works without a connection (plugins/offline, src/offline).
// The other specs block service workers (playwright.config.ts) so that each test starts from the
// network; these allow them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { watchProblems } from './problems';
import { BASE_PATH, BUILD_DIR, isSameDocument, markDocument, waitForHydration } from './site';
import { answerWithMouse, correctAnswer, feedbackHeading, quiz, QUIZ_PATH } from './quizHelpers';

test.use({ serviceWorkers: 'allow' });

const READY = 'The whole course is now stored in this browser: it works without a connection.';

/** Opens the landing page and waits until the service worker has stored the course. */
async function visitOnce(page: Page): Promise<void> {
  await page.goto('');
  await waitForHydration(page);
  await expect(page.getByRole('status').filter({ hasText: READY })).toBeVisible({ timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Installable: the manifest is linked once the page has loaded, and describes the course.
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(new URL(manifest ?? '', page.url()).href);
  expect((await response.json()) as { start_url?: string }).toMatchObject({ start_url: './', scope: './' });
}

test('after one visit, pages never opened, a quiz, formulas and search work offline', async ({
  page,
  context,
}) => {
  const problems = watchProblems(page);
  await visitOnce(page);
  // The notice is a polite status message with a way to close it, accessible in both themes.
  expect(await axeViolations(page), 'axe, light theme').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page), 'axe, dark theme').toEqual([]);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText(READY)).toBeHidden();

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Five pages never opened, each loaded from scratch (a full navigation, not the app's router).
  const pages = [
    'learn/vicious-cycle/cytokines-and-insulin-signaling',
    'learn/lifestyle-drivers/sleep',
    'learn/wrap-up/glossary',
    'learn/measuring/homa-ir-and-quicki',
    QUIZ_PATH,
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // The quiz page (the last one opened) works: a question is answered and checked.
  const question = quiz.questions[0];
  if (!question) throw new Error('The quiz has no question.');
  await answerWithMouse(page, question, correctAnswer(question));
  await expect(feedbackHeading(page, question)).toContainText(/correct/i);

  // Formulas: KaTeX's stylesheet and its woff2 fonts come from the cache.
  await page.goto('learn/measuring/homa-ir-and-quicki');
  await waitForHydration(page);
  const katexFonts = await page.evaluate(async () => {
    await document.fonts.ready;
    await document.fonts.load('16px KaTeX_Main');
    return document.fonts.check('16px KaTeX_Main');
  });
  expect(katexFonts).toBe(true);
  await expect(page.locator('.katex-html').first()).toBeVisible();

  // Search: the index comes from the cache too.
  const search = page
    .getByRole('searchbox')
    .or(page.getByPlaceholder(/search/i))
    .first();
  await search.click();
  await search.fill('macrophages');
  const suggestion = page.locator('.aa-suggestion, [role="option"]').first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}learn/`));
  await expect(page.locator('article')).toContainText(/macrophage/i);

  // A page that does not exist gets the course's own "Page not found", offline as well.
  await page.goto('no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

  await context.setOffline(false);
  expect(problems).toEqual([]);
});

test('the page the reader is on also keeps working offline: the lesson menu opens other lessons', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await markDocument(page);
  // The notice stays up when the reader moves to another page of the visit.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Progress', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/progress/i);
  await expect(page.getByText(READY)).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();

  await context.setOffline(true);
  // Client-side navigation (the same document): the next pages' code comes from the cache.
  for (const name of ['Lessons', 'Glossary']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
    await expect(page.locator('article').first()).toBeVisible();
  }
  await expect(page).toHaveURL(/\/learn\/wrap-up\/glossary$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  expect(await isSameDocument(page)).toBe(true);
  await context.setOffline(false);
});

test('two courses on one site keep separate stores, named after their base path', async ({ page }) => {
  await visitOnce(page);
  const names = await page.evaluate(() => window.caches.keys());
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toContain(BASE_PATH.replace(/\//g, '-').replace(/^-|-$/g, ''));
  const registration = await page.evaluate(() =>
    navigator.serviceWorker.getRegistration().then((r) => r?.scope ?? null),
  );
  expect(new URL(registration ?? 'http://x/').pathname).toBe(BASE_PATH);
});

test('a new version is announced, used only after "Reload to update", and never mixed with the old', async ({
  page,
}) => {
  // A copy of the build on a server of its own, so this test can publish a "new version" of it.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'course-update-'));
  cpSync(BUILD_DIR, dir, { recursive: true });
  const { startStaticServer } = await import('../scripts/serve-static.mjs');
  const server = await startStaticServer({ dir, basePath: BASE_PATH, port: 0 });
  const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}`;
  try {
    await page.goto(site);
    await waitForHydration(page);
    await expect(page.getByText(READY)).toBeVisible({ timeout: 60_000 });

    // Publish: the glossary page changes, and so does its revision in the worker's list.
    const glossary = path.join(dir, 'learn/wrap-up/glossary.html');
    writeFileSync(
      glossary,
      readFileSync(glossary, 'utf8').replace('</h1>', '</h1><p>Added in the new version.</p>'),
    );
    const worker = path.join(dir, 'sw.js');
    const glossaryUrl = JSON.stringify(`${BASE_PATH}learn/wrap-up/glossary`);
    writeFileSync(
      worker,
      readFileSync(worker, 'utf8').replace(
        new RegExp(`(\\{"url":${glossaryUrl.replace(/[/]/g, '\\/')},"revision":")[0-9a-f]+`),
        '$1new-version',
      ),
    );
    expect(readFileSync(worker, 'utf8')).toContain('new-version');

    // The reader opens the page: the old version serves it, whole, and says a new one is ready.
    await page.goto(`${site}learn/wrap-up/glossary`);
    await waitForHydration(page);
    await expect(page.getByRole('status')).toContainText('A new version of the course is ready.', {
      timeout: 60_000,
    });
    await expect(page.getByText('Added in the new version.')).toHaveCount(0);

    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.getByText('Added in the new version.')).toBeVisible();
    await waitForHydration(page);
    await expect(page.getByRole('button', { name: 'Reload to update' })).toHaveCount(0);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
