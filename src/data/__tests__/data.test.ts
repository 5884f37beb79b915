import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesIn } from '../../../plugins/files';
import { splitCitations } from '../../../plugins/remark-citations/parse';
import { TERM_PREFIX } from '../../../plugins/remark-glossary-terms';
import { bibliography } from '../bibliography';
import { glossary } from '../glossary';

// Rules the course data must follow, checked against the lessons as they are. Nothing here copies
// the data: adding a reference, a glossary term or a lesson as the authoring guide says keeps these
// tests green, and breaking a rule names the entry or file at fault.

const DOCS = path.resolve(__dirname, '../../../docs');
const lessons = filesIn(DOCS, /\.mdx?$/).map((file) => ({
  file: path.relative(path.resolve(DOCS, '..'), file),
  text: readFileSync(file, 'utf8'),
}));

/** `file: key` for every `[@key]` in the lessons. */
const citations = lessons.flatMap(({ file, text }) =>
  splitCitations(text).flatMap((piece) =>
    piece.kind === 'citation' ? piece.keys.map((key) => ({ file, key })) : [],
  ),
);

/** `file: id` for every `[words](term:id)` link in the lessons. */
const termLinks = lessons.flatMap(({ file, text }) =>
  [...text.matchAll(new RegExp(`\\]\\(${TERM_PREFIX}([^)\\s]*)\\)`, 'g'))].map((match) => ({
    file,
    id: match[1] ?? '',
  })),
);

const compareTerms = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('bibliography', () => {
  const keys = bibliography.map((ref) => ref.key);

  it('has unique keys', () => {
    expect(duplicates(keys)).toEqual([]);
  });

  it('uses surname+year keys in lowercase ASCII', () => {
    const bad = keys.filter((key) => !/^[a-z]+[0-9]{4}$/.test(key));
    expect(bad).toEqual([]);
  });

  it('cites only keys that exist (file: key)', () => {
    const known = new Set(keys);
    const unknown = citations.filter(({ key }) => !known.has(key)).map(({ file, key }) => `${file}: ${key}`);
    expect(unknown).toEqual([]);
  });

  it('has every entry cited by at least one lesson (an uncited entry is dead weight)', () => {
    const cited = new Set(citations.map(({ key }) => key));
    expect(keys.filter((key) => !cited.has(key))).toEqual([]);
  });

  it('ends each key with the publication year', () => {
    const bad = bibliography.filter((ref) => !ref.key.endsWith(String(ref.year))).map((ref) => ref.key);
    expect(bad).toEqual([]);
  });

  it('gives bare DOIs', () => {
    const bad = bibliography
      .filter((ref) => ref.doi !== undefined && !/^10\.\d{4,9}\/\S+$/.test(ref.doi))
      .map((ref) => `${ref.key}: ${ref.doi}`);
    expect(bad).toEqual([]);
  });

  it('gives PMIDs as digits only', () => {
    const bad = bibliography
      .filter((ref) => ref.pmid !== undefined && !/^\d{1,9}$/.test(ref.pmid))
      .map((ref) => `${ref.key}: ${ref.pmid}`);
    expect(bad).toEqual([]);
  });

  it('has no duplicate DOIs or PMIDs', () => {
    const dois = bibliography.flatMap((ref) => (ref.doi ? [ref.doi] : []));
    const pmids = bibliography.flatMap((ref) => (ref.pmid ? [ref.pmid] : []));
    expect(duplicates(dois)).toEqual([]);
    expect(duplicates(pmids)).toEqual([]);
  });

  it('lists authors (or none, when unconfirmed), with "et al." only as the last item', () => {
    for (const ref of bibliography) {
      const etAl = ref.authors.indexOf('et al.');
      if (etAl !== -1) expect(etAl, ref.key).toBe(ref.authors.length - 1);
    }
  });

  it('fills title, journal and note', () => {
    for (const ref of bibliography) {
      expect(ref.title.trim(), ref.key).not.toBe('');
      expect(ref.journal.trim(), ref.key).not.toBe('');
      expect(ref.note.trim(), ref.key).not.toBe('');
    }
  });
});

describe('glossary', () => {
  const ids = glossary.map((entry) => entry.id);

  it('has unique ids', () => {
    expect(duplicates(ids)).toEqual([]);
  });

  it('uses kebab-case ids', () => {
    const bad = ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
    expect(bad).toEqual([]);
  });

  it('is linked from lessons only with ids it defines (file: id)', () => {
    const known = new Set(ids);
    const unknown = termLinks.filter(({ id }) => !known.has(id)).map(({ file, id }) => `${file}: ${id}`);
    expect(unknown).toEqual([]);
  });

  it('finds the lessons and their links (the scan above is not empty)', () => {
    expect(lessons.length).toBeGreaterThan(0);
    expect(citations.length).toBeGreaterThan(0);
    expect(termLinks.length).toBeGreaterThan(0);
  });

  it('points every seeAlso at an existing, different entry', () => {
    const known = new Set(ids);
    const bad = glossary.flatMap((entry) =>
      (entry.seeAlso ?? [])
        .filter((target) => !known.has(target) || target === entry.id)
        .map((target) => `${entry.id} -> ${target}`),
    );
    expect(bad).toEqual([]);
  });

  it('is sorted by term, case-insensitively', () => {
    const terms = glossary.map((entry) => entry.term);
    expect(terms).toEqual([...terms].sort(compareTerms));
  });

  it('has a non-empty definition for every entry', () => {
    for (const entry of glossary) expect(entry.definition.trim(), entry.id).not.toBe('');
  });
});
