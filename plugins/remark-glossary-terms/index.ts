// remark plugin: `[words](term:id)` links a glossary term. Unknown ids fail the build,
// naming the file and the id; known ones become links to the glossary page's anchor.
import path from 'node:path';
import type { Root, Link } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { GlossaryEntry } from '../../src/data/glossary.types';
import { glossary as courseGlossary } from '../../src/data/glossary';
import { contentError, sourceLocation } from '../content-error';

export const TERM_PREFIX = 'term:';

export interface GlossaryTermOptions {
  /** Defaults to the course glossary, src/data/glossary.ts. */
  glossary?: readonly GlossaryEntry[];
  /** Site path of the glossary page, without base URL (Docusaurus's Link adds it). */
  glossaryPath: string;
}

export default function remarkGlossaryTerms({
  glossary = courseGlossary,
  glossaryPath,
}: GlossaryTermOptions) {
  const byId = new Map(glossary.map((entry) => [entry.id, entry]));

  return function transformer(tree: Root, file: VFile): void {
    const fileName = path.relative(process.cwd(), file.path || '<unknown file>');
    visit(tree, 'link', (node: Link) => {
      if (!node.url.startsWith(TERM_PREFIX)) return;
      const id = node.url.slice(TERM_PREFIX.length);
      const entry = byId.get(id);
      if (!entry) {
        throw contentError(
          `${fileName}${sourceLocation(node)}: the glossary has no term "${id}" (linked as [${textOf(node)}](${node.url})). ` +
            'Add it to src/data/glossary.ts or fix the id.',
        );
      }
      node.url = `${glossaryPath}#${id}`;
      node.title = `Glossary: ${entry.term}`;
      node.data = { ...node.data, hProperties: { className: ['glossary-term'] } };
    });
  };
}

function textOf(node: Link): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('');
}
