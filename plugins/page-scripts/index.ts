// Docusaurus plugin: how each built page gets its JavaScript (production build only).
// - manifest.ts: the page's own chunks are listed in its HTML, as Docusaurus intends (they were
//   missing with Rspack, so main.js had to discover them after it ran);
// - html.ts: those scripts are fetched after the page has loaded, so the text comes first.
// The dev server renders in the browser and is left as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { rewritePages } from '../files';
import { keyByRequest, type ClientManifest, type StatsChunk } from './manifest';
import { loadScriptsAfterPageLoad } from './html';

interface Compilation {
  getStats(): { toJson(options: Record<string, boolean>): { chunks?: StatsChunk[] } };
}
interface Compiler {
  hooks: { afterEmit: { tap(name: string, callback: (compilation: Compilation) => void): void } };
}

const NAME = 'page-scripts';

export default function pageScripts(context: LoadContext): Plugin {
  const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
  return {
    name: NAME,
    configureWebpack(_config, isServer) {
      if (isServer || process.env.NODE_ENV !== 'production') return {};
      return {
        plugins: [
          {
            // afterEmit: Docusaurus's manifest plugin writes the file during `emit`.
            apply(compiler: Compiler) {
              compiler.hooks.afterEmit.tap(NAME, (compilation) => {
                const { chunks = [] } = compilation
                  .getStats()
                  .toJson({ all: false, chunks: true, chunkOrigins: true, ids: true });
                const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ClientManifest;
                writeFileSync(manifestPath, JSON.stringify(keyByRequest(manifest, chunks)));
              });
            },
          },
        ],
      };
    },
    // Synchronous, like the diagram plugin's: no other plugin's postBuild can read a page while
    // it is half rewritten.
    postBuild({ outDir }) {
      rewritePages(outDir, loadScriptsAfterPageLoad);
      return Promise.resolve();
    },
  };
}
