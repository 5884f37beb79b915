// The whole course's reading time, computed from the lessons' text at build time. Used on the
// welcome page: `<CourseReadingTime />`.
import type { ReactNode } from 'react';
import { useCourseReadingTime } from '@site/src/hooks/useCourseModules';
import { formatDuration } from '@site/src/lib/readingTime';

export default function CourseReadingTime(): ReactNode {
  const { core, all } = useCourseReadingTime();
  return (
    <>
      about {formatDuration(core)} for the plain-language core of every lesson, or {formatDuration(all)} with
      every “Go deeper” block, plus the quizzes
    </>
  );
}
