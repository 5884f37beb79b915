// The reference list as HTML text, for the same reason as the glossary's (glossaryHtml.ts): one
// element for React to hydrate instead of several hundred, on a list that never changes.
import { escapeHtml } from '../../lib/html';
import type { Reference } from '../../data/bibliography.types';
import { referenceParts } from '../../../plugins/remark-citations/render';

export interface BibliographyClasses {
  entry: string;
  evidence: string;
  note: string;
}

/** Entries sorted by first author (or, without confirmed authors, by key), then year. */
function sortedReferences(entries: readonly Reference[]): Reference[] {
  const firstAuthor = (entry: Reference) => entry.authors[0] ?? entry.key;
  return [...entries].sort((a, b) => firstAuthor(a).localeCompare(firstAuthor(b)) || a.year - b.year);
}

export function bibliographyHtml(entries: readonly Reference[], classes: BibliographyClasses): string {
  return sortedReferences(entries)
    .map((entry) => {
      const { lead, journal, tail, link, evidence, population } = referenceParts(entry);
      const anchor = link ? ` <a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a>` : '';
      return (
        `<li id="ref-${escapeHtml(entry.key)}" class="${classes.entry}">` +
        `${escapeHtml(lead)}<em>${escapeHtml(journal)}</em>${escapeHtml(tail)}${anchor} ` +
        `<span class="${classes.evidence}">${escapeHtml(evidence)}</span>` +
        (population ? ` ${escapeHtml(population)}` : '') +
        `<p class="${classes.note}">${escapeHtml(entry.note)}</p></li>`
      );
    })
    .join('');
}
