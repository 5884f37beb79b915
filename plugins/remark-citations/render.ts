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

/** One entry's citation in pieces, so the lesson lists (mdast) and the references page (HTML) agree. */
export interface ReferenceParts {
  /** `Authors (year). Title. ` */
  lead: string;
  /** The journal, shown in italics. */
  journal: string;
  /** ` volume(issue):pages.` or `.` */
  tail: string;
  /** DOI, else PubMed record, when one was confirmed. */
  link?: { url: string; label: string };
  /** `(animal study)` and so on. */
  evidence: string;
}

export function referenceParts(entry: Reference): ReferenceParts {
  const url = referenceUrl(entry);
  return {
    lead: `${formatAuthors(entry.authors)} (${entry.year}). ${titleSentence(entry.title)} `,
    journal: entry.journal,
    tail: entry.volumePages ? ` ${entry.volumePages}.` : '.',
    ...(url ? { link: { url, label: entry.doi ? `doi:${entry.doi}` : `PubMed ${entry.pmid}` } } : {}),
    evidence: `(${EVIDENCE_LABELS[entry.evidence]})`,
  };
}

export function referenceText(entry: Reference): PhrasingContent[] {
  const { lead, journal, tail, link, evidence } = referenceParts(entry);
  const parts: PhrasingContent[] = [
    { type: 'text', value: lead },
    { type: 'emphasis', children: [{ type: 'text', value: journal }] },
    { type: 'text', value: tail },
  ];
  if (link) {
    parts.push(
      { type: 'text', value: ' ' },
      { type: 'link', url: link.url, children: [{ type: 'text', value: link.label }] },
    );
  }
  parts.push({ type: 'text', value: ` ${evidence}` });
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
