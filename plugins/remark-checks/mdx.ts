// For remark plugins that turn directives into components: finding the directives, and the MDX
// nodes that replace them. An import of a component, and that component with
// props of any JSON-like value (compiled as JavaScript values, not strings to parse at run time).
import { fromJs } from 'esast-util-from-js';
import { valueToEstree } from 'estree-util-value-to-estree';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function componentImport(name: string, from: string): MdxjsEsm {
  const value = `import ${name} from ${JSON.stringify(from)};`;
  return { type: 'mdxjsEsm', value, data: { estree: fromJs(value, { module: true }) } };
}

export function componentWithProps(name: string, props: Record<string, unknown>): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(props).map(([prop, value]) => ({
      type: 'mdxJsxAttribute',
      name: prop,
      value: {
        type: 'mdxJsxAttributeValueExpression',
        value: JSON.stringify(value),
        data: {
          estree: {
            type: 'Program',
            sourceType: 'module',
            body: [{ type: 'ExpressionStatement', expression: valueToEstree(value) }],
          },
        },
      },
    })),
    children: [],
  };
}

/** A `::name{…}` (leaf), `:::name` (container) or `:name` (text) directive node. */
export interface Directive {
  type: 'leafDirective' | 'containerDirective' | 'textDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  position?: { start: { line: number; column: number } };
}

export interface FoundDirective {
  node: Directive;
  index: number;
  parent: { children: unknown[] };
}

/** Every directive called `name` in the page, of any kind, with where it sits (to replace it). */
export function directivesNamed(tree: Root, name: string): FoundDirective[] {
  const found: FoundDirective[] = [];
  visit(tree, (node, index, parent) => {
    const directive = node as unknown as Directive;
    if (!directive.type.endsWith('Directive') || directive.name !== name) return;
    found.push({ node: directive, index: index ?? -1, parent: parent as unknown as { children: unknown[] } });
  });
  return found;
}
