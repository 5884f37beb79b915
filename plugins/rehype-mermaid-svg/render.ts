// Renders Mermaid sources to SVG strings in a headless Chromium, with an on-disk cache
// keyed by content hash so rebuilds and `npm start` only render what changed.
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LaunchOptions } from 'playwright';
import type { MermaidRenderer } from 'mermaid-isomorphic';
import { cacheKey } from './source';
import { diagramThemes, type DiagramTheme } from './themes';

// mermaid-isomorphic is an ES module that uses import.meta, which Docusaurus's config loader
// cannot transpile; Node >= 20.19 can require() it natively, so load it this way, lazily.
const nodeRequire = createRequire(__filename);

export type RenderedDiagram = Record<DiagramTheme, string>;

export interface RendererOptions {
  cacheDir: string;
  launchOptions: () => LaunchOptions;
}

export class DiagramRenderError extends Error {}

export function createDiagramRenderer({ cacheDir, launchOptions }: RendererOptions) {
  let renderer: MermaidRenderer | undefined;
  const mermaidVersion = (nodeRequire('mermaid/package.json') as { version: string }).version;

  function getRenderer(): MermaidRenderer {
    if (!renderer) {
      const { createMermaidRenderer } = nodeRequire(
        'mermaid-isomorphic',
      ) as typeof import('mermaid-isomorphic');
      renderer = createMermaidRenderer({ launchOptions: launchOptions() });
    }
    return renderer;
  }

  async function renderTheme(code: string, theme: DiagramTheme, key: string): Promise<string> {
    const [result] = await getRenderer()([code], {
      mermaidConfig: diagramThemes[theme],
      // Distinct ids per diagram and theme: both renderings share one page.
      prefix: `diagram-${key.slice(0, 10)}-${theme}`,
    });
    if (!result) throw new DiagramRenderError('Mermaid returned no result');
    if (result.status === 'rejected') {
      const reason: unknown = result.reason;
      throw new DiagramRenderError(reason instanceof Error ? reason.message : String(reason));
    }
    return result.value.svg;
  }

  /** Renders one diagram in every theme, from the cache when possible. */
  async function render(code: string): Promise<RenderedDiagram> {
    const key = cacheKey(code, { mermaidVersion, diagramThemes });
    const cacheFile = path.join(cacheDir, `${key}.json`);
    try {
      return JSON.parse(await readFile(cacheFile, 'utf8')) as RenderedDiagram;
    } catch {
      // Not cached yet (or unreadable): render it.
    }
    const rendered: RenderedDiagram = {
      light: await renderTheme(code, 'light', key),
      dark: await renderTheme(code, 'dark', key),
    };
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cacheFile, JSON.stringify(rendered));
    return rendered;
  }

  return { render };
}
