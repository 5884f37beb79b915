// Small pieces shared by the panel, the intervention list and the text version.
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { EvidenceView, LessonLinkView } from './view.types';
import styles from './styles.module.css';

const REFERENCES = '/learn/wrap-up/references';

export function EvidenceList({ evidence }: { evidence: EvidenceView[] }): ReactNode {
  return (
    <ul className={styles.evidence}>
      {evidence.map((item) => (
        <li key={item.key}>
          <span className={styles.kind}>{item.kind}</span>
          {item.who ? `: ${item.who}` : ''} (<Link to={`${REFERENCES}#ref-${item.key}`}>{item.cite}</Link>)
        </li>
      ))}
    </ul>
  );
}

export function LessonLink({ lesson }: { lesson: LessonLinkView }): ReactNode {
  return (
    <p className={styles.lessonLink}>
      In the course: <Link to={lesson.to}>{lesson.section}</Link>
      {lesson.lesson ? <> (lesson “{lesson.lesson}”)</> : null}
    </p>
  );
}
