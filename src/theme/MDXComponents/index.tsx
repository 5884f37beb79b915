// The components every lesson can use without importing them (<CourseReadingTime /> in .mdx). <Diagram> and <KatexStylesheet>
// are written by the build (plugins/rehype-mermaid-svg, plugins/katex-stylesheet), not by authors.
import MDXComponents from '@theme-original/MDXComponents';
import Diagram from '@site/src/components/Diagram';
import KatexStylesheet from '@site/src/components/KatexStylesheet';
import CourseReadingTime from '@site/src/components/CourseReadingTime';

export default {
  ...MDXComponents,
  Diagram,
  KatexStylesheet,
  CourseReadingTime,
};
