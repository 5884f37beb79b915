import { makeQuiz } from './__fixtures__/quiz';
import {
  attemptBreakdown,
  canCheck,
  quizStatus,
  restoreAttempt,
  withAnswer,
  withCheck,
  withReset,
  withRetryMissed,
} from './attempt';
import { emptyQuizProgress, type QuizProgress } from './progress';
import { initialStepOrder } from './shuffle';
import type { OrderQuestion } from './types';
import { must } from '../test/must';

const quiz = makeQuiz();
const orderQuestion = quiz.questions[3] as OrderQuestion;
const initialOrder = initialStepOrder(quiz.id, orderQuestion).map((s) => s.id);
const RIGHT_ORDER = ['fat', 'macrophages', 'cytokines', 'block'];

function answerAll(saved: QuizProgress | undefined, now = 10): QuizProgress {
  let state = withAnswer(saved, 'q-single', ['pancreas']);
  state = withAnswer(state, 'q-multiple', ['tnf']); // wrong: il6 missing
  state = withAnswer(state, 'q-true-false', ['false']);
  state = withAnswer(state, 'q-order', RIGHT_ORDER);
  for (const q of quiz.questions) state = withCheck(quiz, state, q.id, now);
  return state;
}

describe('restoreAttempt', () => {
  it('starts with no choices and the shuffled order', () => {
    const view = restoreAttempt(quiz, undefined);
    expect(view.answers).toEqual({ 'q-order': initialOrder });
    expect(view.checked.size).toBe(0);
  });

  it('restores saved answers and checks', () => {
    const saved = { ...emptyQuizProgress(), answers: { 'q-single': ['liver'] }, checked: ['q-single'] };
    const view = restoreAttempt(quiz, saved);
    expect(view.answers['q-single']).toEqual(['liver']);
    expect(view.checked.has('q-single')).toBe(true);
  });

  it('drops answers and checks that no longer fit the quiz', () => {
    const saved: QuizProgress = {
      ...emptyQuizProgress(),
      answers: {
        'q-single': ['removed-option'],
        'q-multiple': ['tnf', 'gone'],
        'q-order': ['fat', 'block'],
        'q-deleted': ['x'],
      },
      checked: ['q-single', 'q-multiple', 'q-order', 'q-deleted'],
    };
    const view = restoreAttempt(quiz, saved);
    expect(view.answers).toEqual({ 'q-multiple': ['tnf'], 'q-order': initialOrder });
    expect([...view.checked]).toEqual([]);
  });

  it('keeps only one choice for a single-answer question', () => {
    const saved = { ...emptyQuizProgress(), answers: { 'q-single': ['liver', 'pancreas'] } };
    expect(restoreAttempt(quiz, saved).answers['q-single']).toEqual(['liver']);
  });
});

describe('transitions', () => {
  it('only checks a question with an answer (order questions always have one)', () => {
    expect(canCheck(must(quiz.questions[0]), undefined)).toBe(false);
    expect(canCheck(must(quiz.questions[0]), ['liver'])).toBe(true);
    expect(canCheck(orderQuestion, undefined)).toBe(true);
    expect(withCheck(quiz, undefined, 'q-single', 1).checked).toEqual([]);
    expect(withCheck(quiz, undefined, 'q-missing', 1).checked).toEqual([]);
  });

  it('saves the untouched order of an order question when it is checked', () => {
    const state = withCheck(quiz, undefined, 'q-order', 1);
    expect(state.answers['q-order']).toEqual(initialOrder);
    expect(state.checked).toEqual(['q-order']);
  });

  it('locks a checked answer', () => {
    const state = withCheck(quiz, withAnswer(undefined, 'q-single', ['liver']), 'q-single', 1);
    expect(withAnswer(state, 'q-single', ['pancreas']).answers['q-single']).toEqual(['liver']);
  });

  it('records the score when the last question is checked', () => {
    const state = answerAll(undefined, 42);
    expect(state).toMatchObject({
      last: { correct: 3, total: 4, at: 42 },
      best: { correct: 3, total: 4, at: 42 },
      passed: true,
      completedAt: 42,
    });
  });

  it('keeps the best score and the pass across a worse attempt', () => {
    const first = answerAll(undefined, 1);
    let second = withAnswer(withReset(first), 'q-single', ['liver']);
    second = withAnswer(second, 'q-multiple', ['insulin']);
    second = withAnswer(second, 'q-true-false', ['true']);
    for (const q of quiz.questions) second = withCheck(quiz, second, q.id, 2);
    expect(second.last).toEqual({ correct: 0, total: 4, at: 2 });
    expect(second.best).toEqual({ correct: 3, total: 4, at: 1 });
    expect(second.passed).toBe(true);
  });

  it('retries only the missed questions', () => {
    const retried = withRetryMissed(quiz, answerAll(undefined));
    expect(retried.checked).toEqual(['q-single', 'q-true-false', 'q-order']);
    expect(retried.answers['q-multiple']).toBeUndefined();
    expect(retried.answers['q-single']).toEqual(['pancreas']);
    expect(retried.last).toEqual({ correct: 3, total: 4, at: 10 });
  });

  it('resets answers and checks but keeps the history', () => {
    const reset = withReset(answerAll(undefined));
    expect(reset).toMatchObject({ answers: {}, checked: [], passed: true });
    expect(reset.best).toBeDefined();
  });
});

describe('quizStatus', () => {
  it('tells not started, in progress and passed apart', () => {
    expect(quizStatus(undefined)).toBe('not-started');
    expect(quizStatus(emptyQuizProgress())).toBe('not-started');
    expect(quizStatus(withAnswer(undefined, 'q-single', ['liver']))).toBe('in-progress');
    expect(quizStatus(answerAll(undefined))).toBe('passed');
  });
});

describe('attemptBreakdown', () => {
  it('separates right, right but guessed, and missed among the checked questions', () => {
    const saved: QuizProgress = {
      answers: { 'q-single': ['pancreas'], 'q-multiple': ['tnf', 'il6'], 'q-true-false': ['true'] },
      checked: ['q-single', 'q-multiple', 'q-true-false'],
      guessed: ['q-multiple', 'q-order'],
      passed: false,
    };
    const total = quiz.questions.length;
    expect(attemptBreakdown(quiz, saved)).toEqual({ right: 1, guessed: 1, missed: 1, total });
    expect(attemptBreakdown(quiz, undefined)).toEqual({ right: 0, guessed: 0, missed: 0, total });
  });
});

describe('a check set shown one question at a time', () => {
  it('keeps the checks of the other questions when one is checked', () => {
    const [first, second] = quiz.questions;
    const one = { id: quiz.id, questions: [must(first, 'first')] };
    const two = { id: quiz.id, questions: [must(second, 'second')] };
    let saved = withAnswer(undefined, 'q-single', ['pancreas']);
    saved = withCheck(one, saved, 'q-single', 1);
    saved = withAnswer(saved, 'q-multiple', ['tnf']);
    saved = withCheck(two, saved, 'q-multiple', 2);
    expect(saved.checked).toEqual(['q-single', 'q-multiple']);
    expect(saved.last).toBeUndefined(); // a check set has no pass mark and no score
  });
});
