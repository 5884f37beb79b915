// Wraps a module's overview page (not ejected): its description ends with the module's reading
// time, computed from the lessons' text at build time (plugins/course-structure).
import type { ReactNode } from 'react';
import OriginalPage from '@theme-original/DocCategoryGeneratedIndexPage';
import type { Props } from '@theme/DocCategoryGeneratedIndexPage';
import { useCourseModules } from '@site/src/hooks/useCourseModules';
import { formatMinutes } from '@site/src/lib/readingTime';
import { moduleAtOverview } from './moduleAtOverview';

export default function DocCategoryGeneratedIndexPageWrapper(props: Props): ReactNode {
  const modules = useCourseModules();
  const index = props.categoryGeneratedIndex;
  const module = moduleAtOverview(modules, index.title);
  if (!module) return <OriginalPage {...props} />;
  const time = `Reading time: about ${formatMinutes(module.readingTime)}, plus the quiz.`;
  const description = index.description ? `${index.description} ${time}` : time;
  return <OriginalPage {...props} categoryGeneratedIndex={{ ...index, description }} />;
}
