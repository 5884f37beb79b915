// Which module an overview page belongs to: its title is the module folder's category label,
// "<N>. <Title>", parsed as the course scan parses it (src/lib/moduleLabel.ts).
import type { CourseModule } from '../../data/course.types';
import { parseModuleLabel } from '../../lib/moduleLabel';

export function moduleAtOverview(modules: readonly CourseModule[], title: string): CourseModule | undefined {
  const number = parseModuleLabel(title)?.number;
  return number === undefined ? undefined : modules.find((module) => module.number === number);
}
