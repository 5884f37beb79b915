// @vitest-environment node
// The landing page shows the course's signature picture, the vicious-cycle explorer, from
// docs/_partials/_vicious-cycle.mdx; the lesson that teaches it must show the very same explorer
// (one data file, src/data/cycle.ts) and words.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const read = (file: string) => readFileSync(path.join(__dirname, '../../..', file), 'utf8');
const explorerLines = (text: string) => text.match(/^::cycle\s*$/gm) ?? [];
const inWords = (text: string) => text.match(/^\*\*In words:\*\*.*$/m)?.[0];

it('the landing page and the closing-the-loop lesson show the one vicious-cycle explorer', () => {
  const partial = read('docs/_partials/_vicious-cycle.mdx');
  const lesson = read('docs/02-vicious-cycle/04-closing-the-loop.md');
  expect(explorerLines(partial)).toHaveLength(1);
  expect(explorerLines(lesson)).toHaveLength(1);
  expect(inWords(partial)).toBeDefined();
  expect(inWords(partial)).toBe(inWords(lesson));
});
