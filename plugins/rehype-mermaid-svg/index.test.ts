// @vitest-environment node
// Renders real diagrams in the project's Chromium: this is the build-time path, not a mock.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import type { Root } from 'hast';
import { chromiumLaunchOptions } from '../../scripts/find-browser.cjs';
import rehypeMermaidSvg from './index';

async function transform(markdown: string, cacheDir: string, inline = false): Promise<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeMermaidSvg, { cacheDir, launchOptions: chromiumLaunchOptions, inline });
  const file = new VFile({ path: path.join(process.cwd(), 'docs/example.md'), value: markdown });
  return processor.run(processor.parse(file), file);
}

const fence = (body: string, words = '**In words:** the diagram in a sentence.') =>
  '```mermaid\n' + body + '\n```\n\n' + words + '\n';

describe('rehype-mermaid-svg', { timeout: 60_000 }, () => {
  const twoSteps = fence(
    'flowchart TD\n  accTitle: Two steps\n  accDescr: A leads to B.\n  A[Start] --> B[End]',
  );
  const diagramElements = (tree: Root) =>
    tree.children.filter((node) => node.type === 'mdxJsxFlowElement' && node.name === 'Diagram');
  const attributes = (node: unknown) =>
    Object.fromEntries(
      (node as { attributes: { name: string; value: string }[] }).attributes.map((a) => [a.name, a.value]),
    );

  it('replaces a diagram with <Diagram id> naming its cached rendering (one SVG per theme)', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'diagrams-'));
    const tree = await transform(twoSteps, cacheDir);
    const [diagram, ...others] = diagramElements(tree);
    expect(others).toHaveLength(0);
    const { id, html } = attributes(diagram);
    expect(html).toBeUndefined(); // the production build adds the SVG to the built HTML instead
    expect(JSON.stringify(tree)).not.toContain('language-mermaid');
    expect(await readdir(cacheDir)).toEqual([`${id}.json`]);
    const cached = JSON.parse(await readFile(path.join(cacheDir, `${id}.json`), 'utf8')) as object;
    expect(Object.keys(cached).sort()).toEqual(['dark', 'light']);
    expect(JSON.stringify(cached)).toContain('<svg');
  });

  it('passes the markup inline for the dev server: one SVG whose colours follow the theme', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'diagrams-'));
    const { html } = attributes(diagramElements(await transform(twoSteps, cacheDir, true))[0]);
    // Mermaid's two drawings differ only in colour, so they become one (themed.ts).
    expect(html).toMatch(/^<div class="diagram__svg"><svg[\s\S]*<\/svg><\/div>$/);
    expect(html?.match(/<svg/g)).toHaveLength(1);
    expect(html).toMatch(/\[data-theme='dark'\] #diagram-[0-9a-f]+\{--dg0:/);
    expect(html).toContain('Two steps');
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

  it('fails on a Mermaid syntax error, naming the file, the line in the file and the error', async () => {
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'diagrams-'));
    await expect(
      transform(fence('flowchart TD\n  accTitle: Broken\n  accDescr: Broken.\n  A -->> --> B[[['), cacheDir),
    ).rejects.toThrow(
      // The fence is line 1; the broken line is the diagram's line 4, so line 5 of the file.
      /^docs\/example\.md:5: Mermaid could not draw this diagram \(a syntax error\)\. Mermaid says:\nParse error on line 4/,
    );
  });
});
