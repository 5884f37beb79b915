import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useCourseModules } from '@site/src/hooks/useCourseModules';
import { formatMinutes } from '@site/src/lib/readingTime';
import styles from './styles.module.css';

/** The course's modules as an ordered list of cards linking to each module's first lesson. */
export default function ModuleList(): ReactNode {
  const modules = useCourseModules();
  return (
    <ol className={styles.list}>
      {modules.map((module) => (
        <li key={module.id} className={styles.card}>
          <h3 className={styles.title}>
            <Link to={module.firstLesson}>
              <span className={styles.number}>{module.number}.</span> {module.title}
            </Link>
          </h3>
          <p className={styles.summary}>{module.summary}</p>
          <p className={styles.readingTime}>Reading time: {formatMinutes(module.readingTime)}</p>
        </li>
      ))}
    </ol>
  );
}
