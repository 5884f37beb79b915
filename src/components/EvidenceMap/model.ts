// The evidence map's pure logic: short citations, grouping by kind of evidence and module, and
// which studies a filter shows. The view (index.tsx) and the static HTML (studiesHtml.ts) use it.
import type { Reference } from '../../data/bibliography.types';
import { EVIDENCE_ORDER } from '../../../plugins/remark-citations/render';

/** A lesson that cites a reference, as the build found it (plugins/course-structure). */
export interface CitingLesson {
  /** Site path without base URL. */
  path: string;
  title: string;
  /** Module number (0 for the welcome, the wrap-up's own number for its pages). */
  module: number;
}

export type CitedBy = Readonly<Record<string, readonly CitingLesson[]>>;

export interface EvidenceFilter {
  /** Kinds to show; empty means all. */
  kinds: ReadonlySet<Reference['evidence']>;
  /** Only studies cited in this module, or every study. */
  module: number | null;
}

function surname(author: string): string {
  return author.replace(/\s+[A-Z]{1,4}$/, '');
}

/** `Hotamisligil et al. 1993`, `Browning and Horton 2004`, `Semenkovich 2006`. */
export function shortCitation(entry: Reference): string {
  const authors = entry.authors.filter((author) => author !== 'et al.');
  const incomplete = entry.authors.includes('et al.');
  const [firstAuthor, secondAuthor] = authors;
  if (firstAuthor === undefined) return `[Authors not confirmed] ${entry.year}`;
  const first = surname(firstAuthor);
  if (authors.length === 1 && !incomplete) return `${first} ${entry.year}`;
  if (authors.length === 2 && secondAuthor !== undefined && !incomplete) {
    return `${first} and ${surname(secondAuthor)} ${entry.year}`;
  }
  return `${first} et al. ${entry.year}`;
}

/** The modules whose lessons cite a reference, in order, without repeats. */
export function modulesCiting(lessons: readonly CitingLesson[] = []): number[] {
  return [...new Set(lessons.map((lesson) => lesson.module))].sort((a, b) => a - b);
}

/** References grouped by kind of evidence, people first; each group sorted by short citation. */
export function groupByKind(
  entries: readonly Reference[],
): { kind: Reference['evidence']; entries: Reference[] }[] {
  return EVIDENCE_ORDER.map((kind) => ({
    kind,
    entries: entries
      .filter((entry) => entry.evidence === kind)
      .sort((a, b) => shortCitation(a).localeCompare(shortCitation(b))),
  })).filter((group) => group.entries.length > 0);
}

export function studyVisible(
  study: { kind: Reference['evidence']; modules: readonly number[] },
  filter: EvidenceFilter,
): boolean {
  if (filter.kinds.size > 0 && !filter.kinds.has(study.kind)) return false;
  return filter.module === null || study.modules.includes(filter.module);
}
