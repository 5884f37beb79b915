// The module 1 quiz in a real browser: taken with the keyboard alone, kept across reloads, retried,
// usable when storage is not, accessible with feedback shown, and readable without JavaScript.
import { test, expect, type Locator, type Page } from '@playwright/test';
import type { Id, OrderQuestion } from '../src/quiz/types';
import {
  ALL_RIGHT,
  MISSED,
  PROGRESS_PATH,
  QUIZ_PATH,
  SOME_WRONG,
  answerQuiz,
  answerWithMouse,
  checkButton,
  correctAnswer,
  currentOrder,
  feedbackHeading,
  isCorrect,
  liveRegion,
  moveButton,
  openQuiz,
  optionInput,
  questionForm,
  quiz,
  quizSection,
  scoreText,
  storedProgress,
  watchProblems,
  type Plan,
  type Question,
} from './quizHelpers';
import { axeViolations } from './axe';
import { BASE_PATH, waitForHydration } from './site';

const TOTAL = quiz.questions.length;

/** Keys pressed by the keyboard helpers, so the keyboard test can show it used each kind. */
const keysPressed = new Set<string>();

async function press(page: Page, key: string): Promise<void> {
  keysPressed.add(key);
  await page.keyboard.press(key);
}

/** Whether the focused element is (one of) the located element(s). */
async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
}

/** Presses Tab (or Shift+Tab when the target comes before the focus) until the target has focus. */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  const backwards = await target.first().evaluate((element) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return (active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
  for (let i = 0; i < maxPresses && !(await hasFocus(target)); i++) {
    await press(page, backwards ? 'Shift+Tab' : 'Tab');
  }
  expect(await hasFocus(target), `${backwards ? 'Shift+Tab' : 'Tab'} reaches ${target}`).toBe(true);
}

/** The focused control shows a focus indicator: a :focus-visible outline or a box shadow. */
async function expectFocusRing(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const computed = getComputedStyle(element);
    return {
      element: element.outerHTML.slice(0, 160),
      focusVisible: element.matches(':focus-visible'),
      outline: computed.outlineStyle !== 'none' && parseFloat(computed.outlineWidth) > 0,
      shadow: computed.boxShadow !== 'none',
    };
  });
  expect(style, 'something has focus').not.toBeNull();
  expect(style?.focusVisible, `${style?.element} matches :focus-visible`).toBe(true);
  expect(style?.outline || style?.shadow, `${style?.element} shows a focus outline or shadow`).toBe(true);
}

/** Chooses options of a choice question with Tab, arrow keys (radio groups) and Space. */
async function chooseWithKeyboard(page: Page, question: Question, answer: readonly Id[]): Promise<void> {
  const form = questionForm(page, question);
  if (question.kind === 'multiple') {
    const boxes = form.getByRole('checkbox');
    const ids = await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    for (const [index, id] of ids.entries()) {
      if (!answer.includes(id)) continue;
      await tabTo(page, boxes.nth(index));
      await expectFocusRing(page);
      await press(page, 'Space');
      await expect(boxes.nth(index)).toBeChecked();
    }
    return;
  }
  const radios = form.getByRole('radio');
  await tabTo(page, radios); // a radio group is one tab stop
  await expectFocusRing(page);
  const ids = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  const from = await radios.evaluateAll((inputs) =>
    inputs.findIndex((input) => input === document.activeElement),
  );
  const to = ids.indexOf(answer[0] ?? '');
  expect(to, `option ${answer[0]} is listed`).toBeGreaterThanOrEqual(0);
  if (from === to) await press(page, 'Space');
  // Arrow keys move through the group, selecting as they go (and wrap at the end).
  for (let i = 0; i < (to - from + ids.length) % ids.length; i++) await press(page, 'ArrowDown');
  await expect(radios.nth(to)).toBeFocused();
  await expect(radios.nth(to)).toBeChecked();
}

/**
 * Puts an order question's steps in the given order by keyboard: with "Move up", placing the first
 * step first, or with "Move down", placing the last step first (which needs Shift+Tab to go back).
 */
async function orderWithKeyboard(
  page: Page,
  question: OrderQuestion,
  answer: readonly Id[],
  direction: 'up' | 'down',
): Promise<void> {
  const last = answer.length - 1;
  const targets = [...answer.keys()];
  if (direction === 'down') targets.reverse();
  for (const target of targets) {
    const stepId = answer[target] ?? '';
    const text = question.steps.find((s) => s.id === stepId)?.text ?? '';
    let index = (await currentOrder(page, question)).indexOf(stepId);
    while (direction === 'up' ? index > target : index < target) {
      await tabTo(page, moveButton(page, question, stepId, direction));
      await expectFocusRing(page);
      await press(page, index % 2 === 0 ? 'Enter' : 'Space');
      index += direction === 'up' ? -1 : 1;
      await expect(liveRegion(page)).toHaveText(
        `“${text}” moved to position ${index + 1} of ${answer.length}.`,
      );
      // Focus stays on the moved step (on the other button once this one is disabled at the end).
      const end = direction === 'up' ? index === 0 : index === last;
      const focused = end ? (direction === 'up' ? 'down' : 'up') : direction;
      await expect(moveButton(page, question, stepId, focused)).toBeFocused();
    }
  }
  expect(await currentOrder(page, question)).toEqual(answer);
}

function markText(correct: boolean, chosen: boolean): string {
  const mark = correct ? 'Correct answer' : 'Incorrect answer';
  return chosen ? `${mark}, your choice.` : correct ? `${mark}, not chosen.` : `${mark}.`;
}

/** What shows after a question was checked: the verdict, per-option marks, explanation and lesson link. */
async function expectFeedback(page: Page, question: Question, answer: readonly Id[]): Promise<void> {
  const form = questionForm(page, question);
  const right = isCorrect(question, answer);
  await expect(feedbackHeading(page, question)).toHaveText(right ? '✓ Correct' : '✗ Not quite');
  // What each option (or position) shows, in the order on screen: its text, then its mark and feedback.
  let items: Locator;
  let texts: string[];
  let marks: string[];
  if (question.kind === 'order') {
    items = form.locator('ol > li');
    const steps = answer.map((id) => question.steps.find((s) => s.id === id));
    texts = steps.map((step) => step?.text ?? '?');
    marks = steps.map((step, position) => {
      const expected = question.steps.findIndex((s) => s === step) + 1;
      const verdict = expected === position + 1 ? 'In the right place.' : `Belongs at position ${expected}.`;
      return `${verdict} ${step?.feedback ?? ''}`;
    });
  } else {
    items = form.locator('ul > li');
    const shown = await form
      .locator('input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const options = shown.map((id) => question.options.find((o) => o.id === id));
    texts = options.map((option) => option?.text ?? '?');
    marks = options.map(
      (option) =>
        `${markText(option?.correct ?? false, answer.includes(option?.id ?? ''))} ${option?.feedback}`,
    );
    await expect(form.locator('input:enabled')).toHaveCount(0); // locked until retried
  }
  await expect(items).toHaveCount(texts.length);
  await expect(items).toContainText(texts);
  await expect(items).toContainText(marks);
  const shownMarks = await items.locator('p').evaluateAll((marks) => marks.map((m) => m.checkVisibility()));
  expect(shownMarks, 'every option’s feedback is visible').toEqual(texts.map(() => true));
  await expect(form.getByText(question.explanation)).toBeVisible();
  const review = form.getByRole('link', { name: /^Review: / });
  await expect(review).toBeVisible();
  await expect(review).toHaveAttribute('href', `${BASE_PATH}${question.lesson.slice(1)}`);
  await expect(checkButton(page, question)).toHaveCount(0);
}

async function expectScore(page: Page, plan: Plan): Promise<void> {
  const { correct, text } = scoreText(plan);
  const passed = correct / TOTAL >= quiz.passThreshold;
  const summary = quizSection(page).getByRole('heading', { name: 'Your score' }).locator('xpath=..');
  await expect(summary).toContainText(`${text}. ${passed ? 'You passed this quiz.' : 'The pass mark is'}`);
}

test('the quiz can be taken with the keyboard alone, with feedback after every check', async ({ page }) => {
  const { correct } = scoreText(SOME_WRONG);
  expect(correct / TOTAL, 'the test plan should fail the quiz').toBeLessThan(quiz.passThreshold);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openQuiz(page);

  // The first Tab stop is the skip link; it takes the keyboard past the navbar and sidebar.
  await press(page, 'Tab');
  await expect(page.getByRole('link', { name: /skip to main content/i })).toBeFocused();
  await press(page, 'Enter');

  for (const [index, question] of quiz.questions.entries()) {
    const answer = SOME_WRONG[question.id] ?? [];
    if (question.kind === 'order') {
      const firstOrder = quiz.questions.find((q) => q.kind === 'order') === question;
      await orderWithKeyboard(page, question, answer, firstOrder ? 'up' : 'down');
    } else await chooseWithKeyboard(page, question, answer);

    await tabTo(page, checkButton(page, question));
    await expect(checkButton(page, question)).toBeEnabled();
    await expectFocusRing(page);
    await press(page, index % 2 === 0 ? 'Enter' : 'Space');

    // Focus moves to the feedback, which the live region announces.
    await expect(feedbackHeading(page, question)).toBeFocused();
    const right = isCorrect(question, answer);
    const last = index === quiz.questions.length - 1;
    const complete = last ? ` Quiz complete: ${scoreText(SOME_WRONG).text.replace(/ \(.*/, '')}.` : '';
    await expect(liveRegion(page)).toHaveText(
      `Question ${index + 1}: ${right ? 'correct' : 'not quite'}.${complete}`,
    );
    await expectFeedback(page, question, answer);
  }

  await expect(quizSection(page).getByRole('heading', { name: 'Your score' })).toBeVisible();
  await expectScore(page, SOME_WRONG);
  await expect(
    quizSection(page).getByRole('button', { name: `Retry the ones I missed (${MISSED.size})` }),
  ).toBeVisible();
  expect([...keysPressed].sort(), 'the keys used').toEqual(
    ['ArrowDown', 'Enter', 'Shift+Tab', 'Space', 'Tab'].sort(),
  );
});

test('answers, checks and the score survive a reload', async ({ page }) => {
  await openQuiz(page);
  // Once scripts run and storage works, the reserved line says so (it was in the layout already).
  await expect(
    quizSection(page).getByText('Your answers are saved in this browser as you go.'),
  ).toBeVisible();
  const [lastQuestion, ...rest] = [...quiz.questions].reverse();
  if (!lastQuestion || lastQuestion.kind === 'order')
    throw new Error('expected the last question to be a choice');
  for (const question of rest.reverse()) await answerWithMouse(page, question, SOME_WRONG[question.id] ?? []);
  // The last one is answered but not checked yet.
  const lastAnswer = SOME_WRONG[lastQuestion.id] ?? [];
  const chosen = lastQuestion.options.find((o) => o.id === lastAnswer[0]);
  if (!chosen) throw new Error('no chosen option');
  await optionInput(page, lastQuestion, chosen).check();
  await expect(quizSection(page)).toContainText(`${TOTAL - 1} of ${TOTAL} questions checked.`);

  await page.reload();
  await waitForHydration(page);
  await expect(optionInput(page, lastQuestion, chosen)).toBeChecked();
  await expect(optionInput(page, lastQuestion, chosen)).toBeEnabled();
  await expect(checkButton(page, lastQuestion)).toBeEnabled();
  await expect(quizSection(page)).toContainText(`${TOTAL - 1} of ${TOTAL} questions checked.`);
  await checkButton(page, lastQuestion).click();
  await expectScore(page, SOME_WRONG);

  await page.reload();
  await waitForHydration(page);
  await expectScore(page, SOME_WRONG);
  for (const question of quiz.questions) {
    const answer = SOME_WRONG[question.id] ?? [];
    await expectFeedback(page, question, answer);
    if (question.kind !== 'order') {
      for (const option of question.options) {
        const input = optionInput(page, question, option);
        if (answer.includes(option.id)) await expect(input).toBeChecked();
        else await expect(input).not.toBeChecked();
      }
    }
  }
});

test('"Retry the ones I missed" clears only the missed questions, and then the quiz is passed', async ({
  page,
}) => {
  await openQuiz(page);
  await answerQuiz(page, SOME_WRONG);
  await expectScore(page, SOME_WRONG);
  const kept = quiz.questions.length - MISSED.size;

  await quizSection(page)
    .getByRole('button', { name: `Retry the ones I missed (${MISSED.size})` })
    .click();
  await expect(liveRegion(page)).toHaveText(`${MISSED.size} questions cleared to try again.`);
  const firstMissed = quiz.questions.find((q) => MISSED.has(q.id));
  if (!firstMissed) throw new Error('nothing missed');
  await expect(questionForm(page, firstMissed)).toBeFocused();
  await expect(quizSection(page)).toContainText(`${kept} of ${TOTAL} questions checked.`);
  await expect(quizSection(page).getByRole('heading', { name: 'Your score' })).toHaveCount(0);

  for (const question of quiz.questions) {
    const answer = SOME_WRONG[question.id] ?? [];
    if (!MISSED.has(question.id)) {
      await expectFeedback(page, question, answer); // kept, still checked and locked
      continue;
    }
    await expect(feedbackHeading(page, question)).toHaveCount(0);
    if (question.kind === 'order') {
      // Back to the initial order, movable again.
      await expect(questionForm(page, question).locator('button[data-direction]')).toHaveCount(
        question.steps.length * 2,
      );
      await expect(checkButton(page, question)).toBeEnabled();
    } else {
      for (const option of question.options) {
        await expect(optionInput(page, question, option)).not.toBeChecked();
        await expect(optionInput(page, question, option)).toBeEnabled();
      }
      await expect(checkButton(page, question)).toBeDisabled();
    }
  }

  const retried = quiz.questions.filter((q) => MISSED.has(q.id));
  for (const question of retried) await answerWithMouse(page, question, correctAnswer(question));
  await expect(liveRegion(page)).toHaveText(
    `Question ${quiz.questions.indexOf(retried.at(-1) as Question) + 1}: correct. Quiz complete: ${TOTAL} of ${TOTAL} right, passed.`,
  );
  await expectScore(page, ALL_RIGHT);
  await expect(quizSection(page).getByRole('button', { name: /Retry the ones I missed/ })).toHaveCount(0);
  const saved = JSON.parse((await storedProgress(page)) ?? '{}') as {
    quizzes?: Record<string, { passed?: boolean }>;
  };
  expect(saved.quizzes?.[quiz.id]?.passed).toBe(true);
});

test.describe('when the browser will not store progress', () => {
  const blockers = {
    'localStorage.setItem throws QuotaExceededError': () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
    'window.localStorage throws on access': () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    },
  };
  for (const [name, block] of Object.entries(blockers)) {
    test(`the quiz works for the visit with a quiet notice (${name})`, async ({ page }) => {
      const problems = watchProblems(page);
      // Docusaurus itself warns once per page when it cannot reach storage; nothing else may complain.
      const errors = () =>
        problems.filter((p) => !p.startsWith('console warning: Docusaurus browser storage is not available'));
      await page.addInitScript(block);
      await openQuiz(page);
      const notice = quizSection(page).getByText(/^Your progress will not be kept/);
      await expect(notice).toBeVisible();
      await expect(notice).not.toHaveAttribute('role', /alert/); // quiet: not announced as an alert
      await expect(quizSection(page).getByText('Your answers are saved in this browser')).toBeHidden();

      const [first, second] = quiz.questions;
      if (!first || !second) throw new Error('the quiz is too short');
      await answerWithMouse(page, first, SOME_WRONG[first.id] ?? []);
      await answerWithMouse(page, second, correctAnswer(second));
      await expectFeedback(page, first, SOME_WRONG[first.id] ?? []);
      await expectFeedback(page, second, correctAnswer(second));
      await expect(quizSection(page)).toContainText(`2 of ${TOTAL} questions checked.`);
      expect(errors(), 'console errors or warnings, page errors').toEqual([]);

      // As the notice said: nothing was kept.
      await page.reload();
      await waitForHydration(page);
      await expect(notice).toBeVisible();
      await expect(feedbackHeading(page, first)).toHaveCount(0);
      await expect(quizSection(page)).toContainText(`0 of ${TOTAL} questions checked.`);
      await page.goto(PROGRESS_PATH);
      await waitForHydration(page);
      await expect(page.locator('main').getByText(/^Your progress will not be kept/)).toBeVisible();
      expect(errors(), 'console errors or warnings, page errors').toEqual([]);
    });
  }
});

test('axe finds no violations with feedback shown, in the light and the dark theme', async ({ page }) => {
  // Answering a whole quiz, then two full axe runs over its page: CPU-bound, so a busy machine gets
  // three times the usual time (a loaded run once spent the whole 60 s inside axe).
  test.slow();
  const problems = watchProblems(page);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openQuiz(page);
  await answerQuiz(page, SOME_WRONG); // right and wrong feedback, order marks, and the summary
  await expect(quizSection(page).getByRole('heading', { name: 'Your score' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  expect(await axeViolations(page), 'axe violations in the light theme').toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page), 'axe violations in the dark theme').toEqual([]);
  expect(problems, 'console errors or failed requests').toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question is shown with its answer and explanation in <details>', async ({ page }) => {
    await page.goto(QUIZ_PATH);
    await expect(questionForm(page, quiz.questions[0] as Question)).toBeVisible();
    await expect(page.locator('form details')).toHaveCount(quiz.questions.length);
    for (const question of quiz.questions) {
      const form = questionForm(page, question);
      await expect(form.getByText(question.prompt, { exact: true })).toBeVisible();
      const details = form.locator('details');
      await expect(details).toHaveCount(1);
      const explanation = details.getByText(question.explanation, { exact: true });
      await expect(explanation).toBeHidden();

      await details.locator('summary', { hasText: 'Show answer' }).click();
      await expect(explanation).toBeVisible();
      if (question.kind === 'order') {
        const steps = details.locator('ol > li');
        await expect(steps).toHaveText(question.steps.map((step) => `${step.text}: ${step.feedback}`));
      } else {
        const right = question.options.filter((option) => option.correct);
        await expect(details.locator('ul > li')).toHaveText(
          right.map((option) => `${option.text}: ${option.feedback}`),
        );
      }
      await expect(details.getByRole('link', { name: /^Review: / })).toHaveAttribute(
        'href',
        `${BASE_PATH}${question.lesson.slice(1)}`,
      );
    }
  });
});
