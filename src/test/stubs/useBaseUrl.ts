// Test stand-in for `@docusaurus/useBaseUrl` (aliased in vitest.config.mts): prefixes the test
// site's base path, as the real hook does for a site-relative path.
import { TEST_SITE_CONFIG } from './useDocusaurusContext';

export default function useBaseUrl(path: string): string {
  return `${TEST_SITE_CONFIG.baseUrl}${path.replace(/^\//, '')}`;
}
