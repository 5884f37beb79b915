// Binds one quiz (or a module's check set) to the shared progress store: answers are saved as the
// learner goes and come back on reload; every transition is a pure function from src/quiz. A check
// also records the answer for spaced review and misconceptions (src/quiz/learning.ts) in the same
// store update, so the attempt and the review schedule never disagree.
import { useCallback, useMemo } from 'react';
import {
  restoreAttempt,
  withAnswer,
  withCheck,
  withGuessed,
  withReset,
  withRetryMissed,
  type Attemptable,
} from '../../quiz/attempt';
import { markGuessed, recordAnswer } from '../../quiz/learning';
import { updateQuiz, type Progress, type QuizProgress } from '../../quiz/progress';
import type { StorageNotice } from '../../quiz/progressStore';
import { scoreAttempt, type AttemptScore } from '../../quiz/score';
import type { Answer, Id } from '../../quiz/types';
import { useCourseStorage } from './useCourseStorage';

export interface QuizState {
  answers: Readonly<Record<Id, Answer>>;
  checked: ReadonlySet<Id>;
  /** Checked questions the learner marked "I guessed". */
  guessed: ReadonlySet<Id>;
  /** Every question checked: the attempt is complete and `score` is final. */
  complete: boolean;
  score: AttemptScore;
  saved: QuizProgress | undefined;
  persistent: boolean;
  /** Why progress is not being saved, when it is not. */
  notice: StorageNotice | undefined;
  /** Title of a lesson page the learner has opened (recorded by trackVisits). */
  lessonTitle(path: string): string | undefined;
  setAnswer(questionId: Id, answer: Answer): void;
  check(questionId: Id): void;
  setGuessed(questionId: Id, guessed: boolean): void;
  retryMissed(): void;
  reset(): void;
}

/** Checks one question and records it for review, in one change of the whole progress. */
export function checkAndRecord(progress: Progress, quiz: Attemptable, questionId: Id, now: number): Progress {
  const next = updateQuiz(progress, quiz.id, (s) => withCheck(quiz, s, questionId, now));
  const saved = next.quizzes[quiz.id];
  const question = quiz.questions.find((q) => q.id === questionId);
  const answer = saved?.answers[questionId];
  if (!question || !answer || saved === progress.quizzes[quiz.id]) return next;
  return recordAnswer(next, { setId: quiz.id, question, answer, at: now });
}

export function useQuizState(quiz: Attemptable): QuizState {
  const { store, snapshot } = useCourseStorage();
  const saved = snapshot.progress.quizzes[quiz.id];
  const view = useMemo(() => restoreAttempt(quiz, saved), [quiz, saved]);
  const score = useMemo(
    () => scoreAttempt({ questions: quiz.questions, passThreshold: quiz.passThreshold ?? 1 }, view.answers),
    [quiz, view],
  );
  const guessed = useMemo(
    () => new Set((saved?.guessed ?? []).filter((id) => view.checked.has(id))),
    [saved, view],
  );
  const change = useCallback(
    (next: (saved: QuizProgress | undefined) => QuizProgress) =>
      store.update((progress) => updateQuiz(progress, quiz.id, next)),
    [store, quiz.id],
  );
  return {
    answers: view.answers,
    checked: view.checked,
    guessed,
    complete: quiz.questions.every((q) => view.checked.has(q.id)),
    score,
    saved,
    persistent: snapshot.persistent,
    notice: snapshot.notice,
    lessonTitle: (path) => snapshot.progress.visits[path]?.title,
    setAnswer: (questionId, answer) => change((s) => withAnswer(s, questionId, answer)),
    check: (questionId) => store.update((progress) => checkAndRecord(progress, quiz, questionId, Date.now())),
    setGuessed: (questionId, mark) =>
      store.update((progress) => {
        const question = quiz.questions.find((q) => q.id === questionId);
        const next = updateQuiz(progress, quiz.id, (s) => withGuessed(s, questionId, mark));
        return question ? markGuessed(next, quiz.id, question, mark) : next;
      }),
    retryMissed: () => change((s) => withRetryMissed(quiz, s)),
    reset: () => change(withReset),
  };
}
