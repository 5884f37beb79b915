// Pages on paper (src/css/custom.css print rules, src/lib/printInLight.ts, the quiz's print answers).
// Browsers fire beforeprint/afterprint around printing; emulating print media alone does not, so
// the tests send those events themselves.
import { test, expect, type Page } from '@playwright/test';
import { waitForHydration } from './site';
import { quiz, QUIZ_PATH } from './quizHelpers';

async function startPrinting(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
}

async function stopPrinting(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
}

test('a lesson read in the dark theme prints light, without controls, diagrams whole', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('learn/breaking-the-cycle/exercise');
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await startPrinting(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const diagram = page.locator('article figure.diagram svg').first();
  await expect(diagram).toBeVisible();
  const look = await page.evaluate(() => {
    const article = document.querySelector('article') as HTMLElement;
    const figure = document.querySelector('article figure.diagram') as HTMLElement;
    const label = figure.querySelector('svg text') as SVGElement;
    return {
      text: getComputedStyle(article).color,
      label: getComputedStyle(label).fill,
      background: getComputedStyle(document.body).backgroundColor,
      diagramBreak: getComputedStyle(figure).breakInside,
    };
  });
  // Dark text (each channel low), as on the light theme, not the dark theme's light grey.
  const channels = (look.text.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  expect(channels.length === 3 && channels.every((value) => value < 80), look.text).toBe(true);
  // The diagram's words take the light theme's dark ink too.
  const ink = (look.label.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  expect(ink.length === 3 && ink.every((value) => value < 80), look.label).toBe(true);
  expect(look.background).toMatch(/rgb\(255, 255, 255\)|rgba\(0, 0, 0, 0\)/);
  expect(look.diagramBreak).toBe('avoid');
  for (const hidden of [
    'nav.navbar',
    'aside.theme-doc-sidebar-container',
    '.theme-doc-toc-desktop',
    'footer',
  ]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  await expect(page.locator('article button:visible')).toHaveCount(0);

  await stopPrinting(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('outside links print their address; links within the course do not', async ({ page }) => {
  await page.goto('learn/wrap-up/references');
  await waitForHydration(page);
  await startPrinting(page);
  const after = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
  const outside = page.locator('article a[href^="https://"]').first();
  const href = await outside.getAttribute('href');
  expect(await after('article a[href^="https://"]')).toBe(`" (${href})"`);
  expect(await after('article a[href^="/"]')).toBe('none');
  await stopPrinting(page);
});

test('a quiz prints with every answer open, and only while printing', async ({ page }) => {
  await page.goto(QUIZ_PATH);
  await waitForHydration(page);
  const answers = page.locator('form details');
  await expect(answers).toHaveCount(0);

  await startPrinting(page);
  await expect(answers).toHaveCount(quiz.questions.length);
  const first = quiz.questions[0];
  if (!first) throw new Error('The quiz has no question.');
  await expect(answers.first()).toContainText(first.explanation);
  // Open on paper: the explanation itself is laid out, not folded under its summary.
  await expect(answers.first().getByText(first.explanation)).toBeVisible();
  await expect(answers.first().locator('summary')).toBeHidden();

  await stopPrinting(page);
  await expect(answers).toHaveCount(0);
});
