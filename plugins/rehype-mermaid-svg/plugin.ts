// Docusaurus plugin around the diagram rehype plugin (index.ts):
// - loadContent: renders every not-yet-cached diagram of the site in one batch before the Markdown
//   is compiled. Compiled one file at a time, diagrams each waited for a browser launch (about
//   50 s of a 67 s cold build here); in one batch they share a single browser. Problems are left
//   to the rehype plugin, which reports them with the file and line.
// - postBuild: puts each diagram's SVG into the built pages' empty placeholders and writes the
//   JSON file that client-side navigation loads (markup.ts says why).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { filesIn } from '../files';
import { createDiagramRenderer, type RendererOptions } from './render';
import { missingAccessibility } from './source';
import { diagramAssetPath, diagramMarkup, fillPlaceholders } from './markup';

const MERMAID_FENCE = /^```mermaid[^\n]*\n([\s\S]*?)\n```/gm;

export function diagramSources(text: string): string[] {
  return [...text.matchAll(MERMAID_FENCE)].map((match) => match[1] ?? '');
}

export interface DiagramPluginOptions extends RendererOptions {
  contentDirs: string[];
}

export default function diagramPlugin(context: LoadContext, options: DiagramPluginOptions): Plugin {
  const renderer = createDiagramRenderer(options);
  return {
    name: 'course-diagrams',
    async loadContent() {
      const codes = options.contentDirs
        .flatMap((dir) => filesIn(path.join(context.siteDir, dir), /\.mdx?$/))
        .flatMap((file) => diagramSources(readFileSync(file, 'utf8')))
        .filter((code) => missingAccessibility(code).length === 0);
      // One batch; a broken diagram comes back as an Error and is reported by the rehype plugin.
      await renderer.renderAll(codes);
    },
    // Synchronous on purpose: Docusaurus starts every plugin's postBuild at once, and the search
    // plugin (a theme, so started after this plugin) indexes the built pages. Doing all of this
    // before returning means it always indexes the pages with their diagrams in place.
    postBuild({ outDir }) {
      const used = new Map<string, string>();
      const markupFor = (key: string) => {
        if (!used.has(key)) {
          const rendered = renderer.cached(key);
          if (!rendered) return undefined;
          used.set(key, diagramMarkup(rendered));
        }
        return used.get(key);
      };
      for (const file of filesIn(outDir, /\.html$/)) {
        const html = readFileSync(file, 'utf8');
        if (!html.includes('data-diagram=')) continue;
        const filled = fillPlaceholders(html, markupFor, path.relative(context.siteDir, file));
        writeFileSync(file, filled.html);
      }
      for (const [key, markup] of used) {
        const target = path.join(outDir, diagramAssetPath(key));
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, JSON.stringify({ html: markup }));
      }
      return Promise.resolve();
    },
  };
}
