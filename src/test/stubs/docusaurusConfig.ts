// Test stand-in for `@generated/docusaurus.config`.
import { TEST_SITE_CONFIG } from './useDocusaurusContext';

export default TEST_SITE_CONFIG;
