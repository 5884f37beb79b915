// How one bibliography entry reads in a lesson's reference list (mdast, so it renders without JS).
import type { ListItem, PhrasingContent } from 'mdast';
import type { Population, Reference } from '../../src/data/bibliography.types';
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

/** The short label after a citation number in a lesson (`[3 animal]`), with the legend's wording. */
export const EVIDENCE_SHORT: Record<Reference['evidence'], { label: string; legend: string }> = {
  'human-trial': {
    label: 'trial',
    legend: 'a trial or experiment in people, who were given a treatment, diet or sleep schedule',
  },
  'human-observational': {
    label: 'obs.',
    legend: 'an observational study in people, who were measured but not assigned to anything',
  },
  'meta-analysis': { label: 'meta', legend: 'a meta-analysis, which pools the results of many studies' },
  animal: { label: 'animal', legend: 'a study in mice or rats' },
  cell: { label: 'cell', legend: 'a study of cells grown in a dish' },
  review: { label: 'review', legend: 'a review or guideline that sums up other studies' },
  method: { label: 'method', legend: 'a paper that describes a way of measuring' },
};

/** The order in which the legend lists kinds: people first, then pooled, animal, cell, reviews. */
export const EVIDENCE_ORDER: readonly Reference['evidence'][] = [
  'human-trial',
  'human-observational',
  'meta-analysis',
  'animal',
  'cell',
  'review',
  'method',
];

const NAMES_SPECIES: Record<Population['species'], RegExp> = {
  human: /./,
  mouse: /\b(mice|mouse)\b/i,
  rat: /\brats?\b/i,
  rodent: /\b(rodents?|rats?|mice|mouse)\b/i,
  cells: /\bcells?\b/i,
};

const SPECIES: Record<Population['species'], string> = {
  human: 'people',
  mouse: 'mice',
  rat: 'rats',
  rodent: 'rodents',
  cells: 'cells',
};

/** `Studied: people, n = 108, adults with type 2 diabetes, 14 weeks.` from the typed fields. */
export function populationText(population: Population): string {
  // The species only when `who` does not already say it ("obese mice"); for people, `who` does.
  const species = SPECIES[population.species];
  const named =
    population.species === 'human' || NAMES_SPECIES[population.species].test(population.who ?? '');
  const parts = population.who && named ? [] : [species];
  if (population.n !== undefined) parts.push(`n = ${population.n.toLocaleString('en-US')}`);
  if (population.who) parts.push(population.who);
  if (population.duration) parts.push(population.duration);
  return `Studied: ${parts.join(', ')}.`;
}

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
  /** `Studied: people, n = 108, …` for entries with a typed population. */
  population?: string;
}

export function referenceParts(entry: Reference): ReferenceParts {
  const url = referenceUrl(entry);
  return {
    lead: `${formatAuthors(entry.authors)} (${entry.year}). ${titleSentence(entry.title)} `,
    journal: entry.journal,
    tail: entry.volumePages ? ` ${entry.volumePages}.` : '.',
    ...(url ? { link: { url, label: entry.doi ? `doi:${entry.doi}` : `PubMed ${entry.pmid}` } } : {}),
    evidence: `(${EVIDENCE_LABELS[entry.evidence]})`,
    ...(entry.population ? { population: populationText(entry.population) } : {}),
  };
}

export function referenceText(entry: Reference): PhrasingContent[] {
  const { lead, journal, tail, link, evidence, population } = referenceParts(entry);
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
  if (population) parts.push({ type: 'text', value: ` ${population}` });
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

/** The legend under a lesson's "References" heading: only the kinds the lesson cites. */
export function evidenceLegend(kinds: ReadonlySet<Reference['evidence']>): PhrasingContent[] {
  const present = EVIDENCE_ORDER.filter((kind) => kinds.has(kind));
  const parts: PhrasingContent[] = [
    {
      type: 'text',
      value: 'The label after each citation number says what kind of study stands behind the claim: ',
    },
  ];
  present.forEach((kind, i) => {
    if (i > 0) parts.push({ type: 'text', value: i === present.length - 1 ? '; and ' : '; ' });
    parts.push(
      { type: 'strong', children: [{ type: 'text', value: EVIDENCE_SHORT[kind].label }] },
      { type: 'text', value: `, ${EVIDENCE_SHORT[kind].legend}` },
    );
  });
  parts.push(
    { type: 'text', value: '. The ' },
    { type: 'link', url: '/learn/wrap-up/evidence-map', children: [{ type: 'text', value: 'evidence map' }] },
    { type: 'text', value: ' lists every study with who was in it.' },
  );
  return parts;
}
