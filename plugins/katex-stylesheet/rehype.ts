// rehype plugin, run after rehype-katex: a page with at least one formula gets
// <KatexStylesheet href="/assets/katex-<version>/katex.min.css" />, which links KaTeX's stylesheet
// in that page's <head>. Pages without formulas (most of the course) no longer load its ~230 rules.
import type { Element, Root } from 'hast';
import { visit, EXIT } from 'unist-util-visit';
import { mdxComponent } from '../mdx-element';

export interface Options {
  /** Site-relative URL of the stylesheet (the component adds the base URL). */
  href: string;
}

const isFormula = (node: Element) =>
  Array.isArray(node.properties.className) && node.properties.className.includes('katex');

export function hasFormula(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node) => {
    if (!isFormula(node)) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

export default function rehypeKatexStylesheet({ href }: Options) {
  return (tree: Root): void => {
    if (!hasFormula(tree)) return;
    tree.children.unshift(mdxComponent('KatexStylesheet', { href }));
  };
}
