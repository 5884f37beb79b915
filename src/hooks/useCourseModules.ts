// The course's modules, as plugins/course-structure derived them from the docs folders.
import { usePluginData } from '@docusaurus/useGlobalData';
import type { CourseModule } from '../data/course.types';

export function useCourseModules(): readonly CourseModule[] {
  return (usePluginData('course-structure') as { modules: CourseModule[] }).modules;
}
