import type { ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { glossary } from '@site/src/data/glossary';
import { glossaryHtml } from './glossaryHtml';
import styles from './styles.module.css';

// Built once: the data never changes while the page is open.
const html = glossaryHtml(glossary, {
  entry: styles.entry ?? '',
  term: styles.term ?? '',
  aliases: styles.aliases ?? '',
  definition: styles.definition ?? '',
  seeAlso: styles.seeAlso ?? '',
});

/** The course glossary, rendered from src/data/glossary.ts as one static block (see glossaryHtml). */
export default function Glossary(): ReactNode {
  // Register every term's anchor, so Docusaurus's broken-anchor check knows `glossary#id` exists.
  const brokenLinks = useBrokenLinks();
  for (const entry of glossary) brokenLinks.collectAnchor(entry.id);
  return <dl className={styles.glossary} dangerouslySetInnerHTML={{ __html: html }} />;
}
