// Tells the learner, truthfully, why their progress is not being saved right now. Shared by the quiz
// and the progress page, so both give the same reason for the same state.
import type { ReactNode } from 'react';
import type { StorageNotice as Notice } from '../../quiz/progressStore';
import styles from './styles.module.css';

export interface Props {
  notice: Notice | undefined;
  /** What still works, e.g. "The quiz still works for this visit." */
  meanwhile: string;
}

/** The reason, in the learner's words, for each state in which progress is not saved. */
export function noticeText(notice: Notice | undefined): string {
  switch (notice) {
    case 'newer-version':
      return 'This browser holds progress saved by a newer version of this course. It is kept untouched. Reload the page to get the newer course; until then, nothing you do here is saved.';
    case 'write-failed':
      return 'Your progress will not be kept: the browser refused to store it just now (its storage may be full).';
    default:
      return 'Your progress will not be kept: this browser is not letting the course save it (for example in private browsing).';
  }
}

export default function StorageNotice({ notice, meanwhile }: Props): ReactNode {
  return (
    // Deliberately not a live region: it describes the page's state and is read in order, never announced.
    <p className={styles.notice}>
      {noticeText(notice)} {meanwhile}
    </p>
  );
}
