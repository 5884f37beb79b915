// The module added by scripts/author-check.mjs, as a reader meets it.
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

test('the landing page lists the new module, linked to its first lesson', async ({ page }) => {
  await open(page, '');
  const card = page.getByRole('link', { name: /7\.\s*Author check/ });
  await expect(card).toHaveAttribute('href', '/course-under-test/learn/author-check/new-lesson');
  await expect(page.getByText('The summary of the module the authoring check added.')).toBeVisible();
});

test('the lesson is in the sidebar, with its citation, glossary term, diagram and formula', async ({
  page,
}) => {
  await open(page, 'learn/author-check/new-lesson');
  const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
  await expect(sidebar.getByText('7. Author check')).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'New lesson' })).toBeVisible();
  const article = page.locator('article');
  await expect(article.getByRole('link', { name: 'new term' })).toHaveAttribute(
    'href',
    '/course-under-test/learn/wrap-up/glossary#author-check-term',
  );
  await expect(article.locator('a[href="#ref-authorcheck2024"]')).toHaveCount(1);
  await expect(article.locator('#ref-authorcheck2024')).toContainText('A study added by the authoring check');
  await expect(article.locator('figure.diagram svg:visible title')).toHaveText(
    'Two steps of the authoring check',
  );
  await expect(article.locator('.katex')).toHaveCount(1);
});

test('the progress page lists the new quiz, and the quiz works', async ({ page }) => {
  await open(page, 'progress');
  const link = page.getByRole('link', { name: 'Module 7 quiz: Author check' });
  await expect(link).toHaveAttribute('href', '/course-under-test/learn/author-check/quiz');

  await open(page, 'learn/author-check/quiz');
  const answers: [RegExp, string][] = [
    [/What does a new module need\?/, 'Only its folder'],
    [/another file must be edited too/, 'False'],
  ];
  for (const [prompt, answer] of answers) {
    const question = page.getByRole('group', { name: prompt });
    await question.getByLabel(answer, { exact: true }).check();
    await page
      .locator('form')
      .filter({ has: question })
      .getByRole('button', { name: 'Check answer' })
      .click();
  }
  await expect(page.getByText('You passed this quiz.')).toBeVisible();

  await open(page, 'progress');
  const quizzes = page.getByRole('region', { name: 'Quizzes' });
  await expect(quizzes.getByRole('listitem').filter({ has: link })).toContainText('Passed');
});

test('the lesson’s check works and counts on the progress page', async ({ page }) => {
  await open(page, 'learn/author-check/new-lesson');
  const check = page.getByRole('region', { name: 'Check yourself' });
  await check.getByLabel('A list in the site configuration', { exact: true }).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.getByRole('heading', { name: /Not quite/ })).toBeVisible();
  await open(page, 'progress');
  await expect(page.getByRole('region', { name: 'Checks inside the lessons' })).toContainText(
    'Checks in module 7: Author check: 1 of 1 answered (0 right · 1 missed)',
  );
});
