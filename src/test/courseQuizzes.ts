// The course's real quizzes for unit tests, found and loaded the way the build does it
// (plugins/course-structure/scan.ts), so a new module's quiz is tested too.
import path from 'node:path';
import { loadQuizzes, scanCourse, type CourseQuiz } from '../../plugins/course-structure/scan';

export type { CourseQuiz };

export const SITE_DIR = path.resolve(__dirname, '../..');

export async function courseQuizzes(): Promise<CourseQuiz[]> {
  return loadQuizzes(SITE_DIR, scanCourse(SITE_DIR), async (file) => {
    const loaded = (await import(file)) as { default: unknown };
    return loaded.default;
  });
}
