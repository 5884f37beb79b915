// Wraps the sidebar link (not ejected): after hydration, a quiz page whose quiz the learner passed
// gets a visible "✓ passed" marker, with words for screen readers instead of the symbol.
import OriginalLink from '@theme-original/DocSidebarItem/Link';
import type { Props } from '@theme/DocSidebarItem/Link';
import type { ReactNode } from 'react';
import { useCourseStorage } from '../../../components/Quiz/useCourseStorage';
import { quizIdAtPage } from '../../../quiz/pages';
import { lessonPath } from '../../../quiz/visits';
import styles from './styles.module.css';

export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  // The server snapshot has no progress, so the marker only appears once hydrated (no mismatch).
  const { snapshot, baseUrl } = useCourseStorage();
  const path = lessonPath(props.item.href, baseUrl);
  const quizId = path === null ? undefined : quizIdAtPage(path);
  if (quizId === undefined || snapshot.progress.quizzes[quizId]?.passed !== true)
    return <OriginalLink {...props} />;
  const label = (
    <>
      {props.item.label}
      <span className={styles.passed}>
        <span aria-hidden="true">✓ passed</span>
        <span className={styles.visuallyHidden}> (quiz passed)</span>
      </span>
    </>
  );
  // The original renders `item.label` as a React child; its type says string, so the node is cast.
  return <OriginalLink {...props} item={{ ...props.item, label: label as unknown as string }} />;
}
