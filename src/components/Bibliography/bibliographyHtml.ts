// The reference list as HTML text, for the same reason as the glossary's (glossaryHtml.ts): one
// element for React to hydrate instead of several hundred, on a list that never changes.
import { escapeHtml } from '../../lib/html';
import type { Reference } from '../../data/bibliography.types';
import { EVIDENCE_LABELS } from '../../../plugins/remark-citations/render';
import { formatAuthors, referenceUrl, titleSentence } from '../../../plugins/remark-citations/parse';

export interface BibliographyClasses {
  entry: string;
  evidence: string;
  note: string;
}

/** Entries sorted by first author (or, without confirmed authors, by key), then year. */
export function sortedReferences(entries: readonly Reference[]): Reference[] {
  const firstAuthor = (entry: Reference) => entry.authors[0] ?? entry.key;
  return [...entries].sort((a, b) => firstAuthor(a).localeCompare(firstAuthor(b)) || a.year - b.year);
}

export function bibliographyHtml(entries: readonly Reference[], classes: BibliographyClasses): string {
  return sortedReferences(entries)
    .map((entry) => {
      const url = referenceUrl(entry);
      const link = url
        ? ` <a href="${escapeHtml(url)}">${escapeHtml(entry.doi ? `doi:${entry.doi}` : `PubMed ${entry.pmid ?? ''}`)}</a>`
        : '';
      const volumePages = entry.volumePages ? ` ${escapeHtml(entry.volumePages)}.` : '.';
      return (
        `<li id="ref-${escapeHtml(entry.key)}" class="${classes.entry}">` +
        escapeHtml(`${formatAuthors(entry.authors)} (${entry.year}). ${titleSentence(entry.title)} `) +
        `<em>${escapeHtml(entry.journal)}</em>${volumePages}` +
        `${link} <span class="${classes.evidence}">(${escapeHtml(EVIDENCE_LABELS[entry.evidence])})</span>` +
        `<p class="${classes.note}">${escapeHtml(entry.note)}</p></li>`
      );
    })
    .join('');
}
