// Learning that adapts (checks inside lessons, ideas to revisit, spaced review, "I guessed"), driven
// through the built site with a mocked clock. Questions, texts and pages come from the data files.
import { test, expect, type Locator, type Page } from '@playwright/test';
import checks from '../docs/01-understanding/checks';
import { misconceptions } from '../src/data/misconceptions';
import type { Option, Question } from '../src/quiz/types';
import {
  PROGRESS_KEY,
  answerQuiz,
  correctAnswer,
  openQuiz,
  quiz,
  quizSection,
  watchProblems,
  type Plan,
} from './quizHelpers';
import { axeViolations } from './axe';
import { waitForHydration } from './site';

// A check with a wrong option tagged with a misconception, so the whole loop can be seen.
const question = checks.questions.find(
  (q): q is Exclude<Question, { kind: 'order' }> =>
    q.kind !== 'order' && q.options.some((o) => !o.correct && o.misconception !== undefined),
);
if (!question) throw new Error('module 1 needs a check with a tagged wrong option for these tests');
const tagged = question.options.find((o) => !o.correct && o.misconception) as Option & {
  misconception: keyof typeof misconceptions;
};
const right = question.options.find((o) => o.correct) as Option;
const lessonPath = (question.lesson.split('#')[0] ?? '').replace(/^\//, '');
const description = misconceptions[tagged.misconception];

// Days of the week in Auckland (UTC+13 in March): a learner's day starts at their own midnight,
// so a UTC day would put these answers on the wrong day.
test.use({ timezoneId: 'Pacific/Auckland', locale: 'en-US' });
const day = (n: number) => new Date(`2026-03-${String(2 + n).padStart(2, '0')}T08:30:00+13:00`);

const checkSection = (page: Page): Locator =>
  page.getByRole('region', { name: 'Check yourself' }).filter({ hasText: question.prompt });
const reviewLink = (page: Page): Locator =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review/ });

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

test('a missed check comes back the next day, returns three days after a right answer, and its misconception clears', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.clock.setFixedTime(day(0));

  // Day 0: miss the check inside the lesson, by keyboard.
  await open(page, lessonPath);
  const check = checkSection(page);
  await check.getByLabel(tagged.text, { exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(check.getByLabel(tagged.text, { exact: true })).toBeChecked();
  await check.getByRole('button', { name: 'Check answer' }).press('Enter');
  await expect(check.getByRole('heading', { name: /Not quite/ })).toBeFocused();
  await expect(check.locator('[aria-live="polite"]')).toHaveText('Check: not quite.');

  // The progress page shows the idea to revisit, with the lesson that corrects it.
  await open(page, 'progress');
  const ideas = page.getByRole('region', { name: 'Ideas to revisit' });
  await expect(ideas.getByRole('listitem').filter({ hasText: description })).toContainText('(shown once)');
  await expect(ideas.getByRole('link', { name: 'What the course says' }).first()).toHaveAttribute(
    'href',
    new RegExp(`${question.lesson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  );
  await expect(page.getByRole('region', { name: 'Review' })).toContainText(
    'Nothing due — next review tomorrow.',
  );

  // Nothing is due on the review page until tomorrow.
  await open(page, 'review');
  await expect(page.getByText('Nothing due — next review tomorrow.')).toBeVisible();
  await expect(reviewLink(page)).toHaveAccessibleName('Review');

  // Day 1: it is due; the navbar says so; answering right sends it three days out.
  await page.clock.setFixedTime(day(1));
  await open(page, 'review');
  await expect(reviewLink(page)).toHaveAccessibleName('Review: 1 due');
  await expect(page.getByText('1 question due today.')).toBeVisible();
  const form = page.locator('form').filter({ hasText: question.prompt });
  await form.getByLabel(right.text, { exact: true }).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('heading', { name: /Correct/ })).toBeFocused();
  const summary = page.getByText(/^1 of 1 right\./);
  await expect(summary).toContainText('Nothing more is due today. Next review on Friday, March 6.');
  await expect(reviewLink(page)).toHaveAccessibleName('Review');

  // Answered right after the miss: the idea moves to "Cleared".
  await open(page, 'progress');
  await expect(ideas.getByRole('heading', { name: 'Cleared' })).toBeVisible();
  await expect(ideas.getByText('All cleared.')).toBeVisible();

  // Day 3: not yet. Day 4: due again.
  await page.clock.setFixedTime(day(3));
  await open(page, 'review');
  await expect(page.getByText('Nothing due — next review tomorrow.')).toBeVisible();
  await page.clock.setFixedTime(day(4));
  await open(page, 'review');
  await expect(page.getByText('1 question due today.')).toBeVisible();

  // A clock set back by a month does not hide the scheduled question for weeks.
  await page.clock.setFixedTime(new Date('2026-02-02T08:30:00+13:00'));
  await open(page, 'review');
  await expect(page.getByText('1 question due today.')).toBeVisible();
  expect(problems).toEqual([]);
});

test('"I guessed" on a check keeps the answer right but brings it back tomorrow', async ({ page }) => {
  await page.clock.setFixedTime(day(0));
  await open(page, lessonPath);
  const check = checkSection(page);
  await check.getByLabel(right.text, { exact: true }).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  const guess = check.getByRole('button', { name: 'I guessed' });
  await expect(guess).toHaveAttribute('aria-pressed', 'false');
  await guess.click();
  await expect(guess).toHaveAttribute('aria-pressed', 'true');
  await expect(check.locator('[aria-live="polite"]')).toHaveText(
    'Marked as a guess: it comes back for review tomorrow.',
  );

  // Axe with the feedback open, in both themes.
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);

  await open(page, 'progress');
  await expect(page.getByRole('region', { name: 'Checks inside the lessons' })).toContainText(
    '1 of ' + checks.questions.length + ' answered (0 right · 1 right but guessed · 0 missed)',
  );
  await page.clock.setFixedTime(day(1));
  await open(page, 'review');
  await expect(page.getByText('1 question due today.')).toBeVisible();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page)).toEqual([]);
});

test('a check is readable without JavaScript: the question, and its answer in a <details>', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lessonPath);
  const check = checkSection(page);
  await expect(check).toContainText(question.prompt);
  await expect(check.getByRole('button', { name: 'Check answer' })).toBeDisabled();
  await check.getByText('Show answer').click();
  await expect(check.getByText(`${right.text}: ${right.feedback}`)).toBeVisible();
  await page.goto('review');
  await expect(
    page.getByText('Your review appears here once the page has loaded (it needs JavaScript).'),
  ).toBeVisible();
  await context.close();
});

test('the review works for the visit when storage refuses writes, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'QuotaExceededError');
    };
  });
  await page.clock.setFixedTime(day(0));
  await open(page, lessonPath);
  const check = checkSection(page);
  await check.getByLabel(tagged.text, { exact: true }).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.getByRole('heading', { name: /Not quite/ })).toBeVisible();
  // Client-side navigation keeps the in-memory progress of this visit.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Review/ })
    .click();
  await expect(page.getByText(/this browser is not letting the course save it/)).toBeVisible();
  await expect(page.getByText('Nothing due — next review tomorrow.')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
});

test('a changed question is treated as new, not scored against the old answer', async ({ page }) => {
  const key = `understanding-checks/${question.id}`;
  // A review item answered when the question read differently (another fingerprint), due long ago.
  const stored = JSON.stringify({
    version: 2,
    quizzes: {},
    visits: {},
    review: { [key]: { box: 0, due: '2026-03-01', fp: '00000000', last: 'missed', at: 1, before: null } },
    misconceptions: {},
  });
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(k as string, v as string);
      }
    },
    [PROGRESS_KEY, stored],
  );
  await page.clock.setFixedTime(day(0));
  await open(page, 'review');
  await expect(page.getByText(/^Nothing due/)).toBeVisible();
});

test('the quiz summary lists the misconceptions of the attempt; the progress page separates right, guessed and missed', async ({
  page,
}) => {
  // Wrong answers on every question with a tagged wrong option, right answers elsewhere.
  const plan: Plan = {};
  const shown = new Set<string>();
  const rightOnes: Question[] = [];
  for (const q of quiz.questions) {
    const wrong = q.kind === 'order' ? undefined : q.options.find((o) => !o.correct && o.misconception);
    if (wrong?.misconception) shown.add(misconceptions[wrong.misconception]);
    else rightOnes.push(q);
    plan[q.id] = wrong ? [wrong.id] : correctAnswer(q);
  }
  await openQuiz(page);
  await answerQuiz(page, plan);
  const summary = quizSection(page).locator('ul').last();
  for (const text of shown) await expect(summary).toContainText(text);

  // Mark the first right answer as a guess.
  const [firstRight] = rightOnes;
  if (firstRight) {
    await page
      .locator(`form#quiz-${quiz.id}-${firstRight.id}`)
      .getByRole('button', { name: 'I guessed' })
      .click();
    await expect(quizSection(page)).toContainText('of them marked as guesses');
  }
  const missed = quiz.questions.length - rightOnes.length;
  const guessed = firstRight ? 1 : 0;
  await page.goto('progress');
  await waitForHydration(page);
  const item = page
    .getByRole('region', { name: 'Quizzes' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: quiz.title }) });
  await expect(item).toContainText(
    `Current attempt: ${rightOnes.length - guessed} right · ${guessed > 0 ? `${guessed} right but guessed · ` : ''}${missed} missed`,
  );
});
