// A "Go deeper" block: molecular and study detail a reader may skip without losing the argument.
// Authors write `:::deeper[Title]` … `:::` (src/theme/Admonition/Types.tsx maps it here). It is a
// native <details>, so it opens without JavaScript, the browser's find-in-page reaches its text,
// and the search index holds it. Printed pages show it open (CSS, plus the beforeprint handler
// below for browsers without `::details-content`).
import { type ReactNode, useEffect } from 'react';
import { openAllForPrint } from './print';
import styles from './styles.module.css';

export interface GoDeeperProps {
  title?: ReactNode;
  children?: ReactNode;
}

export default function GoDeeper({ title, children }: GoDeeperProps): ReactNode {
  useEffect(() => openAllForPrint(window), []);
  return (
    <details className={styles.goDeeper} data-go-deeper="">
      <summary className={styles.summary}>
        <span className={styles.kicker}>Go deeper</span>
        {title ? <span className={styles.title}>{title}</span> : null}
      </summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
