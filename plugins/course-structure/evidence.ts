// The evidence map's build-time data: which lessons cite each reference, and a check that every
// claim in src/data/claims.ts points at lessons that exist.
import { claims as courseClaims } from '../../src/data/claims';
import type { Claim } from '../../src/data/claims.types';
import type { CitedBy, CitingLesson } from '../../src/components/EvidenceMap/model';
import { splitCitations } from '../remark-citations/parse';

export interface CourseDoc {
  file: string;
  /** Site path without base URL. */
  page: string;
  title: string;
  module: number;
  /** The Markdown source. */
  text: string;
}

/** For each cited key, the pages citing it, in course order (module, then file name). */
export function citedByOf(docs: readonly CourseDoc[]): CitedBy {
  const citedBy: Record<string, CitingLesson[]> = {};
  const ordered = [...docs].sort((a, b) => a.module - b.module || a.file.localeCompare(b.file));
  for (const doc of ordered) {
    const keys = new Set(
      splitCitations(doc.text).flatMap((piece) => (piece.kind === 'citation' ? piece.keys : [])),
    );
    for (const key of keys) {
      (citedBy[key] ??= []).push({ path: doc.page, title: doc.title, module: doc.module });
    }
  }
  return citedBy;
}

/** Claims whose lesson pages do not exist, each naming the file and the claim. */
export function claimProblems(pages: ReadonlySet<string>, claims: readonly Claim[] = courseClaims): string[] {
  return claims.flatMap((claim) =>
    claim.lessons
      .map((lesson) => lesson.split('#')[0] ?? lesson)
      .filter((page) => !pages.has(page))
      .map(
        (page) =>
          `src/data/claims.ts: claim "${claim.id}" names the lesson ${page}, which is not a page of the course.`,
      ),
  );
}
