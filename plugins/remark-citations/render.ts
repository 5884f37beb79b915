// How one bibliography entry reads in a lesson's reference list (mdast, so it renders without JS).
import type { ListItem, PhrasingContent } from 'mdast';
import type { Reference } from '../../src/data/bibliography.types';
import { formatAuthors, referenceUrl, titleSentence } from './parse';

export const EVIDENCE_LABELS: Record<Reference['evidence'], string> = {
  'human-trial': 'human trial',
  'human-observational': 'human, observational',
  animal: 'animal study',
  cell: 'cell study',
  review: 'review',
  'meta-analysis': 'meta-analysis',
  method: 'method paper',
};

export function referenceText(entry: Reference): PhrasingContent[] {
  const parts: PhrasingContent[] = [
    {
      type: 'text',
      value: `${formatAuthors(entry.authors)} (${entry.year}). ${titleSentence(entry.title)} `,
    },
    { type: 'emphasis', children: [{ type: 'text', value: entry.journal }] },
    { type: 'text', value: entry.volumePages ? ` ${entry.volumePages}.` : '.' },
  ];
  const url = referenceUrl(entry);
  if (url) {
    const label = entry.doi ? `doi:${entry.doi}` : `PubMed ${entry.pmid}`;
    parts.push(
      { type: 'text', value: ' ' },
      { type: 'link', url, children: [{ type: 'text', value: label }] },
    );
  }
  parts.push({ type: 'text', value: ` (${EVIDENCE_LABELS[entry.evidence]})` });
  return parts;
}

export function referenceListItem(entry: Reference): ListItem {
  return {
    type: 'listItem',
    spread: false,
    data: { hProperties: { id: `ref-${entry.key}` } },
    children: [{ type: 'paragraph', children: referenceText(entry) }],
  };
}
