// Docusaurus plugin: keeps one Rspack persistent cache per base URL.
// Docusaurus's cache version ignores `baseUrl`, so after building for `/` a build for
// `/course-under-test/` reused CSS whose font URLs still pointed at `/assets/...` (seen here:
// the KaTeX fonts 404ed). Adding the base URL to the cache version evicts that stale output.
import type { Plugin, LoadContext } from '@docusaurus/types';

interface PersistentCache {
  version?: string;
}

export default function cachePerBaseUrl(context: LoadContext): Plugin {
  return {
    name: 'cache-per-base-url',
    configureWebpack(config) {
      const experiments = config.experiments as { cache?: PersistentCache | boolean } | undefined;
      const cache = experiments?.cache;
      if (cache && typeof cache === 'object') {
        cache.version = `${cache.version ?? ''}-base:${context.baseUrl}`;
      }
      return {};
    },
  };
}
