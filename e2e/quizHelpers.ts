// Shared helpers for the quiz and progress end-to-end tests. The test quiz is module 1's, and every
// expected answer, text and score is derived from its data file, never hard-coded.
import { expect, type Locator, type Page } from '@playwright/test';
import quiz from '../docs/01-understanding/quiz';
import type { Id, Option, OrderQuestion, Question } from '../src/quiz/types';
import { BASE_PATH, waitForHydration } from './site';

export { quiz };
export type { Question };

export const QUIZ_PATH = 'learn/understanding/quiz';
export const PROGRESS_PATH = 'progress';
/** The course's progress key in localStorage, namespaced by base URL (see src/quiz/storage.ts). */
export const PROGRESS_KEY = `irc:${BASE_PATH}:progress`;

/** An answer to one question: the chosen option ids, or the step ids in the order given. */
export type Plan = Record<Id, Id[]>;

export function correctAnswer(question: Question): Id[] {
  return question.kind === 'order'
    ? question.steps.map((step) => step.id)
    : question.options.filter((option) => option.correct).map((option) => option.id);
}

/** A wrong answer of the same shape: a wrong option, one correct option missed, or two steps swapped. */
export function wrongAnswer(question: Question): Id[] {
  const right = correctAnswer(question);
  if (question.kind === 'order') return [right[1], right[0], ...right.slice(2)] as Id[];
  if (question.kind === 'multiple') return right.slice(1);
  const wrong = question.options.find((option) => !option.correct);
  if (!wrong) throw new Error(`${question.id} has no wrong option`);
  return [wrong.id];
}

/** Questions answered wrongly on purpose: the first question of each kind. */
export const MISSED: ReadonlySet<Id> = new Set(
  quiz.questions.filter((q, i) => quiz.questions.findIndex((o) => o.kind === q.kind) === i).map((q) => q.id),
);

/** The plan used by most tests: every question right except those in MISSED. */
export const SOME_WRONG: Plan = Object.fromEntries(
  quiz.questions.map((q) => [q.id, MISSED.has(q.id) ? wrongAnswer(q) : correctAnswer(q)]),
);
export const ALL_RIGHT: Plan = Object.fromEntries(quiz.questions.map((q) => [q.id, correctAnswer(q)]));

export function isCorrect(question: Question, answer: readonly Id[]): boolean {
  const right = correctAnswer(question);
  if (question.kind === 'order') return right.every((id, i) => answer[i] === id);
  return right.length === answer.length && right.every((id) => answer.includes(id));
}

export const percent = (correct: number, total: number): string => `${Math.round((correct / total) * 100)}%`;

/** The score a plan earns, as the summary says it: "7 of 11 right (64%)". */
export function scoreText(plan: Plan): { correct: number; text: string } {
  const correct = quiz.questions.filter((q) => isCorrect(q, plan[q.id] ?? [])).length;
  const total = quiz.questions.length;
  return { correct, text: `${correct} of ${total} right (${percent(correct, total)})` };
}

export const quizSection = (page: Page): Locator => page.getByRole('region', { name: quiz.title });
export const liveRegion = (page: Page): Locator => quizSection(page).locator('[aria-live="polite"]');
export const domId = (question: Question): string => `quiz-${quiz.id}-${question.id}`;
export const questionForm = (page: Page, question: Question): Locator =>
  page.locator(`form#${domId(question)}`);
export const feedbackHeading = (page: Page, question: Question): Locator =>
  page.locator(`#${domId(question)}-result`);
export const checkButton = (page: Page, question: Question): Locator =>
  questionForm(page, question).getByRole('button', { name: 'Check answer' });
export const optionInput = (page: Page, question: Question, option: Option): Locator =>
  questionForm(page, question).getByLabel(option.text, { exact: true });
export const moveButton = (
  page: Page,
  question: OrderQuestion,
  stepId: Id,
  direction: 'up' | 'down',
): Locator => {
  const step = question.steps.find((s) => s.id === stepId);
  return questionForm(page, question).getByRole('button', {
    name: `Move ${direction}: ${step?.text ?? stepId}`,
    exact: true,
  });
};

/** The step ids of an order question in their current on-screen order (before it is checked). */
export async function currentOrder(page: Page, question: OrderQuestion): Promise<Id[]> {
  return questionForm(page, question)
    .locator('button[data-direction="up"]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-step') ?? ''));
}

export async function openQuiz(page: Page): Promise<void> {
  await page.goto(QUIZ_PATH);
  await waitForHydration(page);
  await expect(quizSection(page)).toBeVisible();
}

/** Answers and checks one question with the mouse (fast set-up for tests not about the keyboard). */
export async function answerWithMouse(page: Page, question: Question, answer: readonly Id[]): Promise<void> {
  if (question.kind === 'order') {
    for (const [target, stepId] of answer.entries()) {
      for (let i = (await currentOrder(page, question)).indexOf(stepId); i > target; i--) {
        await moveButton(page, question, stepId, 'up').click();
      }
    }
    expect(await currentOrder(page, question)).toEqual(answer);
  } else {
    for (const option of question.options) {
      if (answer.includes(option.id)) await optionInput(page, question, option).check();
    }
  }
  await checkButton(page, question).click();
  await expect(feedbackHeading(page, question)).toBeVisible();
}

/** Answers and checks every question of the quiz that the plan names, in order. */
export async function answerQuiz(page: Page, plan: Plan): Promise<void> {
  for (const question of quiz.questions) {
    const answer = plan[question.id];
    if (answer) await answerWithMouse(page, question, answer);
  }
}

/** The stored progress (raw text) of this course, or null. */
export async function storedProgress(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), PROGRESS_KEY);
}

export { watchProblems } from './problems';
