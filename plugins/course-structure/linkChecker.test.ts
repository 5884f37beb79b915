// @vitest-environment node
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { builtHtmlLinkChecker } from './linkChecker';

describe('builtHtmlLinkChecker', () => {
  it('finds pages in both output forms and anchors with or without quotes', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'built-'));
    await mkdir(path.join(outDir, 'learn/module'), { recursive: true });
    await writeFile(
      path.join(outDir, 'learn/module/lesson.html'),
      '<h2 id="jnk-blocks-irs-1">x</h2><p id=plain>y',
    );
    await writeFile(path.join(outDir, 'learn/module/index.html'), '<h1 id="top">Module</h1>');
    const links = builtHtmlLinkChecker(outDir);

    expect(links.pageExists('/learn/module/lesson')).toBe(true);
    expect(links.pageExists('/learn/module')).toBe(true);
    expect(links.pageExists('/learn/module/missing')).toBe(false);
    expect(links.anchorExists('/learn/module/lesson', 'jnk-blocks-irs-1')).toBe(true);
    expect(links.anchorExists('/learn/module/lesson', 'plain')).toBe(true);
    expect(links.anchorExists('/learn/module/lesson', 'jnk')).toBe(false);
    expect(links.anchorExists('/learn/module/missing', 'top')).toBe(false);
  });
});
