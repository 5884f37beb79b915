// Answers "does this page / anchor exist?" from the built HTML, so quiz links to lesson
// sections are checked against what readers will actually get.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LinkChecker } from '../../src/quiz/types';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function builtHtmlLinkChecker(outDir: string): LinkChecker {
  const cache = new Map<string, string | undefined>();

  function html(pagePath: string): string | undefined {
    if (!cache.has(pagePath)) {
      const relative = pagePath.replace(/^\/+|\/+$/g, '');
      const candidates = relative === '' ? ['index.html'] : [`${relative}.html`, `${relative}/index.html`];
      let found: string | undefined;
      for (const candidate of candidates) {
        try {
          found = readFileSync(path.join(outDir, candidate), 'utf8');
          break;
        } catch {
          // try the next form
        }
      }
      cache.set(pagePath, found);
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
