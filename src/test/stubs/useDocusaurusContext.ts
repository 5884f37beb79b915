// Test stand-in for `@docusaurus/useDocusaurusContext` (aliased in vitest.config.mts): a course
// served under a base path, as in the end-to-end build.
import type { DocusaurusContext } from '@docusaurus/types';

export const TEST_SITE_CONFIG = { baseUrl: '/course-under-test/', title: 'Test course' };

export default function useDocusaurusContext(): DocusaurusContext {
  // Only the fields our components read are provided.
  return { siteConfig: TEST_SITE_CONFIG } as unknown as DocusaurusContext;
}
