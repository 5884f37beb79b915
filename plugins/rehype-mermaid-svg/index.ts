// rehype plugin: turns ```mermaid code blocks into inline SVG at build time, one rendering
// per colour theme, so readers get no Mermaid JavaScript and diagrams show with JavaScript off.
import path from 'node:path';
import type { Element, Root, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { accessibilityError, describeLocation, type DiagramSource } from './source';
import { createDiagramRenderer, type RendererOptions } from './render';
import { themeNames } from './themes';

function isMermaidBlock(node: Element): node is Element {
  if (node.tagName !== 'pre') return false;
  const code = node.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'code',
  );
  const classes = code?.properties.className;
  return Array.isArray(classes) && classes.includes('language-mermaid');
}

/** Parses an SVG string; drops whitespace-only text, which the HTML minifier would remove
 * from the static page and React would then miss during hydration (error #418). */
function svgToHast(svg: string): ElementContent[] {
  const tree = fromHtml(svg, { fragment: true, space: 'svg' });
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((node) => !(node.type === 'text' && node.value.trim() === ''))
      .map((node) => (node.type === 'element' ? { ...node, children: strip(node.children) } : node));
  return strip(tree.children as ElementContent[]);
}

export default function rehypeMermaidSvg(options: RendererOptions) {
  const renderer = createDiagramRenderer(options);

  return async function transformer(tree: Root, file: VFile): Promise<void> {
    const found: { node: Element; diagram: DiagramSource; inWords: boolean }[] = [];
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
        diagram: { code: toText(node, { whitespace: 'pre' }), line: node.position?.start.line },
        inWords,
      });
    });
    if (found.length === 0) return;

    const fileName = path.relative(process.cwd(), file.path || '<unknown file>');
    for (const { diagram, inWords } of found) {
      const problem = accessibilityError(fileName, diagram);
      if (problem) throw new Error(problem);
      if (!inWords) {
        throw new Error(
          `${describeLocation(fileName, diagram)}: this Mermaid diagram needs a text equivalent right after it, ` +
            'a paragraph starting with "**In words:**" that says what the diagram shows in one sentence.',
        );
      }
    }

    // One batch per file: the renderer loads Mermaid once for all of its uncached diagrams.
    const results = await renderer.renderAll(found.map(({ diagram }) => diagram.code));
    found.forEach(({ node, diagram }, index) => {
      const rendered = results[index];
      if (rendered === undefined || rendered instanceof Error) {
        throw new Error(
          `${describeLocation(fileName, diagram)}: this Mermaid diagram could not be rendered.\n${rendered?.message ?? 'no result'}`,
        );
      }
      node.tagName = 'figure';
      node.properties = { className: ['diagram'] };
      node.children = themeNames.map((theme) => ({
        type: 'element',
        tagName: 'div',
        properties: { className: ['diagram__svg', `diagram__svg--${theme}`] },
        children: svgToHast(rendered[theme]),
      }));
    });
  };
}
