import type { ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { bibliography } from '@site/src/data/bibliography';
import type { Reference } from '@site/src/data/bibliography.types';
import { EVIDENCE_LABELS } from '@site/plugins/remark-citations/render';
import { formatAuthors, referenceUrl } from '@site/plugins/remark-citations/parse';
import styles from './styles.module.css';

function Entry({ entry }: { entry: Reference }): ReactNode {
  useBrokenLinks().collectAnchor(`ref-${entry.key}`);
  const url = referenceUrl(entry);
  return (
    <li id={`ref-${entry.key}`} className={styles.entry}>
      {formatAuthors(entry.authors)} ({entry.year}). {entry.title}. <em>{entry.journal}</em>
      {entry.volumePages ? ` ${entry.volumePages}.` : '.'}{' '}
      {url && <a href={url}>{entry.doi ? `doi:${entry.doi}` : `PubMed ${entry.pmid}`}</a>}{' '}
      <span className={styles.evidence}>({EVIDENCE_LABELS[entry.evidence]})</span>
      <p className={styles.note}>{entry.note}</p>
    </li>
  );
}

/** Every reference the course may cite, from src/data/bibliography.ts, sorted by first author. */
export default function Bibliography(): ReactNode {
  // Sort by first author; an entry without confirmed authors sorts by its key (surname + year).
  const firstAuthor = (entry: Reference) => entry.authors[0] ?? entry.key;
  const sorted = [...bibliography].sort(
    (a, b) => firstAuthor(a).localeCompare(firstAuthor(b)) || a.year - b.year,
  );
  return (
    <ul className={styles.list}>
      {sorted.map((entry) => (
        <Entry key={entry.key} entry={entry} />
      ))}
    </ul>
  );
}
