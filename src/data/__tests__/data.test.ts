import { bibliography } from '../bibliography';
import { glossary } from '../glossary';

// The glossary ids fixed by the authoring conventions (/tmp/conventions.md, "Glossary term ids").
// Lessons link to these; the glossary must define exactly this set.
const CONVENTION_GLOSSARY_IDS = [
  'insulin',
  'insulin-resistance',
  'insulin-sensitivity',
  'hyperinsulinemia',
  'beta-cell',
  'prediabetes',
  'type-2-diabetes',
  'glucose-tolerance',
  'insulin-receptor',
  'irs-1',
  'pi3k-akt',
  'glut4',
  'kinase',
  'serine-phosphorylation',
  'jnk',
  'ikk-beta',
  'nf-kb',
  'cytokine',
  'tnf-alpha',
  'il-6',
  'il-10',
  'crp',
  'acute-inflammation',
  'meta-inflammation',
  'immune-system',
  'macrophage',
  'm1-m2',
  'crown-like-structure',
  'adipocyte',
  'adipose-tissue',
  'visceral-adipose-tissue',
  'subcutaneous-fat',
  'endocrine-organ',
  'adipokine',
  'paracrine',
  'ectopic-fat',
  'er-stress',
  'lps',
  'tlr4',
  'metabolic-endotoxemia',
  'gut-microbiota',
  'gut-dysbiosis',
  'intestinal-permeability',
  'refined-carbohydrates',
  'saturated-fatty-acids',
  'dietary-fiber',
  'omega-3',
  'cortisol',
  'hpa-axis',
  'glucocorticoid',
  'ampk',
  'homa-ir',
  'quicki',
  'tyg-index',
  'triglycerides',
  'euglycemic-clamp',
  'coefficient-of-variation',
  'observational-study',
  'randomized-controlled-trial',
  'meta-analysis',
] as const;

// The citation keys fixed by the authoring conventions (entry 21 is deliberately absent).
const CONVENTION_CITATION_KEYS = [
  'hotamisligil1993',
  'hotamisligil1995',
  'hirosumi2002',
  'aguirre2000',
  'han2013',
  'weisberg2003',
  'xu2003',
  'lumeng2007',
  'fontana2007',
  'hotamisligil2006',
  'shoelson2006',
  'gregor2011',
  'olefsky2010',
  'samuel2012',
  'pedersen2015',
  'pradhan2001',
  'cani2007',
  'erridge2007',
  'pussinen2011',
  'herieka2014',
  'shi2006',
  'epel2000',
  'geer2014',
  'andrews1999',
  'spiegel1999',
  'buxton2010',
  'klingenberg2013',
  'weickert2008',
  'weickert2018',
  'calder2010',
  'calder2013',
  'richter2013',
  'stanford2014',
  'gleeson2011',
  'fedewa2017',
  'kelley2006',
  'verheggen2016',
  'vissers2013',
  'recchia2023',
  'matthews1985',
  'katz2000',
  'simentalmendia2008',
  'espinelbermudez2015',
  'gayosodiz2013',
  'lo2007',
] as const;

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

  it('has at least 40 entries', () => {
    expect(bibliography.length).toBeGreaterThanOrEqual(40);
  });

  it('has unique keys', () => {
    expect(duplicates(keys)).toEqual([]);
  });

  it('uses surname+year keys in lowercase ASCII', () => {
    const bad = keys.filter((key) => !/^[a-z]+[0-9]{4}$/.test(key));
    expect(bad).toEqual([]);
  });

  it('defines exactly the citation keys of the conventions', () => {
    expect([...keys].sort()).toEqual([...CONVENTION_CITATION_KEYS].sort());
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

  it('lists authors, with "et al." only as the last item', () => {
    for (const ref of bibliography) {
      expect(ref.authors.length, ref.key).toBeGreaterThan(0);
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

  it('has at least 30 entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
  });

  it('has unique ids', () => {
    expect(duplicates(ids)).toEqual([]);
  });

  it('uses kebab-case ids', () => {
    const bad = ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
    expect(bad).toEqual([]);
  });

  it('defines exactly the ids of the conventions', () => {
    expect([...ids].sort()).toEqual([...CONVENTION_GLOSSARY_IDS].sort());
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
