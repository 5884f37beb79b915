// What helps a reader find their depth and judge the evidence: "Go deeper" blocks, the running
// case, evidence labels on citations, reading times. Pages are chosen from the built site by what
// they contain, so adding or moving a lesson never breaks these tests.
import { test, expect } from '@playwright/test';
import { watchProblems } from './problems';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_DIR, builtHtml, sitemapPaths, waitForHydration } from './site';

const lessons = sitemapPaths().filter((path) => path.includes('/learn/'));
const withDeeper = lessons.find((path) => builtHtml(path).includes('data-go-deeper'));
const withCase = lessons.find((path) => builtHtml(path).includes('Running case'));
const withCitations = lessons.find((path) => builtHtml(path).includes('citation__kind'));

test('the course has "Go deeper" blocks, a running case and labelled citations', () => {
  expect(withDeeper).toBeDefined();
  expect(withCase).toBeDefined();
  expect(withCitations).toBeDefined();
});

test('a "Go deeper" block is closed, opens from the keyboard and is open in print', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto(withDeeper ?? '');
  await waitForHydration(page);
  const block = page.locator('details[data-go-deeper]').first();
  const body = block.locator('> div');
  await expect(block).not.toHaveAttribute('open');
  await expect(body).toBeHidden();
  await expect(block.locator('summary')).toContainText('Go deeper');
  await block.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(block).toHaveAttribute('open');
  await expect(body).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(body).toBeHidden();

  // Printing shows every block's text, without anyone opening it.
  await page.emulateMedia({ media: 'print' });
  const height = await body.evaluate((element) => element.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('the text of a "Go deeper" block is in the search index', async ({ page }) => {
  await page.goto(withDeeper ?? '');
  const text = (await page.locator('details[data-go-deeper] > div p').first().textContent()) ?? '';
  // A run of plain words from the block, as the index stores them (without markup or citations).
  const words = text.match(/[A-Za-z][A-Za-z ]{30,}/)?.[0].trim() ?? '';
  expect(words.length).toBeGreaterThan(30);
  const index = readFileSync(path.join(BUILD_DIR, 'search-index.json'), 'utf8');
  expect(index).toContain(words);
});

test('the running case is a named landmark', async ({ page }) => {
  await page.goto(withCase ?? '');
  await expect(page.getByRole('complementary', { name: /Sam/ }).first()).toBeVisible();
});

test('each citation names its kind of evidence, and the legend explains every label used', async ({
  page,
}) => {
  await page.goto(withCitations ?? '');
  const links = page.locator('a.citation__link');
  expect(await links.count()).toBeGreaterThan(0);
  const labels = new Set<string>();
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('aria-label', /^Reference \d+, [a-z ,-]+$/);
    labels.add(((await link.locator('.citation__kind').textContent()) ?? '').trim());
  }
  const legend = page.locator('.evidence-legend');
  expect(labels.size).toBeGreaterThan(0);
  const explained = (await legend.locator('strong').allTextContents()).map((text) => text.trim());
  for (const label of labels) expect(explained).toContain(label);
  await expect(legend.getByRole('link', { name: 'evidence map' })).toHaveAttribute(
    'href',
    /learn\/wrap-up\/evidence-map$/,
  );
});

test('lessons show their reading time in the sidebar and their module overview', async ({ page }) => {
  await page.goto(withCitations ?? '');
  const current = page.locator('.menu__link--active').last();
  await expect(current).toContainText(/\d+ min/);
  const overview = sitemapPaths().find((path) => path.includes('/learn/category/'));
  await page.goto(overview ?? '');
  await expect(page.locator('header p')).toContainText(/Reading time: about \d+ min/);
  // Each lesson card starts with its time, before the one-line description is cut short.
  await expect(page.locator('.theme-doc-card-description').first()).toHaveText(/^\d+ min · \S/);
});
