// Docusaurus plugin: corrections to the bundler configuration, each found by a test or a measurement.
// 1. One Rspack persistent cache per base URL. Docusaurus's cache version ignores `baseUrl`, so
//    after a build for `/` a build for `/course-under-test/` reused CSS whose font URLs still
//    pointed at `/assets/...` (the KaTeX fonts 404ed in the end-to-end tests).
// 2. Fonts are never inlined into the CSS. url-loader inlined KaTeX's small fonts as base64 (all
//    three formats), which made the render-blocking stylesheet 105 KiB gzip; as files, a browser
//    downloads only the woff2 it needs, and only on pages with formulas.
// 3. No Prism on any page. theme-classic always loads its `prism-include-languages` client module,
//    which imports the prism-react-renderer highlighter and Prism's language list (about 110 KB of
//    JavaScript before gzip). The course has no program code, and src/theme/CodeBlock renders code
//    as plain text, so that module is replaced by an empty one.
// 4. Links load the next page's code on intent, not on sight. Docusaurus prefetches the chunks of
//    every internal link that scrolls into view: about 75 KiB gzip more on a phone for one lesson
//    page, most of it for pages the reader never opens. Its prefetch helper is replaced by a no-op;
//    pointing at or touching a link still preloads that page (Docusaurus's `preload`), so
//    navigation stays quick.
// 5. The app starts in steps (production browser bundle only). Docusaurus's client entry loaded
//    React DOM and the app, preloaded the page's modules and started hydration in one task of
//    ~250 ms on Lighthouse's phone CPU, the largest part of a lesson's Total Blocking Time.
//    plugins/client-entry.tsx does the same steps, each in a new task (lesson pages 0.90-0.93 ->
//    0.92-0.99 in paired Lighthouse runs). The dev server keeps the original, with hot reload.
// 6. Pages are rendered to HTML with renderToString (server bundle): React 18's streaming renderer
//    can put NUL characters into pages where a multi-byte character meets a 2048-byte chunk
//    boundary (plugins/render-to-html.ts; a built quiz page had two).
// 7. The quiz engine is a chunk of its own, loaded only by the pages that show a question (quiz
//    pages, lessons with checks, progress, review). Docusaurus's `common` group gathers every module
//    used by half the pages into one chunk that most pages then load whole: with checks in every
//    lesson the engine qualified, and the welcome, glossary and landing pages loaded it too.
// bundle-tuning.test.ts checks every pattern against the installed file it must replace.
import path from 'node:path';
import type { Plugin, LoadContext } from '@docusaurus/types';

interface PersistentCache {
  version?: string;
}

interface LoaderRule {
  test?: unknown;
  use?: { loader?: string; options?: Record<string, unknown> }[];
}

/**
 * The modules of the quiz engine (the question views and the logic only they use): one async chunk,
 * above `common`. The site shell (navbar, sidebar, visit tracking) also uses a few src/quiz modules;
 * those stay out, or every page would load the engine with them (scripts/check-build.mjs checks it).
 */
const ENGINE = /[\\/]src[\\/](?:quiz|components[\\/](?:Quiz|InlineCheck))[\\/]/;
const SHELL = /[\\/](?:pages|visits|progress|progressStore|storage|review|days|useCourseStorage)\.tsx?$/;

export const QUIZ_ENGINE_GROUP = {
  name: 'quiz-engine',
  test(module: object): boolean {
    const { resource } = module as { resource?: unknown };
    return typeof resource === 'string' && ENGINE.test(resource) && !SHELL.test(resource);
  },
  chunks: 'async' as const,
  minChunks: 1,
  priority: 45,
  enforce: true,
};

/** The vicious-cycle explorer's code: one async chunk shared by the pages that show it. */
export const CYCLE_EXPLORER_GROUP = {
  name: 'cycle-explorer',
  test: /[\\/]src[\\/]components[\\/]CycleExplorer[\\/]/,
  chunks: 'async' as const,
  minChunks: 1,
  priority: 45,
  enforce: true,
};

export default function bundleTuning(context: LoadContext): Plugin {
  return {
    name: 'bundle-tuning',
    configureWebpack(config, isServer, { currentBundler }) {
      const experiments = config.experiments as { cache?: PersistentCache | boolean } | undefined;
      const cache = experiments?.cache;
      if (cache && typeof cache === 'object') {
        cache.version = `${cache.version ?? ''}-base:${context.baseUrl}`;
      }
      for (const rule of (config.module?.rules ?? []) as LoaderRule[]) {
        if (!(rule?.test instanceof RegExp) || !rule.test.test('font.woff2')) continue;
        for (const use of rule.use ?? []) {
          if (use.loader?.includes('url-loader') && use.options) use.options.limit = false;
        }
      }
      return {
        ...(isServer
          ? {}
          : {
              optimization: {
                splitChunks: {
                  cacheGroups: { quizEngine: QUIZ_ENGINE_GROUP, cycleExplorer: CYCLE_EXPLORER_GROUP },
                },
              },
            }),
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /theme-classic[\\/]lib[\\/]prism-include-languages/,
            path.join(__dirname, 'empty-client-module.js'),
          ),
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/,
            path.join(__dirname, 'empty-prefetch.js'),
          ),
          ...(isServer
            ? [
                new currentBundler.instance.NormalModuleReplacementPlugin(
                  /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]renderToHtml\.js$/,
                  path.join(__dirname, 'render-to-html.ts'),
                ),
              ]
            : []),
          ...(isServer || process.env.NODE_ENV !== 'production'
            ? []
            : [
                new currentBundler.instance.NormalModuleReplacementPlugin(
                  /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]clientEntry\.js$/,
                  path.join(__dirname, 'client-entry.tsx'),
                ),
              ]),
        ],
      };
    },
  };
}
