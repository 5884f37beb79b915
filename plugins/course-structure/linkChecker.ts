// Answers "does this page / anchor exist?" from the built HTML, so quiz links to lesson
// sections are checked against what readers will actually get.
import { readFileSync } from 'node:fs';
import type { LinkChecker } from '../../src/quiz/types';
import { builtFile } from '../../scripts/built-file.cjs';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function builtHtmlLinkChecker(outDir: string): LinkChecker {
  const cache = new Map<string, string | undefined>();

  function html(pagePath: string): string | undefined {
    if (!cache.has(pagePath)) {
      const file = builtFile(outDir, pagePath);
      cache.set(pagePath, file === undefined ? undefined : readFileSync(file, 'utf8'));
    }
    return cache.get(pagePath);
  }

  return {
    pageExists: (pagePath) => html(pagePath) !== undefined,
    anchorExists: (pagePath, anchor) => {
      const page = html(pagePath);
      if (page === undefined) return false;
      const id = escapeRegExp(anchor);
      return new RegExp(`\\sid=(?:"${id}"|'${id}'|${id}(?=[\\s>/]))`).test(page);
    },
  };
}
