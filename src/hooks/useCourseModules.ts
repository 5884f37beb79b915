// The course's modules and reading times, as plugins/course-structure derived them from the docs.
import { usePluginData } from '@docusaurus/useGlobalData';
import type { CourseModule, CourseStructureData } from '../data/course.types';
import type { ReadingMinutes } from '../lib/readingTime';

function useCourseStructure(): CourseStructureData {
  return usePluginData('course-structure') as CourseStructureData;
}

export function useCourseModules(): readonly CourseModule[] {
  return useCourseStructure().modules;
}

/** Reading time of a lesson page (site path without base URL), if it is a lesson. */
export function useLessonReadingTime(page: string | null): ReadingMinutes | undefined {
  const { readingTimes } = useCourseStructure();
  return page === null ? undefined : readingTimes[page];
}

export function useCourseReadingTime(): ReadingMinutes {
  return useCourseStructure().courseReadingTime;
}
