// The course's real quizzes for unit tests, found and loaded the way the build does it
// (plugins/course-structure/scan.ts), so a new module's quiz is tested too.
import path from 'node:path';
import {
  loadCheckSets,
  loadQuizzes,
  scanCourse,
  type CourseCheckSet,
  type CourseQuiz,
} from '../../plugins/course-structure/scan';

export type { CourseCheckSet, CourseQuiz };

export const SITE_DIR = path.resolve(__dirname, '../..');

/** A data file's default export, loaded as a test imports it. */
async function importDefault(file: string): Promise<unknown> {
  const loaded = (await import(file)) as { default: unknown };
  return loaded.default;
}

export async function courseQuizzes(): Promise<CourseQuiz[]> {
  return loadQuizzes(SITE_DIR, scanCourse(SITE_DIR), importDefault);
}

/** The course's real check sets (every module folder's checks.ts), loaded as the build does. */
export async function courseCheckSets(): Promise<CourseCheckSet[]> {
  return loadCheckSets(SITE_DIR, scanCourse(SITE_DIR), importDefault);
}
