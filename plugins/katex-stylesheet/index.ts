// Docusaurus plugin: KaTeX's stylesheet and fonts, served by the site itself (no CDN) from the
// katex that rehype-katex uses, and loaded only by pages with formulas (see rehype.ts).
// - production build: copies katex.min.css and its fonts to assets/katex-<version>/;
// - dev server: there is no build folder to copy to, so the stylesheet is bundled on every page.
// - production build: each page with formulas links the stylesheet as a plain <link>, out of
//   react-helmet's hands (see html.ts).
import { cpSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { rewritePages } from '../files';
import { katexPackage, katexStylesheetPath } from './assets';
import { linkKatexStylesheetStatically } from './html';

export default function katexStylesheet(): Plugin {
  const { version, dist } = katexPackage();
  return {
    name: 'katex-stylesheet',
    getClientModules() {
      return process.env.NODE_ENV === 'production' ? [] : [path.join(dist, 'katex.min.css')];
    },
    // Synchronous, like the other plugins that rewrite pages (see plugins/offline/index.ts).
    postBuild({ outDir }) {
      const target = path.join(outDir, path.dirname(katexStylesheetPath(version)));
      cpSync(path.join(dist, 'katex.min.css'), path.join(target, 'katex.min.css'));
      cpSync(path.join(dist, 'fonts'), path.join(target, 'fonts'), { recursive: true });
      rewritePages(outDir, linkKatexStylesheetStatically);
      return Promise.resolve();
    },
  };
}
