// File helpers shared by the build plugins.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every path under `dir` (at any depth) whose full path matches `pattern`. */
export function filesIn(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((file) => pattern.test(file));
}

/**
 * Rewrites every built HTML page under `outDir` in place with `rewrite`, writing only the pages it
 * changed. Synchronous on purpose: no other plugin's postBuild can read a page half rewritten.
 */
export function rewritePages(outDir: string, rewrite: (html: string) => string): void {
  for (const file of filesIn(outDir, /\.html$/)) {
    const html = readFileSync(file, 'utf8');
    const rewritten = rewrite(html);
    if (rewritten !== html) writeFileSync(file, rewritten);
  }
}
