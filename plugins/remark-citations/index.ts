// remark plugin: `[@key]` in a lesson becomes a numbered link to the lesson's reference list,
// which is appended at the end of the page. Unknown keys and malformed bibliography entries
// fail the build, naming the file and the key.
import path from 'node:path';
import type { Root, Text, PhrasingContent, ListItem, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import type { Reference } from '../../src/data/bibliography.types';
import { bibliography as courseBibliography } from '../../src/data/bibliography';
import { CITATION_PATTERN, bibliographyProblems, splitCitations } from './parse';
import { contentError, sourceLocation } from '../content-error';
import { EVIDENCE_LABELS, EVIDENCE_SHORT, evidenceLegend, referenceListItem } from './render';

export interface CitationOptions {
  bibliography: readonly Reference[];
}

export default function remarkCitations(
  { bibliography }: CitationOptions = { bibliography: courseBibliography },
) {
  const problems = bibliographyProblems(bibliography);
  if (problems.length > 0) throw new Error(`The bibliography has problems:\n${problems.join('\n')}`);
  const byKey = new Map(bibliography.map((entry) => [entry.key, entry]));

  return function transformer(tree: Root, file: VFile): void {
    const fileName = path.relative(process.cwd(), file.path || '<unknown file>');
    const order: Reference[] = [];
    const lookUp = (key: string, where: string): { entry: Reference; n: number } => {
      const entry = byKey.get(key);
      if (!entry) {
        throw contentError(
          `${fileName}${where}: unknown citation key "${key}". Add it to src/data/bibliography.ts or fix the key.`,
        );
      }
      if (!order.includes(entry)) order.push(entry);
      return { entry, n: order.indexOf(entry) + 1 };
    };

    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[@')) return;
      const pieces = splitCitations(node.value);
      if (!pieces.some((piece) => piece.kind === 'citation')) return;
      // Where each marker starts in the file, for error messages (`:line:column`).
      const starts = [...node.value.matchAll(CITATION_PATTERN)].map((match) => match.index);
      let citation = 0;
      const replacement: PhrasingContent[] = pieces.map((piece) => {
        if (piece.kind === 'text') return { type: 'text', value: piece.value };
        const where = sourceLocation(node, starts[citation++] ?? 0);
        const links = piece.keys.flatMap((key, i): PhrasingContent[] => {
          const { entry, n } = lookUp(key, where);
          const kind = EVIDENCE_SHORT[entry.evidence].label;
          const link: PhrasingContent = {
            type: 'link',
            url: `#ref-${key}`,
            title: entry.title,
            children: [
              { type: 'text', value: String(n) },
              {
                type: 'emphasis',
                data: {
                  hName: 'span',
                  hProperties: { className: ['citation__kind', `citation__kind--${entry.evidence}`] },
                },
                children: [{ type: 'text', value: kind }],
              },
            ],
            data: {
              hProperties: {
                className: ['citation__link'],
                'aria-label': `Reference ${n}, ${EVIDENCE_LABELS[entry.evidence]}`,
              },
            },
          };
          return i === 0 ? [link] : [{ type: 'text', value: ', ' }, link];
        });
        return {
          type: 'emphasis',
          data: { hName: 'sup', hProperties: { className: ['citation'] } },
          children: [{ type: 'text', value: '[' }, ...links, { type: 'text', value: ']' }],
        };
      });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });

    if (order.length === 0) return;
    const items: ListItem[] = order.map(referenceListItem);
    const section: RootContent[] = [
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'References' }] },
      {
        type: 'paragraph',
        data: { hProperties: { className: ['evidence-legend'] } },
        children: evidenceLegend(new Set(order.map((entry) => entry.evidence))),
      },
      {
        type: 'list',
        ordered: true,
        spread: false,
        children: items,
        data: { hProperties: { className: ['reference-list'] } },
      },
    ];
    tree.children.push(...section);
  };
}
