// Test stand-in for `@docusaurus/useGlobalData`: the course-structure plugin's data for a small
// two-module course.
import type { CourseModule, CourseStructureData } from '../../data/course.types';

export const TEST_MODULES: CourseModule[] = [
  {
    id: 'demo',
    number: 1,
    title: 'Demo module',
    summary: 'What the demo module teaches.',
    firstLesson: '/learn/demo/insulin',
    readingTime: { core: 12, all: 20 },
    quizPath: '/learn/demo/quiz',
  },
  {
    id: 'more',
    number: 2,
    title: 'More',
    summary: 'A module without a quiz.',
    firstLesson: '/learn/more/a',
    readingTime: { core: 3, all: 3 },
  },
];

export const TEST_STRUCTURE: CourseStructureData = {
  modules: TEST_MODULES,
  readingTimes: { '/learn/demo/insulin': { core: 7, all: 11 }, '/learn/more/a': { core: 3, all: 3 } },
  courseReadingTime: { core: 15, all: 23 },
};

export function usePluginData(name: string): unknown {
  if (name !== 'course-structure') throw new Error(`no data for plugin ${name} in tests`);
  return TEST_STRUCTURE;
}
