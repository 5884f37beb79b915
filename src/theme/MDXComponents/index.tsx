// The components every lesson can use without importing them. <Diagram> is written by the
// build (plugins/rehype-mermaid-svg) for each ```mermaid block, not by authors.
import MDXComponents from '@theme-original/MDXComponents';
import Diagram from '@site/src/components/Diagram';

export default {
  ...MDXComponents,
  Diagram,
};
