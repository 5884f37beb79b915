// @vitest-environment node
// The landing page shows the course's signature diagram from docs/_partials/_vicious-cycle.mdx;
// the lesson that teaches it must show the very same picture and words.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const read = (file: string) => readFileSync(path.join(__dirname, '../../..', file), 'utf8');
const mermaidBlock = (text: string) => text.match(/```mermaid\n[\s\S]*?\n```/)?.[0];
const inWords = (text: string) => text.match(/^\*\*In words:\*\*.*$/m)?.[0];

it('the landing page and the closing-the-loop lesson share one vicious-cycle diagram', () => {
  const partial = read('docs/_partials/_vicious-cycle.mdx');
  const lesson = read('docs/02-vicious-cycle/04-closing-the-loop.md');
  expect(mermaidBlock(partial)).toBeDefined();
  expect(mermaidBlock(partial)).toBe(mermaidBlock(lesson));
  expect(inWords(partial)).toBe(inWords(lesson));
});
