// The progress page and the sidebar marker in a real browser, moving progress out and back in as a
// file, and starting from storage that is corrupt or holds another course's data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { scanCourse } from '../plugins/course-structure/scan';
import {
  ALL_RIGHT,
  PROGRESS_KEY,
  PROGRESS_PATH,
  QUIZ_PATH,
  SOME_WRONG,
  answerQuiz,
  answerWithMouse,
  correctAnswer,
  openQuiz,
  percent,
  quiz,
  scoreText,
  storedProgress,
  watchProblems,
  type Question,
} from './quizHelpers';
import { BASE_PATH, waitForHydration } from './site';

const TOTAL = quiz.questions.length;
// Every module folder with a quiz.ts has a quiz on the progress page.
const QUIZ_COUNT = scanCourse(path.join(__dirname, '..')).filter((m) => m.quizFile).length;
const FIRST_LESSON = 'learn/understanding/insulin-and-glucose';
const LAST_LESSON = 'learn/understanding/chronic-inflammation';

interface StoredVisit {
  at: number;
  title?: string;
}
interface Stored {
  version?: number;
  quizzes?: Record<string, { checked?: string[]; passed?: boolean; last?: { correct: number } }>;
  visits?: Record<string, StoredVisit>;
}

const parse = (text: string | null): Stored => JSON.parse(text ?? 'null') as Stored;

const sidebarQuizLink = (page: Page): Locator =>
  page.getByRole('navigation', { name: 'Docs sidebar' }).locator(`a[href="${BASE_PATH}${QUIZ_PATH}"]`);

/** The line of the progress page's quiz list that names module 1's quiz. */
const moduleStatus = (page: Page): Locator =>
  page
    .getByRole('region', { name: 'Quizzes' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: quiz.title, exact: true }) });

const statusMessage = (page: Page): Locator =>
  page.getByRole('region', { name: 'Your data' }).getByRole('status');

/** Opens a lesson and waits until its visit (with the page title) is recorded; returns the title. */
async function visitLesson(page: Page, path: string): Promise<string> {
  await page.goto(path);
  await waitForHydration(page);
  let title: string | undefined;
  await expect
    .poll(async () => {
      title = parse(await storedProgress(page)).visits?.[`/${path}`]?.title;
      return title;
    }, `the visit of /${path} is recorded with its title`)
    .toBeTruthy();
  return title ?? '';
}

async function openProgress(page: Page): Promise<void> {
  await page.goto(PROGRESS_PATH);
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
}

test('the progress page shows the passed quiz, completion, lessons opened and where to continue', async ({
  page,
}) => {
  const firstTitle = await visitLesson(page, FIRST_LESSON);
  await expect(sidebarQuizLink(page)).toBeVisible();
  await expect(sidebarQuizLink(page)).not.toContainText('passed');

  await openQuiz(page);
  await answerQuiz(page, ALL_RIGHT);
  // The sidebar marker appears as soon as the quiz is passed, in words for screen readers too.
  await expect(sidebarQuizLink(page)).toContainText('✓ passed');
  await expect(sidebarQuizLink(page)).toHaveAccessibleName(/\(quiz passed\)/);

  const lastTitle = await visitLesson(page, LAST_LESSON);
  expect(lastTitle).not.toBe(firstTitle);
  await expect(sidebarQuizLink(page)).toContainText('✓ passed');

  await openProgress(page);
  await expect(moduleStatus(page)).toContainText(`Passed, best score ${TOTAL} of ${TOTAL} (100%)`);
  const others = page.getByRole('region', { name: 'Quizzes' }).getByRole('listitem');
  await expect(others).toHaveCount(QUIZ_COUNT);
  await expect(others.filter({ hasText: 'Not started' })).toHaveCount(QUIZ_COUNT - 1);

  const overall = page.getByRole('region', { name: 'Overall' });
  await expect(overall).toContainText(`1 of ${QUIZ_COUNT} quizzes passed`);
  const completion = overall.getByLabel(/quizzes passed/);
  expect(await completion.evaluate((bar) => (bar as HTMLProgressElement).value)).toBeGreaterThan(0);
  await expect(overall).toContainText('3 lessons opened.'); // two lessons and the quiz page

  const continueLink = overall
    .locator('xpath=.//h3[normalize-space()="Continue where you left off"]/following-sibling::p[1]')
    .getByRole('link');
  await expect(continueLink).toHaveText(lastTitle);
  await expect(continueLink).toHaveAttribute('href', `${BASE_PATH}${LAST_LESSON}`);

  const lessons = page.getByRole('region', { name: 'Lessons already opened' }).getByRole('link');
  await expect(lessons).toHaveCount(3);
  await expect(lessons.first()).toHaveAttribute('href', `${BASE_PATH}${LAST_LESSON}`); // most recent first
  await expect(lessons.getByText(firstTitle, { exact: true })).toBeVisible();
  await expect(lessons.filter({ hasText: firstTitle })).toHaveAttribute(
    'href',
    `${BASE_PATH}${FIRST_LESSON}`,
  );

  await continueLink.click();
  await expect(page).toHaveURL(new RegExp(`${BASE_PATH}${LAST_LESSON}$`));
});

test('progress can be exported, reset and imported again; a damaged file changes nothing', async ({
  page,
}, testInfo) => {
  await openQuiz(page);
  await answerQuiz(page, SOME_WRONG);
  const { correct } = scoreText(SOME_WRONG);
  const inProgress = `In progress: last score ${correct} of ${TOTAL} (${percent(correct, TOTAL)}), pass mark ${Math.round(quiz.passThreshold * 100)}%`;

  await openProgress(page);
  await expect(moduleStatus(page)).toContainText(inProgress);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download progress file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^insulin-resistance-inflammation-progress-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = readFileSync(file, 'utf8');
  const data = JSON.parse(exported) as Stored & { format?: string };
  expect(data.format).toBe('irc-progress');
  expect(data.quizzes?.[quiz.id]?.last?.correct).toBe(correct);
  await expect(statusMessage(page)).toHaveText('Your progress file was downloaded.');

  // Reset everything, through its confirmation step.
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  const confirm = page.getByRole('group', { name: /Erase all answers, scores and visited lessons/ });
  await expect(confirm).toBeVisible();
  await expect(moduleStatus(page)).toContainText(inProgress); // nothing erased before confirming
  await expect(confirm.getByRole('button', { name: 'Yes, reset everything' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(statusMessage(page)).toHaveText('All progress on this device was erased.');
  await expect(moduleStatus(page)).toContainText('Not started');
  await expect(page.getByRole('region', { name: 'Overall' })).toContainText('0 lessons opened.');
  expect(parse(await storedProgress(page))).toEqual({
    version: 2,
    quizzes: {},
    visits: {},
    review: {},
    misconceptions: {},
  });

  // Import the downloaded file: the same status and score come back.
  const importer = page.getByLabel('Import a progress file');
  await importer.setInputFiles(file);
  await expect(statusMessage(page)).toHaveText('Progress imported: 1 quiz and 1 lesson.');
  await expect(moduleStatus(page)).toContainText(inProgress);
  const restored = parse(await storedProgress(page));
  expect(restored.quizzes).toEqual(data.quizzes);
  expect(restored.visits).toEqual(data.visits);

  // Damaged files are refused with a clear message, and nothing changes.
  const before = await storedProgress(page);
  const damaged = [
    {
      name: 'broken.json',
      text: '{"broken": true}',
      message:
        'Import failed: This file is not a progress file exported from this course. Your progress was not changed.',
    },
    {
      name: 'truncated.json',
      text: exported.slice(0, Math.floor(exported.length / 2)),
      message:
        'Import failed: This file is not a progress file (it is not valid JSON). Your progress was not changed.',
    },
  ];
  for (const { name, text, message } of damaged) {
    await importer.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(statusMessage(page)).toHaveText(message);
    await expect(statusMessage(page)).toHaveClass(/error/);
    await expect(moduleStatus(page)).toContainText(inProgress);
    expect(await storedProgress(page), `${name} left the stored progress alone`).toBe(before);
  }
  await page.reload();
  await waitForHydration(page);
  await expect(moduleStatus(page)).toContainText(inProgress);
});

test('corrupt progress and another course’s data: no console error, nothing destroyed', async ({ page }) => {
  const corrupt = '{"version":1,"quizzes":{"understanding-quiz":{"answers":{"largest-glucose-sink":["mus';
  const foreignKey = 'irc:/other-course/:progress';
  // Valid progress that passes module 1, but for another course: this course must not read it.
  const foreign = JSON.stringify({
    version: 1,
    quizzes: { [quiz.id]: { answers: {}, checked: [], passed: true } },
    visits: { '/learn/elsewhere': { at: 1 } },
  });
  await page.addInitScript(
    ({ key, corrupt, foreignKey, foreign }) => {
      // Seeded once per tab, before the site's scripts run; later loads see what the site left.
      if (window.location.origin === 'null' || window.sessionStorage.getItem('e2e-seeded')) return;
      window.sessionStorage.setItem('e2e-seeded', '1');
      window.localStorage.setItem(key, corrupt);
      window.localStorage.setItem(foreignKey, foreign);
    },
    { key: PROGRESS_KEY, corrupt, foreignKey, foreign },
  );
  const problems = watchProblems(page);
  const storage = () =>
    page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)) as Record<string, string>);

  // The progress page only reads: it shows nothing saved and leaves the corrupt value as it is.
  await openProgress(page);
  await expect(moduleStatus(page)).toContainText('Not started');
  await expect(page.getByText(/Your progress will not be kept/)).toHaveCount(0);
  expect(await storedProgress(page)).toBe(corrupt);

  // The quiz page works; the first save backs the unreadable value up before replacing it.
  await openQuiz(page);
  const first = quiz.questions[0] as Question;
  await answerWithMouse(page, first, correctAnswer(first));
  await expect(page.locator(`#quiz-${quiz.id}-${first.id}-result`)).toHaveText('✓ Correct');

  const stored = await storage();
  expect(stored[foreignKey], 'the other course’s progress is untouched').toBe(foreign);
  const backups = Object.entries(stored).filter(([key]) => key.startsWith(`${PROGRESS_KEY}:backup:`));
  expect(
    backups.map(([, value]) => value),
    'the corrupt value is kept in a backup',
  ).toEqual([corrupt]);
  const saved = parse(stored[PROGRESS_KEY] ?? null);
  expect(saved.version).toBe(2);
  expect(saved.quizzes?.[quiz.id]?.checked).toEqual([first.id]);

  await openProgress(page);
  await expect(moduleStatus(page)).toContainText(`In progress: 1 of ${TOTAL} questions checked`);
  expect((await storage())[foreignKey]).toBe(foreign);
  expect(problems, 'console errors or warnings, page errors or failed requests').toEqual([]);
});

test('visit paths that are not course pages never become links, whether stored or imported', async ({
  page,
}) => {
  const hostile = '//evil.example/x';
  const stored = JSON.stringify({
    version: 1,
    quizzes: {},
    visits: { [hostile]: { at: Date.now(), title: 'Continue here' }, [`/${FIRST_LESSON}`]: { at: 1 } },
  });
  await page.addInitScript(
    ({ key, stored }) => {
      if (window.location.origin === 'null' || window.sessionStorage.getItem('e2e-seeded')) return;
      window.sessionStorage.setItem('e2e-seeded', '1');
      window.localStorage.setItem(key, stored);
    },
    { key: PROGRESS_KEY, stored },
  );
  const offSite = page.locator('main a[href*="evil.example"]');

  await openProgress(page);
  const overall = page.getByRole('region', { name: 'Overall' });
  await expect(overall).toContainText('1 lesson opened.');
  await expect(overall.getByRole('link')).toHaveAttribute('href', `${BASE_PATH}${FIRST_LESSON}`);
  await expect(offSite).toHaveCount(0);
  await expect(page.getByText('Continue here')).toHaveCount(0);

  // A file carrying the same path is refused whole, and nothing changes.
  const file = JSON.stringify({
    format: 'irc-progress',
    course: 'insulin-resistance-inflammation',
    version: 1,
    quizzes: {},
    visits: { [hostile]: { at: Date.now(), title: 'Continue here' } },
  });
  const before = await storedProgress(page);
  await page
    .getByLabel('Import a progress file')
    .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(statusMessage(page)).toHaveText(
    'Import failed: This progress file is damaged (1 part could not be read). Your progress was not changed.',
  );
  expect(await storedProgress(page)).toBe(before);
  await expect(offSite).toHaveCount(0);
});
