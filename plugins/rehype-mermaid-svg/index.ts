// rehype plugin: turns ```mermaid code blocks into SVG at build time, one rendering per colour
// theme, so readers get no Mermaid JavaScript and diagrams show with JavaScript off.
// Each block becomes <Diagram id="cache key" /> (src/components/Diagram). In a production build
// the SVG is put into the built HTML afterwards (plugin.ts, markup.ts), so it is not in the page's
// JavaScript too; with `inline` (the dev server, which has no built HTML) it is passed as `html`.
import path from 'node:path';
import type { Element, Parents, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toText } from 'hast-util-to-text';
import { contentError } from '../content-error';
import { accessibilityError, describeLocation, renderErrorMessage, type DiagramSource } from './source';
import { createDiagramRenderer, type RendererOptions } from './render';
import { diagramMarkup } from './markup';
import { mdxComponent } from '../mdx-element';

export interface RehypeMermaidOptions extends RendererOptions {
  /** Put the SVG markup in the page itself (for `npm start`); otherwise the post-build step does. */
  inline?: boolean;
}

function isMermaidBlock(node: Element): node is Element {
  if (node.tagName !== 'pre') return false;
  const code = node.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'code',
  );
  const classes = code?.properties.className;
  return Array.isArray(classes) && classes.includes('language-mermaid');
}

export default function rehypeMermaidSvg(options: RehypeMermaidOptions) {
  const renderer = createDiagramRenderer(options);

  return async function transformer(tree: Root, file: VFile): Promise<void> {
    const found: { node: Element; parent: Parents | undefined; diagram: DiagramSource; inWords: boolean }[] =
      [];
    visit(tree, 'element', (node, index, parent) => {
      if (!isMermaidBlock(node)) return;
      // The text equivalent is the next block: a paragraph that starts with "In words:".
      const next = parent?.children
        .slice((index ?? 0) + 1)
        .find((sibling) => !(sibling.type === 'text' && sibling.value.trim() === ''));
      const inWords =
        next?.type === 'element' && next.tagName === 'p' && /^In words:/.test(toText(next).trim());
      found.push({
        node,
        parent,
        diagram: { code: toText(node, { whitespace: 'pre' }), line: node.position?.start.line },
        inWords,
      });
    });
    if (found.length === 0) return;

    const fileName = path.relative(process.cwd(), file.path || '<unknown file>');
    for (const { diagram, inWords } of found) {
      const problem = accessibilityError(fileName, diagram);
      if (problem) throw contentError(problem);
      if (!inWords) {
        throw contentError(
          `${describeLocation(fileName, diagram)}: this Mermaid diagram needs a text equivalent right after it, ` +
            'a paragraph starting with "**In words:**" that says what the diagram shows in one sentence.',
        );
      }
    }

    // One batch per file: the renderer loads Mermaid once for all of its uncached diagrams.
    const results = await renderer.renderAll(found.map(({ diagram }) => diagram.code));
    found.forEach(({ node, parent, diagram }, index) => {
      const rendered = results[index];
      if (rendered === undefined || rendered instanceof Error) {
        throw contentError(renderErrorMessage(fileName, diagram, rendered?.message ?? 'no result'));
      }
      const replacement = mdxComponent('Diagram', {
        id: renderer.keyOf(diagram.code),
        html: options.inline ? diagramMarkup(rendered) : undefined,
      });
      if (parent) parent.children.splice(parent.children.indexOf(node), 1, replacement);
    });
  };
}
