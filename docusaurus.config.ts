import path from 'node:path';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeMermaidSvg from './plugins/rehype-mermaid-svg';
import diagramPlugin from './plugins/rehype-mermaid-svg/plugin';
import remarkCitations from './plugins/remark-citations';
import remarkGlossaryTerms from './plugins/remark-glossary-terms';
import remarkChecks from './plugins/remark-checks';
import remarkCycle from './plugins/remark-cycle';
import { siteLocation } from './plugins/site-location';
import bundleTuning from './plugins/bundle-tuning';
import pageScripts from './plugins/page-scripts';
import katexStylesheet from './plugins/katex-stylesheet';
import rehypeKatexStylesheet from './plugins/katex-stylesheet/rehype';
import { katexPackage, katexStylesheetPath } from './plugins/katex-stylesheet/assets';
import courseStructure from './plugins/course-structure';
import offline from './plugins/offline';
import { chromiumLaunchOptions, findChromium } from './scripts/find-browser.cjs';

const { url, baseUrl } = siteLocation(process.env);
const LESSONS_PATH = 'learn';

const remarkPlugins = [
  remarkMath,
  // The plugins read the bibliography and glossary themselves: plugin options end up in the
  // client bundle's copy of the site config, and the data would be shipped to every reader.
  remarkCitations,
  [remarkGlossaryTerms, { glossaryPath: `/${LESSONS_PATH}/wrap-up/glossary` }],
];
const diagramOptions = {
  cacheDir: path.join(__dirname, 'node_modules/.cache/course-diagrams'),
  launchOptions: chromiumLaunchOptions,
};
// A production build puts each diagram's SVG into the built HTML (plugins/rehype-mermaid-svg/
// plugin.ts); the dev server has no built HTML, so there the SVG travels inside the page.
const inlineDiagrams = process.env.NODE_ENV !== 'production';
const rehypePlugins = [
  [rehypeMermaidSvg, { ...diagramOptions, inline: inlineDiagrams }],
  rehypeKatex,
  [rehypeKatexStylesheet, { href: `/${katexStylesheetPath(katexPackage().version)}` }],
];

export default async function createConfigAsync(): Promise<Config> {
  // A wrong CHROMIUM_PATH is an error even when every diagram is cached and no browser starts.
  findChromium();
  return {
    title: 'Insulin Resistance & Inflammation',
    tagline: 'A free, open course on how insulin resistance and chronic inflammation feed each other',
    favicon: 'img/favicon.svg',
    url,
    baseUrl,
    trailingSlash: false,
    onBrokenLinks: 'throw',
    onBrokenAnchors: 'throw',
    onDuplicateRoutes: 'throw',
    future: {
      // Every v4 flag but CSS cascade layers: their polyfilled output ranks Infima's variables above
      // src/css/custom.css, so the course's accessible colours were silently ignored (seen in axe).
      v4: {
        removeLegacyPostBuildHeadAttribute: true,
        useCssCascadeLayers: false,
        siteStorageNamespacing: true,
        fasterByDefault: true,
        mdx1CompatDisabledByDefault: true,
      },
      faster: {
        swcJsLoader: true,
        swcJsMinimizer: true,
        // The SWC HTML minifier rewrites the CSS inside each diagram's <style>, so the static
        // HTML no longer matched what React hydrates (React error #418). html-minifier-terser,
        // as Docusaurus configures it, leaves <style> text alone.
        swcHtmlMinimizer: false,
        lightningCssMinimizer: true,
        mdxCrossCompilerCache: true,
        rspackBundler: true,
        rspackPersistentCache: true,
        ssgWorkerThreads: true,
        gitEagerVcs: true,
      },
    },
    i18n: { defaultLocale: 'en', locales: ['en'] },
    markdown: {
      format: 'detect',
      hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
    },
    clientModules: [
      require.resolve('./src/clientModules/trackVisits.ts'),
      require.resolve('./src/clientModules/printInLight.ts'),
      require.resolve('./src/clientModules/scrollRegions.ts'),
    ],
    presets: [
      [
        'classic',
        {
          docs: {
            path: 'docs',
            routeBasePath: LESSONS_PATH,
            sidebarPath: './sidebars.ts',
            // `::check{id="…"}` lines: questions of the module's checks.ts inside its lessons;
            // `::cycle`: the vicious-cycle explorer (src/data/cycle.ts).
            beforeDefaultRemarkPlugins: [
              ...remarkPlugins,
              remarkChecks,
              [remarkCycle, { routeBase: LESSONS_PATH }],
            ],
            rehypePlugins,
            showLastUpdateTime: false,
            // `:::deeper[…]` and `:::case[…]` blocks (src/theme/Admonition/Types.tsx).
            admonitions: { keywords: ['deeper', 'case'], extendDefaults: true },
          },
          blog: false,
          pages: { beforeDefaultRemarkPlugins: remarkPlugins, rehypePlugins },
          theme: { customCss: './src/css/custom.css' },
          sitemap: { lastmod: null, changefreq: null, priority: null },
        } satisfies Preset.Options,
      ],
    ],
    plugins: [
      bundleTuning,
      pageScripts,
      katexStylesheet,
      courseStructure,
      (context) => diagramPlugin(context, { ...diagramOptions, contentDirs: ['docs', 'src/pages'] }),
      // sw.js and the web app manifest: the whole course readable offline after a first visit.
      (context) =>
        offline(context, {
          shortName: 'IR & Inflammation',
          themeColor: '#2b5f8a',
          darkThemeColor: '#242526',
          backgroundColor: '#ffffff',
        }),
    ],
    themes: [
      [
        '@easyops-cn/docusaurus-search-local',
        {
          hashed: true,
          indexBlog: false,
          docsRouteBasePath: LESSONS_PATH,
          highlightSearchTermsOnTargetPage: false,
          explicitSearchResultPath: true,
        },
      ],
    ],
    themeConfig: {
      colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
      navbar: {
        title: 'IR & Inflammation',
        logo: { alt: 'Course logo: a circular arrow', src: 'img/logo.svg' },
        items: [
          { type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Lessons' },
          { to: '/learn/wrap-up/glossary', label: 'Glossary', position: 'left' },
          { to: '/progress', label: 'Progress', position: 'left' },
          // The Review link with the number of questions due (src/theme/NavbarItem/ComponentTypes.tsx).
          { type: 'custom-review', position: 'left' },
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Course',
            items: [
              { label: 'Start the course', to: '/learn/welcome' },
              { label: 'Glossary', to: '/learn/wrap-up/glossary' },
              { label: 'References', to: '/learn/wrap-up/references' },
            ],
          },
          { title: 'You', items: [{ label: 'Your progress', to: '/progress' }] },
          { title: 'Teach', items: [{ label: 'For teachers', to: '/teachers' }] },
        ],
        copyright:
          'Educational material only, not medical advice. Progress is stored in your browser and never sent anywhere.',
      },
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    } satisfies Preset.ThemeConfig,
  };
}
