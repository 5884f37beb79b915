// A component element for rehype plugins to put into an MDX page, e.g. <Diagram id="…" />:
// MDX compiles it like a component an author wrote. Undefined attributes are left out.
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

export function mdxComponent(
  name: string,
  attributes: Record<string, string | undefined>,
): MdxJsxFlowElementHast {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).flatMap(([attribute, value]) =>
      value === undefined ? [] : [{ type: 'mdxJsxAttribute' as const, name: attribute, value }],
    ),
    children: [],
  };
}
