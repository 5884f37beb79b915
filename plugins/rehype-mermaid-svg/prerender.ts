// Docusaurus plugin: renders every not-yet-cached diagram of the site in one batch before the
// Markdown is compiled. Compiled one file at a time, diagrams each waited for a browser launch
// (about 50 s of a 67 s cold build here); in one batch they share a single browser. Problems are
// left to the rehype plugin, which reports them with the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { createDiagramRenderer, type RendererOptions } from './render';
import { missingAccessibility } from './source';

const MERMAID_FENCE = /^```mermaid[^\n]*\n([\s\S]*?)\n```/gm;

export function diagramSources(text: string): string[] {
  return [...text.matchAll(MERMAID_FENCE)].map((match) => match[1] ?? '');
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((file) => /\.mdx?$/.test(file));
}

export interface PrerenderOptions extends RendererOptions {
  contentDirs: string[];
}

export default function diagramPrerender(context: LoadContext, options: PrerenderOptions): Plugin {
  return {
    name: 'diagram-prerender',
    async loadContent() {
      const renderer = createDiagramRenderer(options);
      const codes = options.contentDirs
        .flatMap((dir) => markdownFiles(path.join(context.siteDir, dir)))
        .flatMap((file) => diagramSources(readFileSync(file, 'utf8')))
        .filter((code) => missingAccessibility(code).length === 0);
      // One batch; a broken diagram comes back as an Error and is reported by the rehype plugin.
      await renderer.renderAll(codes);
    },
  };
}
