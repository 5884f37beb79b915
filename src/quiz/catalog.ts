// Every question of the course in one list, in course order, with its review key and fingerprint:
// what the progress and review pages work from. Built from the quiz and check-set data files.
import { fingerprint } from './fingerprint';
import { reviewKey } from './review';
import type { CheckSet, Id, Question, Quiz } from './types';

export interface QuestionSet {
  id: Id;
  /** A quiz's title, or e.g. "Checks in module 2: The vicious cycle" for a check set. */
  title: string;
  questions: readonly Question[];
}

export interface CatalogEntry {
  key: string;
  fp: string;
  setId: Id;
  setTitle: string;
  question: Question;
}

export function questionCatalog(sets: readonly QuestionSet[]): CatalogEntry[] {
  return sets.flatMap((set) =>
    set.questions.map((question) => ({
      key: reviewKey(set.id, question.id),
      fp: fingerprint(question),
      setId: set.id,
      setTitle: set.title,
      question,
    })),
  );
}

interface ModuleName {
  id: string;
  number: number;
  title: string;
}

/** A check set's title, e.g. "Checks in module 2: The vicious cycle". */
export function checkSetTitle(set: CheckSet, modules: readonly ModuleName[]): string {
  const module = modules.find((m) => m.id === set.module);
  return module ? `Checks in module ${module.number}: ${module.title}` : `Checks in ${set.module}`;
}

/**
 * The course's question sets in course order: each module's checks (read in its lessons) before
 * its quiz, and the final assessment last.
 */
export function courseQuestionSets(
  quizzes: readonly Quiz[],
  checkSets: readonly CheckSet[],
  modules: readonly ModuleName[],
): QuestionSet[] {
  const rank = (module: string, isQuiz: boolean) => {
    const index = modules.findIndex((m) => m.id === module);
    return (index === -1 ? modules.length : index) * 2 + (isQuiz ? 1 : 0);
  };
  const sets = [
    ...checkSets.map((set) => ({
      set: { ...set, title: checkSetTitle(set, modules) },
      rank: rank(set.module, false),
    })),
    ...quizzes.map((quiz) => ({
      set: quiz,
      rank: quiz.module === 'final' ? Infinity : rank(quiz.module, true),
    })),
  ];
  return sets
    .sort((a, b) => a.rank - b.rank)
    .map(({ set }) => ({ id: set.id, title: set.title, questions: set.questions }));
}
