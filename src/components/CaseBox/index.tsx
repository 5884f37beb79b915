// One part of the running case (Sam's story, src/data/case.ts), written `:::case[Title]` … `:::`
// in a lesson. An <aside> named by its title, so screen readers list it as a landmark.
import { type ReactNode, useId } from 'react';
import styles from './styles.module.css';

export interface CaseBoxProps {
  title?: ReactNode;
  children?: ReactNode;
}

export default function CaseBox({ title, children }: CaseBoxProps): ReactNode {
  const id = useId();
  return (
    <aside className={styles.caseBox} aria-labelledby={id}>
      <p className={styles.heading} id={id}>
        <span className={styles.kicker}>Running case</span>
        <span className={styles.title}>{title ?? 'Sam’s story'}</span>
      </p>
      <div className={styles.body}>{children}</div>
    </aside>
  );
}
