// The course's real quizzes for unit tests, found the way the build finds them (every module
// folder's quiz.ts, plugins/course-structure/scan.ts), so a new module's quiz is tested too.
import path from 'node:path';
import { scanCourse, type ScannedModule } from '../../plugins/course-structure/scan';
import type { Quiz } from '../quiz/types';

export const SITE_DIR = path.resolve(__dirname, '../..');

export interface CourseQuiz {
  file: string;
  quiz: Quiz;
  module: ScannedModule;
}

export async function courseQuizzes(): Promise<CourseQuiz[]> {
  const modules = scanCourse(SITE_DIR).filter((module) => module.quizFile !== undefined);
  return Promise.all(
    modules.map(async (module) => {
      const file = module.quizFile ?? '';
      const loaded = (await import(path.join(SITE_DIR, file))) as { default: Quiz };
      return { file, quiz: loaded.default, module };
    }),
  );
}
