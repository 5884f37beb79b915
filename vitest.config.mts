import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Docusaurus-only modules, replaced in unit tests by small stand-ins under src/test/stubs/. */
const stub = (file: string) => fileURLToPath(new URL(`./src/test/stubs/${file}`, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@docusaurus\/useDocusaurusContext$/, replacement: stub('useDocusaurusContext.ts') },
      { find: /^@docusaurus\/useIsBrowser$/, replacement: stub('useIsBrowser.ts') },
      { find: /^@docusaurus\/core\/lib\/client\/browserContext$/, replacement: stub('browserContext.ts') },
      { find: /^@docusaurus\/useBrokenLinks$/, replacement: stub('useBrokenLinks.ts') },
      { find: /^@docusaurus\/useBaseUrl$/, replacement: stub('useBaseUrl.ts') },
      { find: /^@docusaurus\/Link$/, replacement: stub('Link.tsx') },
      { find: /^@docusaurus\/useGlobalData$/, replacement: stub('useGlobalData.ts') },
      { find: /^@docusaurus\/plugin-content-docs\/client$/, replacement: stub('docsClient.ts') },
      { find: /^@generated\/docusaurus\.config$/, replacement: stub('docusaurusConfig.ts') },
      { find: /^@theme-original\/DocSidebarItem\/Link$/, replacement: stub('DocSidebarItemLink.tsx') },
      { find: /^@theme\/Layout$/, replacement: stub('Layout.tsx') },
    ],
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'plugins/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
