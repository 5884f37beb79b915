// Binds one quiz to the shared progress store: answers are saved as the learner goes and come back
// on reload; every transition is a pure function from src/quiz/attempt.ts.
import { useCallback, useMemo } from 'react';
import { restoreAttempt, withAnswer, withCheck, withReset, withRetryMissed } from '../../quiz/attempt';
import { updateQuiz, type QuizProgress } from '../../quiz/progress';
import type { StorageNotice } from '../../quiz/progressStore';
import { scoreAttempt, type AttemptScore } from '../../quiz/score';
import type { Answer, Id, Quiz } from '../../quiz/types';
import { useCourseStorage } from './useCourseStorage';

export interface QuizState {
  answers: Readonly<Record<Id, Answer>>;
  checked: ReadonlySet<Id>;
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
  retryMissed(): void;
  reset(): void;
}

export function useQuizState(quiz: Quiz): QuizState {
  const { store, snapshot } = useCourseStorage();
  const saved = snapshot.progress.quizzes[quiz.id];
  const view = useMemo(() => restoreAttempt(quiz, saved), [quiz, saved]);
  const score = useMemo(() => scoreAttempt(quiz, view.answers), [quiz, view]);
  const change = useCallback(
    (next: (saved: QuizProgress | undefined) => QuizProgress) =>
      store.update((progress) => updateQuiz(progress, quiz.id, next)),
    [store, quiz.id],
  );
  return {
    answers: view.answers,
    checked: view.checked,
    complete: quiz.questions.every((q) => view.checked.has(q.id)),
    score,
    saved,
    persistent: snapshot.persistent,
    notice: snapshot.notice,
    lessonTitle: (path) => snapshot.progress.visits[path]?.title,
    setAnswer: (questionId, answer) => change((s) => withAnswer(s, questionId, answer)),
    check: (questionId) => change((s) => withCheck(quiz, s, questionId, Date.now())),
    retryMissed: () => change((s) => withRetryMissed(quiz, s)),
    reset: () => change(withReset),
  };
}
