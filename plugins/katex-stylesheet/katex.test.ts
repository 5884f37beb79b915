// @vitest-environment node
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import katexStylesheet from './index';
import rehypeKatexStylesheet from './rehype';
import { katexPackage, katexStylesheetPath } from './assets';

const require = createRequire(import.meta.url);

describe('katexPackage', () => {
  // A stylesheet from another katex version than the one that rendered the formulas shows as
  // misplaced glyphs. This checks what npm actually installed.
  it('is the katex that rehype-katex renders with', () => {
    const rehypeKatexDir = path.dirname(path.dirname(require.resolve('rehype-katex')));
    const katexOfRehype = createRequire(path.join(rehypeKatexDir, 'index.js')).resolve('katex/package.json');
    const { version, dist } = katexPackage();
    expect(dist).toBe(path.join(path.dirname(katexOfRehype), 'dist'));
    expect(version).toBe((JSON.parse(readFileSync(katexOfRehype, 'utf8')) as { version: string }).version);
    expect(katexStylesheetPath(version)).toBe(`assets/katex-${version}/katex.min.css`);
  });
});

describe('rehypeKatexStylesheet', () => {
  const run = async (markdown: string) => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkRehype)
      .use(rehypeKatex)
      .use(rehypeKatexStylesheet, { href: '/assets/katex-x/katex.min.css' });
    return processor.run(processor.parse(markdown));
  };

  it('adds <KatexStylesheet href> at the top of a page with a formula', async () => {
    const tree = await run('Intro.\n\n$$\n\\text{HOMA-IR} = \\frac{I \\times G}{22.5}\n$$\n');
    expect(tree.children[0]).toMatchObject({
      type: 'mdxJsxFlowElement',
      name: 'KatexStylesheet',
      attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/assets/katex-x/katex.min.css' }],
    });
  });

  it('leaves a page without formulas alone', async () => {
    const tree = await run('No formula here, only a price of $5.');
    expect(JSON.stringify(tree)).not.toContain('KatexStylesheet');
  });
});

describe('the katex-stylesheet plugin after a build', () => {
  it('copies the stylesheet and every font it refers to', async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'katex-'));
    const plugin = katexStylesheet();
    type PostBuildProps = Parameters<NonNullable<typeof plugin.postBuild>>[0];
    await plugin.postBuild?.({ outDir } as PostBuildProps);
    const css = path.join(outDir, katexStylesheetPath(katexPackage().version));
    const fonts = [...readFileSync(css, 'utf8').matchAll(/url\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(fonts.length).toBeGreaterThan(20);
    for (const font of fonts) expect(existsSync(path.join(path.dirname(css), font)), font).toBe(true);
  });

  it('bundles the stylesheet only on the dev server, which has no build folder', () => {
    const modules = () => katexStylesheet().getClientModules?.() ?? [];
    vi.stubEnv('NODE_ENV', 'development');
    expect(modules()).toEqual([path.join(katexPackage().dist, 'katex.min.css')]);
    vi.stubEnv('NODE_ENV', 'production');
    expect(modules()).toEqual([]);
    vi.unstubAllEnvs();
  });
});
