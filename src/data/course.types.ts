// A module of the course as the landing page and the progress page show it. Nothing here is typed
// by hand: plugins/course-structure derives every module from its folder under docs/ (see
// AUTHORING.md, "Add a module") and hands the list to the site as plugin data.

import type { ReadingMinutes } from '../lib/readingTime';

export interface CourseModule {
  /** The folder name without its number: `docs/02-vicious-cycle` → `vicious-cycle`. */
  id: string;
  /** From the category label, `"2. The vicious cycle"` → 2. */
  number: number;
  /** From the category label, `"2. The vicious cycle"` → `The vicious cycle`. */
  title: string;
  /** `customProps.summary` of the folder's `_category_.json`. */
  summary: string;
  /** Site path (without base URL) of the folder's first lesson. */
  firstLesson: string;
  /** Reading time of the module's lessons (quiz excluded), computed from their text at build time. */
  readingTime: ReadingMinutes;
  /** Site path of the module's quiz page, when the folder has a `quiz.ts`. */
  quizPath?: string;
}

/** What the site receives from plugins/course-structure (`usePluginData('course-structure')`). */
export interface CourseStructureData {
  modules: CourseModule[];
  /** Reading time of each lesson page (site path without base URL), quiz pages excluded. */
  readingTimes: Record<string, ReadingMinutes>;
  /** The whole course's reading time. */
  courseReadingTime: ReadingMinutes;
}
