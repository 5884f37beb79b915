// Which module an overview page belongs to: its title is the module folder's category label,
// "<N>. <Title>" (plugins/course-structure reads the module number from the same label).
import type { CourseModule } from '../../data/course.types';

export function moduleAtOverview(modules: readonly CourseModule[], title: string): CourseModule | undefined {
  const number = /^(\d+)\.\s/.exec(title)?.[1];
  return number === undefined ? undefined : modules.find((module) => module.number === Number(number));
}
