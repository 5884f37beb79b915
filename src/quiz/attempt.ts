// An attempt at one quiz: restoring saved answers against the quiz as it is now (questions and
// options may have changed since they were saved), and the transitions the view triggers.
import type { QuizProgress, ScoreRecord } from './progress';
import { emptyQuizProgress } from './progress';
import { scoreAttempt, scoreQuestion } from './score';
import { initialStepOrder } from './shuffle';
import type { Answer, Id, Question } from './types';

export interface AttemptView {
  /** Every question's current answer; an order question always has one (its initial order). */
  answers: Record<Id, Answer>;
  /** Checked questions (only those still in the quiz with a usable answer). */
  checked: ReadonlySet<Id>;
}

/** A saved answer if it still fits the question, else undefined (or the initial order). */
function restoreAnswer(quizId: Id, question: Question, saved: readonly Id[] | undefined): Answer | undefined {
  if (question.kind === 'order') {
    const ids = question.steps.map((s) => s.id);
    const fits = saved?.length === ids.length && ids.every((id) => saved.includes(id));
    return fits ? saved : initialStepOrder(quizId, question).map((s) => s.id);
  }
  const known = new Set(question.options.map((o) => o.id));
  const kept = [...new Set(saved ?? [])].filter((id) => known.has(id));
  const fitting = question.kind === 'multiple' ? kept : kept.slice(0, 1);
  return fitting.length > 0 ? fitting : undefined;
}

/** What an attempt needs of a quiz or check set: its id and questions (a pass mark, if any). */
export interface Attemptable {
  id: Id;
  questions: readonly Question[];
  passThreshold?: number;
}

export function restoreAttempt(quiz: Attemptable, saved: QuizProgress | undefined): AttemptView {
  const answers: Record<Id, Answer> = {};
  const checked = new Set<Id>();
  for (const question of quiz.questions) {
    const stored = saved?.answers[question.id];
    const answer = restoreAnswer(quiz.id, question, stored);
    if (answer) answers[question.id] = answer;
    // A check only stands if the answer it judged survived intact.
    const intact =
      answer !== undefined && answer.length === stored?.length && answer.every((id, i) => id === stored[i]);
    if (intact && saved?.checked.includes(question.id)) checked.add(question.id);
  }
  return { answers, checked };
}

/** Whether a question has an answer that can be checked. */
export function canCheck(question: Question, answer: Answer | undefined): boolean {
  return question.kind === 'order' || scoreQuestion(question, answer).answered;
}

export function withAnswer(saved: QuizProgress | undefined, questionId: Id, answer: Answer): QuizProgress {
  const quiz = saved ?? emptyQuizProgress();
  if (quiz.checked.includes(questionId)) return quiz; // locked until retried or reset
  return { ...quiz, answers: { ...quiz.answers, [questionId]: [...answer] } };
}

function better(a: ScoreRecord | undefined, b: ScoreRecord): ScoreRecord {
  return a && a.correct / a.total >= b.correct / b.total ? a : b;
}

/**
 * Checks one question; when it was the last unchecked one of a quiz (with a pass mark), records
 * the attempt's score. A check set has no pass mark, so its answers are checked one by one only.
 */
export function withCheck(
  quiz: Attemptable,
  saved: QuizProgress | undefined,
  questionId: Id,
  now: number,
): QuizProgress {
  const view = restoreAttempt(quiz, saved);
  const question = quiz.questions.find((q) => q.id === questionId);
  const answer = view.answers[questionId];
  if (!question || !canCheck(question, answer) || !answer) return saved ?? emptyQuizProgress();
  // Checks of questions outside `quiz` stay: the checks of one lesson are a part of their module's set.
  const own = new Set(quiz.questions.map((q) => q.id));
  const others = (saved?.checked ?? []).filter((id) => !own.has(id));
  const checked = [...others, ...view.checked, questionId].filter((id, i, all) => all.indexOf(id) === i);
  const next: QuizProgress = {
    ...(saved ?? emptyQuizProgress()),
    // Stores the effective answer too: an order question's untouched initial order was never saved.
    answers: { ...saved?.answers, [questionId]: [...answer] },
    checked,
  };
  const { passThreshold } = quiz;
  if (passThreshold === undefined || !quiz.questions.every((q) => checked.includes(q.id))) return next;
  const score = scoreAttempt({ ...quiz, passThreshold }, { ...view.answers, [questionId]: answer });
  const last = { correct: score.correct, total: score.total, at: now };
  return {
    ...next,
    last,
    best: better(next.best, last),
    passed: next.passed || score.passed,
    completedAt: now,
  };
}

/** Unchecks and clears only the checked questions that were answered wrongly. */
export function withRetryMissed(quiz: Attemptable, saved: QuizProgress | undefined): QuizProgress {
  const current = saved ?? emptyQuizProgress();
  const view = restoreAttempt(quiz, current);
  const missed = new Set(
    quiz.questions
      .filter((q) => view.checked.has(q.id) && !scoreQuestion(q, view.answers[q.id]).correct)
      .map((q) => q.id),
  );
  const answers = Object.fromEntries(Object.entries(current.answers).filter(([id]) => !missed.has(id)));
  const keep = (id: Id) => !missed.has(id);
  return {
    ...current,
    answers,
    checked: current.checked.filter(keep),
    guessed: current.guessed.filter(keep),
  };
}

/** Clears answers, checks and "I guessed" marks; the score history (best, passed) stays. */
export function withReset(saved: QuizProgress | undefined): QuizProgress {
  return { ...(saved ?? emptyQuizProgress()), answers: {}, checked: [], guessed: [] };
}

/** Marks or unmarks a checked question as "I guessed" (the score is unchanged). */
export function withGuessed(saved: QuizProgress | undefined, questionId: Id, guessed: boolean): QuizProgress {
  const quiz = saved ?? emptyQuizProgress();
  if (guessed && !quiz.checked.includes(questionId)) return quiz;
  const others = quiz.guessed.filter((id) => id !== questionId);
  return { ...quiz, guessed: guessed ? [...others, questionId] : others };
}

export type QuizStatus = 'not-started' | 'in-progress' | 'passed';

export function quizStatus(saved: QuizProgress | undefined): QuizStatus {
  if (!saved) return 'not-started';
  if (saved.passed) return 'passed';
  const touched = Object.keys(saved.answers).length > 0 || saved.checked.length > 0 || saved.last;
  return touched ? 'in-progress' : 'not-started';
}

export interface Breakdown {
  /** Checked and right, not marked as a guess. */
  right: number;
  /** Checked and right, marked "I guessed". */
  guessed: number;
  /** Checked and wrong. */
  missed: number;
  /** Questions in the quiz or check set. */
  total: number;
}

/** How the checked questions of the current attempt fared: right, right but guessed, missed. */
export function attemptBreakdown(quiz: Attemptable, saved: QuizProgress | undefined): Breakdown {
  const view = restoreAttempt(quiz, saved);
  const marked = new Set(saved?.guessed ?? []);
  const counts = { right: 0, guessed: 0, missed: 0, total: quiz.questions.length };
  for (const question of quiz.questions) {
    if (!view.checked.has(question.id)) continue;
    if (!scoreQuestion(question, view.answers[question.id]).correct) counts.missed++;
    else if (marked.has(question.id)) counts.guessed++;
    else counts.right++;
  }
  return counts;
}
