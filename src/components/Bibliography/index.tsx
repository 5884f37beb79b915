import type { ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { bibliography } from '@site/src/data/bibliography';
import { bibliographyHtml } from './bibliographyHtml';
import styles from './styles.module.css';

// Built once: the data never changes while the page is open.
const html = bibliographyHtml(bibliography, {
  entry: styles.entry ?? '',
  evidence: styles.evidence ?? '',
  note: styles.note ?? '',
});

/** Every reference the course may cite, from src/data/bibliography.ts, sorted by first author. */
export default function Bibliography(): ReactNode {
  // Register every entry's anchor for Docusaurus's broken-anchor check (`references#ref-key`).
  const brokenLinks = useBrokenLinks();
  for (const entry of bibliography) brokenLinks.collectAnchor(`ref-${entry.key}`);
  return <ul className={styles.list} dangerouslySetInnerHTML={{ __html: html }} />;
}
