// Every question of the course in one list, in course order, with its review key and fingerprint:
// what the progress and review pages work from. Built from the quiz and check-set data files.
import { fingerprint } from './fingerprint';
import { reviewKey } from './review';
import type { Id, Question } from './types';

export interface QuestionSet {
  id: Id;
  /** A quiz's title, or e.g. "Checks in module 2's lessons" for a check set. */
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
