// MDX nodes a remark plugin can add to a page: an import of a component, and that component with
// props of any JSON-like value (compiled as JavaScript values, not strings to parse at run time).
import { fromJs } from 'esast-util-from-js';
import { valueToEstree } from 'estree-util-value-to-estree';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';

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
