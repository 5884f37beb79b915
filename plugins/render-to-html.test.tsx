// @vitest-environment node
// React 18's streaming renderer (what Docusaurus uses) writes NUL characters where a multi-byte
// character meets a 2048-byte chunk boundary; the replacement must not, for any position.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Suspense, type ReactNode } from 'react';
import { renderToHtml } from './render-to-html';

const require = createRequire(import.meta.url);
const clientDir = path.dirname(path.dirname(require.resolve('@docusaurus/core/lib/client/exports/Link.js')));

/**
 * Pages of many short texts with curly quotes (short strings go through React's 2048-byte buffer),
 * shifted byte by byte so that a quote straddles a chunk boundary in some of them.
 */
function pages(): ReactNode[] {
  return Array.from({ length: 12 }, (_, shift) => (
    <Suspense key={shift} fallback={null}>
      <p>{'a'.repeat(shift)}</p>
      {Array.from({ length: 120 }, (_, i) => (
        <span key={i}>{`Use “Move up” and “Move down” (${i}) é — end`}</span>
      ))}
    </Suspense>
  ));
}

const NUL = '\u0000';

describe('renderToHtml (server rendering without NULs)', () => {
  it('Docusaurus’s own renderer does produce NULs here (the bug this file exists for)', async () => {
    const original = (await import(path.join(clientDir, 'renderToHtml.js'))) as {
      renderToHtml(app: ReactNode): Promise<string>;
    };
    const outputs = await Promise.all(pages().map((page) => original.renderToHtml(page)));
    expect(outputs.some((html) => html.includes(NUL))).toBe(true);
  });

  it('renders the same text with no NUL at any boundary position', async () => {
    for (const page of pages()) {
      const html = await renderToHtml(page);
      expect(html).not.toContain(NUL);
      expect(html).toContain('Use “Move up” and “Move down” (119) é — end');
    }
  });
});
