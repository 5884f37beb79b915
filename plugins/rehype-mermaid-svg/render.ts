// Renders Mermaid sources to SVG strings in a headless Chromium, with an on-disk cache
// keyed by content hash so rebuilds and `npm start` only render what changed.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
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

  /**
   * Renders many diagrams in one theme with a single renderer call: each call loads Mermaid into
   * a fresh page, which cost about 2 s per diagram when they were rendered one by one.
   */
  async function renderTheme(
    codes: string[],
    keys: string[],
    theme: DiagramTheme,
  ): Promise<(string | Error)[]> {
    const prefix = `batch-${theme}`;
    const results = await getRenderer()(codes, { mermaidConfig: diagramThemes[theme], prefix });
    return codes.map((_, index) => {
      const result = results[index];
      if (!result) return new DiagramRenderError('Mermaid returned no result');
      if (result.status === 'rejected') {
        const reason: unknown = result.reason;
        return new DiagramRenderError(reason instanceof Error ? reason.message : String(reason));
      }
      // Ids must not depend on the batch: make them unique per diagram and theme.
      const batchId = new RegExp(`${prefix}-${index}(?![0-9])`, 'g');
      return result.value.svg.replace(batchId, `diagram-${(keys[index] ?? '').slice(0, 10)}-${theme}`);
    });
  }

  /** The cache key of a diagram: its text plus everything that changes how it renders. */
  const keyOf = (code: string) => cacheKey(code, { mermaidVersion, diagramThemes });

  /** A cached rendering, read synchronously (for the post-build step); undefined if absent. */
  function cached(key: string): RenderedDiagram | undefined {
    try {
      return JSON.parse(readFileSync(path.join(cacheDir, `${key}.json`), 'utf8')) as RenderedDiagram;
    } catch {
      return undefined;
    }
  }

  async function readCache(key: string): Promise<RenderedDiagram | undefined> {
    try {
      return JSON.parse(await readFile(path.join(cacheDir, `${key}.json`), 'utf8')) as RenderedDiagram;
    } catch {
      return undefined; // not cached yet (or unreadable): render it
    }
  }

  /**
   * Renders diagrams in every theme, from the cache when possible. Each entry is the rendering
   * or the error Mermaid gave for that diagram (a syntax error in one never hides the others).
   */
  async function renderAll(codes: readonly string[]): Promise<(RenderedDiagram | Error)[]> {
    const keys = codes.map(keyOf);
    const out: (RenderedDiagram | Error | undefined)[] = await Promise.all(keys.map(readCache));
    const missing = out.flatMap((value, index) => (value === undefined ? [index] : []));
    if (missing.length > 0) {
      const missingCodes = missing.map((index) => codes[index] ?? '');
      const missingKeys = missing.map((index) => keys[index] ?? '');
      const [light, dark] = await Promise.all([
        renderTheme(missingCodes, missingKeys, 'light'),
        renderTheme(missingCodes, missingKeys, 'dark'),
      ]);
      await mkdir(cacheDir, { recursive: true });
      await Promise.all(
        missing.map(async (index, i) => {
          const [l, d] = [light[i], dark[i]];
          if (typeof l !== 'string' || typeof d !== 'string') {
            // Both themes parse the same source, so either error tells what is wrong.
            out[index] =
              [l, d].find((value) => value instanceof Error) ?? new DiagramRenderError('no result');
            return;
          }
          const rendered: RenderedDiagram = { light: l, dark: d };
          out[index] = rendered;
          await writeFile(path.join(cacheDir, `${keys[index]}.json`), JSON.stringify(rendered));
        }),
      );
    }
    return out.map((value) => value ?? new DiagramRenderError('no result'));
  }

  return { renderAll, keyOf, cached };
}
