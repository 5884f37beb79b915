// Docusaurus plugin: the course works offline after a first visit (production build only).
// postBuild writes, beside the built pages:
// - sw.js: the service worker (./worker.js, bundled with Workbox by the same bundler as the site)
//   with the list of every file to keep (./manifest.ts) and their revisions;
// - manifest.webmanifest: makes the course installable (icons in static/img/).
// The page links the manifest and registers the worker after it has loaded
// (src/components/OfflineStatus); the theme colours are in every page's head.
//
// Timing: Docusaurus starts every plugin's postBuild at once. The plugins that rewrite pages
// (page-scripts, the diagrams) do it synchronously, so they have finished by the time this one
// resumes after its first `await`. The search plugin writes search-index.json asynchronously,
// from the pages' text: it is listed by name, with a revision derived from the pages.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compile, getCurrentBundler } from '@docusaurus/bundler';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { filesIn } from '../files';
import { cacheId, precacheEntries, webManifest } from './manifest';

const NOT_FOUND = '404';

export interface OfflineOptions {
  shortName: string;
  themeColor: string;
  darkThemeColor: string;
  backgroundColor: string;
}

async function bundleWorker(context: LoadContext): Promise<string> {
  const currentBundler = await getCurrentBundler({ siteConfig: context.siteConfig });
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'course-sw-'));
  try {
    await compile({
      currentBundler,
      configs: [
        {
          name: 'service-worker',
          mode: 'production',
          target: 'webworker',
          entry: path.join(__dirname, 'worker.js'),
          output: { path: outDir, filename: 'sw.js' },
          devtool: false,
          performance: { hints: false },
        },
      ],
    });
    return readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function builtFiles(outDir: string): { path: string; bytes: Uint8Array }[] {
  return filesIn(outDir, /./)
    .filter((file) => statSync(file).isFile())
    .map((file) => ({
      path: path.relative(outDir, file).split(path.sep).join('/'),
      bytes: readFileSync(file),
    }));
}

export default function offline(context: LoadContext, options: OfflineOptions): Plugin {
  const { baseUrl, siteConfig } = context;
  return {
    name: 'offline',
    injectHtmlTags() {
      return {
        headTags: [
          { tagName: 'link', attributes: { rel: 'apple-touch-icon', href: `${baseUrl}img/icon-192.png` } },
          {
            tagName: 'meta',
            attributes: {
              name: 'theme-color',
              media: '(prefers-color-scheme: light)',
              content: options.themeColor,
            },
          },
          {
            tagName: 'meta',
            attributes: {
              name: 'theme-color',
              media: '(prefers-color-scheme: dark)',
              content: options.darkThemeColor,
            },
          },
        ],
      };
    },
    async postBuild({ outDir }) {
      const worker = await bundleWorker(context);
      writeFileSync(
        path.join(outDir, 'manifest.webmanifest'),
        JSON.stringify(
          webManifest({
            name: siteConfig.title,
            shortName: options.shortName,
            description: siteConfig.tagline,
            themeColor: options.themeColor,
            backgroundColor: options.backgroundColor,
          }),
          null,
          2,
        ),
      );
      const entries = precacheEntries(builtFiles(outDir), baseUrl);
      const course = { cacheId: cacheId(baseUrl), notFound: `${baseUrl}${NOT_FOUND}`, entries };
      writeFileSync(
        path.join(outDir, 'sw.js'),
        `self.__COURSE_OFFLINE=${JSON.stringify(course)};\n${worker}`,
      );
    },
  };
}
