// @vitest-environment node
// The build replaces, forks or depends on the exact shape of a few files inside Docusaurus and its
// dependencies. An upgrade that changes one of them may silently break what this project does with
// it (or leave our fork behind the original), so each installed original is pinned by its hash. When
// this test fails after an upgrade, read the upgraded file, review the project file the message
// names, then update the hash here.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

interface Pinned {
  /** Package name and the file's path inside it. */
  pkg: string;
  file: string;
  /** First 16 hex digits of the file's SHA-256 as installed when it was last reviewed. */
  sha256: string;
  /** What in this project depends on the file and must be reviewed when it changes. */
  review: string;
}

const PINNED: Pinned[] = [
  {
    pkg: '@docusaurus/core',
    file: 'lib/client/browserContext.js',
    sha256: 'f0765ea0de6c6820',
    review: 'src/theme/Root (provides this context again, set in a transition; and its test stub)',
  },
  {
    pkg: '@docusaurus/core',
    file: 'lib/client/App.js',
    sha256: '1442f48492b53516',
    review: 'src/theme/Root (must stay inside BrowserContextProvider for its value to win)',
  },
  {
    pkg: '@docusaurus/core',
    file: 'lib/client/clientEntry.js',
    sha256: 'a9d6514eaf79c05c',
    review: 'plugins/client-entry.tsx (a fork of this file, swapped in by plugins/bundle-tuning.ts)',
  },
  {
    pkg: '@docusaurus/core',
    file: 'lib/client/prefetch.js',
    sha256: '7543271549a9882a',
    review: 'plugins/empty-prefetch.js (replaces it: same exports, no viewport prefetch)',
  },
  {
    pkg: '@docusaurus/theme-classic',
    file: 'lib/prism-include-languages.js',
    sha256: 'a464a26897ccb5b2',
    review: 'plugins/empty-client-module.js and src/theme/CodeBlock (Prism is left out)',
  },
  {
    pkg: '@docusaurus/core',
    file: 'lib/client/renderToHtml.js',
    sha256: '4d5277baa8caa445',
    review: 'plugins/render-to-html.ts (replaces it in the server bundle: renderToString, no NULs)',
  },
  {
    pkg: '@docusaurus/core',
    file: 'lib/ssg/ssgTemplate.js',
    sha256: 'faea0446fa8ceeb5',
    review: 'plugins/page-scripts/html.ts (rewrites the <script> tags this template writes)',
  },
  {
    pkg: 'react-loadable-ssr-addon-v5-slorber',
    file: 'lib/ReactLoadableSSRAddon.js',
    sha256: '3e3f7bf0ac88ab47',
    review: 'plugins/page-scripts/manifest.ts (adds request keys to the client manifest this writes)',
  },
  {
    pkg: 'react-loadable-ssr-addon-v5-slorber',
    file: 'lib/getBundles.js',
    sha256: '9eb9995782ab2736',
    review: 'plugins/page-scripts/manifest.ts (the manifest lookup it relies on)',
  },
  {
    pkg: '@docusaurus/theme-classic',
    file: 'lib/theme/DocCard/index.js',
    sha256: 'ed868923dd2135d3',
    review: 'src/theme/DocCard (a copy without emoji detection)',
  },
  {
    pkg: '@docusaurus/theme-classic',
    file: 'lib/theme/DocSidebar/index.js',
    sha256: '69735ac5be2d601a',
    review: 'src/theme/DocSidebar (a copy that switches desktop/phone in a transition)',
  },
  {
    pkg: '@docusaurus/theme-classic',
    file: 'lib/theme/DocSidebar/Mobile/index.js',
    sha256: 'aac2e5836058716a',
    review: 'src/theme/DocSidebar/Mobile (a copy passing one memoized key, built in a transition)',
  },
  {
    pkg: '@docusaurus/theme-classic',
    file: 'lib/theme/CodeBlock/index.js',
    sha256: '639f8655d319e123',
    review: 'src/theme/CodeBlock (plain-text code blocks without Prism)',
  },
  {
    pkg: '@docusaurus/theme-common',
    file: 'lib/contexts/navbarSecondaryMenu/content.js',
    sha256: 'f28c89217e58e739',
    review: 'src/theme/DocSidebar/Mobile (relies on NavbarSecondaryMenuFiller comparing props by key)',
  },
];

/** The folder of an installed package, found from Node's own lookup paths (exports maps aside). */
function packageDir(pkg: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const candidate = path.join(dir, pkg);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
  }
  throw new Error(`${pkg} is not installed`);
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
}

describe('files the build replaces or depends on are the reviewed versions', () => {
  it.each(PINNED)('$pkg/$file', ({ pkg, file, sha256: pinned, review }) => {
    const installed = path.join(packageDir(pkg), file);
    const actual = sha256(installed);
    if (actual !== pinned) {
      throw new Error(
        `${pkg}/${file} changed (sha256 ${actual}, reviewed ${pinned}): an upgrade changed a file this project ` +
          `replaces or depends on. Review ${review} against the new file, then update the hash in ` +
          `plugins/upgrade-guard.test.ts.`,
      );
    }
  });
});
