// The share of `apply` questions: the course keeps at least 40% of all its quiz questions
// application or scenario questions rather than recall (AUTHORING.md, "Write a quiz").
import type { Question } from './types';

/** Anything with questions: a quiz or a module's check set. */
type WithQuestions = { questions: readonly Question[] };

export const MIN_APPLY_SHARE = 0.4;

export interface LevelCount {
  recall: number;
  apply: number;
  /** apply / (recall + apply), 0 when there are no questions. */
  applyShare: number;
}

export function countLevels(quizzes: readonly WithQuestions[]): LevelCount {
  let recall = 0;
  let apply = 0;
  for (const quiz of quizzes) {
    for (const question of quiz.questions) {
      if (question.level === 'apply') apply += 1;
      else recall += 1;
    }
  }
  const total = recall + apply;
  return { recall, apply, applyShare: total === 0 ? 0 : apply / total };
}

/** A problem message when the course's apply share is below the minimum, else undefined. */
export function applyShareProblem(quizzes: readonly WithQuestions[]): string | undefined {
  const { recall, apply, applyShare } = countLevels(quizzes);
  if (recall + apply === 0 || applyShare >= MIN_APPLY_SHARE) return undefined;
  const percent = Math.round(applyShare * 100);
  return `Only ${percent}% of the course's quiz questions are "apply" (${apply} of ${recall + apply}); keep at least ${MIN_APPLY_SHARE * 100}%: recast recall questions as scenarios, or add application questions.`;
}
