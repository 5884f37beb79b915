// Wraps the sidebar link (not ejected): each lesson shows its reading time (from the build, so the
// same on the server and in the browser), and after hydration a quiz page whose quiz the learner
// passed gets a visible "✓ passed" marker, with words for screen readers instead of the symbol.
import OriginalLink from '@theme-original/DocSidebarItem/Link';
import type { Props } from '@theme/DocSidebarItem/Link';
import type { ReactNode } from 'react';
import { useCourseStorage } from '../../../components/Quiz/useCourseStorage';
import { quizIdAtPage } from '../../../quiz/pages';
import { lessonPath } from '../../../quiz/visits';
import { useLessonReadingTime } from '../../../hooks/useCourseModules';
import styles from './styles.module.css';

export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  // The server snapshot has no progress, so the marker only appears once hydrated (no mismatch).
  const { snapshot, baseUrl } = useCourseStorage();
  const path = lessonPath(props.item.href, baseUrl);
  const quizId = path === null ? undefined : quizIdAtPage(path);
  const readingTime = useLessonReadingTime(path);
  const passed = quizId !== undefined && snapshot.progress.quizzes[quizId]?.passed === true;
  if (!passed && readingTime === undefined) return <OriginalLink {...props} />;
  const label = (
    <>
      {props.item.label}
      {readingTime ? (
        <span className={styles.readingTime}>
          <span aria-hidden="true">{readingTime.core} min</span>
          <span className={styles.visuallyHidden}> ({readingTime.core}-minute read)</span>
        </span>
      ) : null}
      {passed ? (
        <span className={styles.passed}>
          <span aria-hidden="true">✓ passed</span>
          <span className={styles.visuallyHidden}> (quiz passed)</span>
        </span>
      ) : null}
    </>
  );
  // The original renders `item.label` as a React child; its type says string, so the node is cast.
  return <OriginalLink {...props} item={{ ...props.item, label: label as unknown as string }} />;
}
