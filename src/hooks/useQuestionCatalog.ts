// The course's questions (quizzes and checks inside lessons) as one catalog, for the pages that get
// every question set from plugins/course-structure: the progress page and the review page.
import { usePluginData } from '@docusaurus/useGlobalData';
import { useMemo } from 'react';
import type { CourseStructureData } from '../data/course.types';
import { nfc } from '../data/text';
import { courseQuestionSets, questionCatalog, type CatalogEntry, type QuestionSet } from '../quiz/catalog';
import type { CheckSet, Quiz } from '../quiz/types';

/** What plugins/course-structure passes to those pages: each file's default export, in module order. */
export interface QuestionModules {
  quizzes: readonly { quiz: Quiz }[];
  checks: readonly { set: CheckSet }[];
}

export interface CourseQuestions {
  /** The quizzes, text in NFC, in module order. */
  quizzes: Quiz[];
  /** The check sets, titled, in module order. */
  checkSets: QuestionSet[];
  /** Every question of both, in course order. */
  catalog: CatalogEntry[];
}

export function useQuestionCatalog({ quizzes, checks }: QuestionModules): CourseQuestions {
  const { modules } = usePluginData('course-structure') as CourseStructureData;
  return useMemo(() => {
    const normalized = quizzes.map(({ quiz }) => nfc(quiz));
    const checkIds = new Set(checks.map(({ set }) => set.id));
    const sets = courseQuestionSets(
      normalized,
      checks.map(({ set }) => nfc(set)),
      modules,
    );
    return {
      quizzes: normalized,
      checkSets: sets.filter((set) => checkIds.has(set.id)),
      catalog: questionCatalog(sets),
    };
  }, [quizzes, checks, modules]);
}
