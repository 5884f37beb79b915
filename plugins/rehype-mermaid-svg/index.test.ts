// @vitest-environment node
// Renders real diagrams in the project's Chromium: this is the build-time path, not a mock.
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import type { Root } from 'hast';
import { chromiumLaunchOptions } from '../../scripts/find-browser.cjs';
import rehypeMermaidSvg from './index';

async function transform(markdown: string, cacheDir: string): Promise<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeMermaidSvg, { cacheDir, launchOptions: chromiumLaunchOptions });
  const file = new VFile({ path: path.join(process.cwd(), 'docs/example.md'), value: markdown });
  return processor.run(processor.parse(file), file);
}

const fence = (body: string, words = '**In words:** the diagram in a sentence.') =>
  '```mermaid\n' + body + '\n```\n\n' + words + '\n';

describe('rehype-mermaid-svg', { timeout: 60_000 }, () => {
  it('replaces a diagram with one inline SVG per theme, and caches them', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'diagrams-'));
    const tree = await transform(
      fence('flowchart TD\n  accTitle: Two steps\n  accDescr: A leads to B.\n  A[Start] --> B[End]'),
      cacheDir,
    );
    const html = JSON.stringify(tree);
    expect(html).toContain('"diagram__svg--light"');
    expect(html).toContain('"diagram__svg--dark"');
    expect(html).toContain('"tagName":"svg"');
    expect(html).not.toContain('language-mermaid');
    expect(await readdir(cacheDir)).toHaveLength(1);
  });

  it('fails on a diagram without accTitle/accDescr, naming the file', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'diagrams-'));
    await expect(transform(fence('flowchart TD\n  A --> B'), cacheDir)).rejects.toThrow(
      /docs\/example\.md:1: this Mermaid diagram has no accTitle and no accDescr/,
    );
  });

  it('fails on a diagram without an "In words" text equivalent, naming the file', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'diagrams-'));
    await expect(
      transform(
        fence('flowchart TD\n  accTitle: T\n  accDescr: D.\n  A --> B', 'Some other paragraph.'),
        cacheDir,
      ),
    ).rejects.toThrow(/docs\/example\.md:1: this Mermaid diagram needs a text equivalent right after it/);
  });

  it('fails on a Mermaid syntax error, naming the file and the error', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'diagrams-'));
    await expect(
      transform(fence('flowchart TD\n  accTitle: Broken\n  accDescr: Broken.\n  A -->> --> B[[['), cacheDir),
    ).rejects.toThrow(
      /docs\/example\.md:1: this Mermaid diagram could not be rendered\.\n.*(Parse error|error)/is,
    );
  });
});
