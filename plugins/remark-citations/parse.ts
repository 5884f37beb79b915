// Pure helpers: find `[@key]` / `[@a; @b]` markers in text and check the bibliography.
import type { Reference } from '../../src/data/bibliography.types';

export const CITATION_PATTERN = /\[(@[\w-]+(?:\s*;\s*@[\w-]+)*)\]/g;

export interface TextPiece {
  kind: 'text';
  value: string;
}
export interface CitationPiece {
  kind: 'citation';
  keys: string[];
}

/** Splits text into plain pieces and citation markers, in order. */
export function splitCitations(text: string): (TextPiece | CitationPiece)[] {
  const pieces: (TextPiece | CitationPiece)[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION_PATTERN)) {
    const index = match.index;
    if (index > last) pieces.push({ kind: 'text', value: text.slice(last, index) });
    const keys = (match[1] ?? '').split(';').map((part) => part.trim().replace(/^@/, ''));
    pieces.push({ kind: 'citation', keys });
    last = index + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: 'text', value: text.slice(last) });
  return pieces;
}

const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^\d{1,9}$/;
const KEY = /^[a-z][a-z0-9-]*$/;

/** Problems with the bibliography itself, each naming the entry. */
export function bibliographyProblems(
  entries: readonly Reference[],
  source = 'src/data/bibliography.ts',
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const where = `${source}: entry "${entry.key}"`;
    if (!KEY.test(entry.key)) problems.push(`${where}: the key must be lowercase letters, digits and dashes`);
    if (seen.has(entry.key)) problems.push(`${where}: the key is used twice`);
    seen.add(entry.key);
    if (entry.doi !== undefined && !DOI.test(entry.doi)) {
      problems.push(
        `${where}: malformed DOI "${entry.doi}" (expected a bare DOI such as 10.1038/nature01137)`,
      );
    }
    if (entry.pmid !== undefined && !PMID.test(entry.pmid)) {
      problems.push(`${where}: malformed PMID "${entry.pmid}" (expected digits only)`);
    }
    if (entry.authors.some((author) => !author.trim())) problems.push(`${where}: an empty author name`);
    if (!entry.title.trim()) problems.push(`${where}: no title`);
  }
  return problems;
}

/** Link for a reference: its DOI, else its PubMed record, else none. */
export function referenceUrl(entry: Reference): string | undefined {
  if (entry.doi) return `https://doi.org/${entry.doi}`;
  if (entry.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${entry.pmid}/`;
  return undefined;
}

/** Shown instead of names when no record confirmed who wrote a paper (we print no names from memory). */
export const UNCONFIRMED_AUTHORS = '[Authors not confirmed]';

export function formatAuthors(authors: readonly string[]): string {
  return authors.length === 0 ? UNCONFIRMED_AUTHORS : authors.join(', ');
}

/** A title as a sentence: a full stop is added unless it already ends with one, or with ? or !. */
export function titleSentence(title: string): string {
  return /[.?!]$/.test(title.trim()) ? title.trim() : `${title.trim()}.`;
}
