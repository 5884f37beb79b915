// Where KaTeX's stylesheet and fonts are served from: a folder named after the installed katex
// version, so a new version never meets an old file in a reader's cache.
import { createRequire } from 'node:module';
import path from 'node:path';

const nodeRequire = createRequire(__filename);

/** The katex package rehype-katex renders with (katex.test.ts checks they match). */
export function katexPackage(): { version: string; dist: string } {
  const packageJson = nodeRequire.resolve('katex/package.json');
  const { version } = nodeRequire(packageJson) as { version: string };
  return { version, dist: path.join(path.dirname(packageJson), 'dist') };
}

/** The stylesheet's path relative to the site's base URL, e.g. `assets/katex-0.16.47/katex.min.css`. */
export const katexStylesheetPath = (version: string) => `assets/katex-${version}/katex.min.css`;
