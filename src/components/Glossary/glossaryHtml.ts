// The glossary list as HTML text. The page shows 60+ terms with their cross-links; written into the
// page as one block, React hydrates a single element instead of several hundred (the list never
// changes in the browser), which keeps the glossary page's main thread short on a phone.
import { escapeHtml } from '../../lib/html';
import type { GlossaryEntry } from '../../data/glossary.types';

export interface GlossaryClasses {
  entry: string;
  term: string;
  aliases: string;
  definition: string;
  seeAlso: string;
}

export function glossaryHtml(entries: readonly GlossaryEntry[], classes: GlossaryClasses): string {
  const termsById = new Map(entries.map((entry) => [entry.id, entry.term]));
  return entries
    .map((entry) => {
      const aliases =
        entry.aliases && entry.aliases.length > 0
          ? `<span class="${classes.aliases}"> (${escapeHtml(entry.aliases.join(', '))})</span>`
          : '';
      const seeAlso =
        entry.seeAlso && entry.seeAlso.length > 0
          ? ` <span class="${classes.seeAlso}">See also: ${entry.seeAlso
              .map((id) => `<a href="#${escapeHtml(id)}">${escapeHtml(termsById.get(id) ?? id)}</a>`)
              .join(', ')}.</span>`
          : '';
      return (
        `<div class="${classes.entry}">` +
        `<dt id="${escapeHtml(entry.id)}" class="${classes.term}">${escapeHtml(entry.term)}${aliases}</dt>` +
        `<dd class="${classes.definition}">${escapeHtml(entry.definition)}${seeAlso}</dd>` +
        `</div>`
      );
    })
    .join('');
}
