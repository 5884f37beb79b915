// Test stand-in for `@docusaurus/useGlobalData`: the course-structure plugin's data for a small
// two-module course.
import type { CourseModule } from '../../data/course.types';

export const TEST_MODULES: CourseModule[] = [
  {
    id: 'demo',
    number: 1,
    title: 'Demo module',
    summary: 'What the demo module teaches.',
    firstLesson: '/learn/demo/insulin',
    quizPath: '/learn/demo/quiz',
  },
  { id: 'more', number: 2, title: 'More', summary: 'A module without a quiz.', firstLesson: '/learn/more/a' },
];

export function usePluginData(name: string): unknown {
  if (name !== 'course-structure') throw new Error(`no data for plugin ${name} in tests`);
  return { modules: TEST_MODULES };
}
