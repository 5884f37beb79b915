// @vitest-environment node
// The KaTeX stylesheet the site serves must come from the same katex that rehype-katex renders
// with; a mismatch shows as misplaced glyphs. This checks what npm actually installed.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);

function versionOf(packageJson: string): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

it('serves the KaTeX CSS of the katex that rehype-katex resolves', () => {
  const rehypeKatexDir = path.dirname(path.dirname(require.resolve('rehype-katex')));
  const katexSeenByRehype = createRequire(path.join(rehypeKatexDir, 'index.js')).resolve(
    'katex/package.json',
  );
  const katexSeenBySite = require.resolve('katex/package.json');
  expect(versionOf(katexSeenBySite)).toBe(versionOf(katexSeenByRehype));
  expect(katexSeenBySite).toBe(katexSeenByRehype);
});
