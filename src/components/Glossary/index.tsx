import type { ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Link from '@docusaurus/Link';
import { glossary } from '@site/src/data/glossary';
import type { GlossaryEntry } from '@site/src/data/glossary.types';
import styles from './styles.module.css';

function Term({
  entry,
  termsById,
}: {
  entry: GlossaryEntry;
  termsById: Map<string, GlossaryEntry>;
}): ReactNode {
  // Register the anchor so Docusaurus's broken-anchor check knows `glossary#id` exists.
  useBrokenLinks().collectAnchor(entry.id);
  return (
    <div className={styles.entry}>
      <dt id={entry.id} className={styles.term}>
        {entry.term}
        {entry.aliases && entry.aliases.length > 0 && (
          <span className={styles.aliases}> ({entry.aliases.join(', ')})</span>
        )}
      </dt>
      <dd className={styles.definition}>
        {entry.definition}
        {entry.seeAlso && entry.seeAlso.length > 0 && (
          <span className={styles.seeAlso}>
            {' '}
            See also:{' '}
            {entry.seeAlso.map((id, index) => (
              <span key={id}>
                {index > 0 && ', '}
                <Link to={`#${id}`}>{termsById.get(id)?.term ?? id}</Link>
              </span>
            ))}
            .
          </span>
        )}
      </dd>
    </div>
  );
}

/** The course glossary, rendered from src/data/glossary.ts. */
export default function Glossary(): ReactNode {
  const termsById = new Map(glossary.map((entry) => [entry.id, entry]));
  return (
    <dl className={styles.glossary}>
      {glossary.map((entry) => (
        <Term key={entry.id} entry={entry} termsById={termsById} />
      ))}
    </dl>
  );
}
