// Where each quiz is taken. Module quizzes live at `/learn/<module>/quiz` with id `<module>-quiz`;
// the final assessment closes the wrap-up module. Kept apart from the quiz data so the sidebar can
// tell a quiz page from its path without loading every question.
import type { Id } from './types';
import { LESSON_ROOT } from './visits';

export const FINAL_QUIZ = {
  id: 'final-assessment',
  module: 'final',
  page: '/learn/wrap-up/final-assessment',
};

const MODULE_QUIZ_PAGE = /^\/learn\/([a-z0-9]+(?:-[a-z0-9]+)*)\/quiz$/;

/** The site path (without base URL) of a quiz's page. */
export function quizPage(quiz: { id: Id; module: string }): string {
  return quiz.module === FINAL_QUIZ.module ? FINAL_QUIZ.page : `${LESSON_ROOT}${quiz.module}/quiz`;
}

/** The id of the quiz taken at a site path, if that path is a quiz page. */
export function quizIdAtPage(path: string): Id | undefined {
  if (path === FINAL_QUIZ.page) return FINAL_QUIZ.id;
  const module = MODULE_QUIZ_PAGE.exec(path)?.[1];
  return module === undefined ? undefined : `${module}-quiz`;
}
