// @vitest-environment node
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { toHtml } from 'hast-util-to-html';
import type { Reference } from '../../src/data/bibliography.types';
import remarkCitations from './index';
import { bibliographyProblems, referenceUrl, splitCitations } from './parse';
import { populationText } from './render';

const entry = (overrides: Partial<Reference>): Reference => ({
  key: 'smith2001',
  authors: ['Smith A', 'Jones B'],
  year: 2001,
  title: 'A study',
  journal: 'J Test',
  doi: '10.1000/xyz123',
  note: 'Cited for testing.',
  evidence: 'animal',
  ...overrides,
});

const bibliography = [
  entry({}),
  entry({
    key: 'lee2010',
    doi: undefined,
    pmid: '12345',
    year: 2010,
    evidence: 'human-trial',
    population: { species: 'human', n: 1200, who: 'adults with type 2 diabetes', duration: '48 weeks' },
  }),
];

async function render(markdown: string, entries: readonly Reference[] = bibliography): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkCitations, { bibliography: entries })
    .use(remarkRehype);
  const file = new VFile({ path: path.join(process.cwd(), 'docs/lesson.md'), value: markdown });
  return toHtml(await processor.run(processor.parse(file), file));
}

describe('splitCitations', () => {
  it('finds single and grouped keys between text', () => {
    expect(splitCitations('A [@smith2001] and B [@lee2010; @smith2001].')).toEqual([
      { kind: 'text', value: 'A ' },
      { kind: 'citation', keys: ['smith2001'] },
      { kind: 'text', value: ' and B ' },
      { kind: 'citation', keys: ['lee2010', 'smith2001'] },
      { kind: 'text', value: '.' },
    ]);
  });

  it('leaves text without markers alone', () => {
    expect(splitCitations('No [citation] here')).toEqual([{ kind: 'text', value: 'No [citation] here' }]);
  });
});

describe('bibliographyProblems', () => {
  it('names the entry with a malformed DOI or PMID, or a repeated key', () => {
    expect(
      bibliographyProblems([entry({ doi: 'doi:10.1/x' }), entry({ key: 'b2000', pmid: 'PMID1' }), entry({})]),
    ).toEqual([
      'src/data/bibliography.ts: entry "smith2001": malformed DOI "doi:10.1/x" (expected a bare DOI such as 10.1038/nature01137)',
      'src/data/bibliography.ts: entry "b2000": malformed PMID "PMID1" (expected digits only)',
      'src/data/bibliography.ts: entry "smith2001": the key is used twice',
    ]);
  });
});

describe('referenceUrl', () => {
  it('prefers the DOI, then PubMed, else nothing', () => {
    expect(referenceUrl(entry({}))).toBe('https://doi.org/10.1000/xyz123');
    expect(referenceUrl(entry({ doi: undefined, pmid: '42' }))).toBe('https://pubmed.ncbi.nlm.nih.gov/42/');
    expect(referenceUrl(entry({ doi: undefined }))).toBeUndefined();
  });
});

describe('remarkCitations', () => {
  it('numbers citations in order of first use and appends the reference list', async () => {
    const html = await render('First [@lee2010]. Then [@smith2001; @lee2010].');
    expect(html).toContain('<a href="#ref-lee2010"');
    expect(html).toMatch(/aria-label="Reference 1, human trial">1<span class="[^"]*">trial<\/span><\/a>/);
    expect(html).toMatch(
      /href="#ref-smith2001"[^>]*aria-label="Reference 2, animal study">2<span class="citation__kind citation__kind--animal">animal<\/span><\/a>, <a href="#ref-lee2010"/,
    );
    expect(html).toContain('<h2>References</h2>');
    expect(html.indexOf('id="ref-lee2010"')).toBeLessThan(html.indexOf('id="ref-smith2001"'));
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/12345/"');
    expect(html).toContain('(animal study)');
    expect(html).toContain('Studied: n = 1,200, adults with type 2 diabetes, 48 weeks.');
  });

  it('explains, under References, only the evidence labels the lesson uses', async () => {
    const html = await render('Only mice [@smith2001].');
    const legend = html.slice(html.indexOf('<h2>References</h2>'));
    expect(legend).toContain('<strong>animal</strong>, a study in mice or rats');
    expect(legend).not.toContain('<strong>trial</strong>');
  });

  it('adds nothing to a lesson without citations', async () => {
    expect(await render('Plain text.')).toBe('<p>Plain text.</p>');
  });

  it('fails on an unknown key, naming the file, line, column and the key', async () => {
    await expect(render('Claim [@nobody1999].')).rejects.toThrow(
      'docs/lesson.md:1:7: unknown citation key "nobody1999". Add it to src/data/bibliography.ts or fix the key.',
    );
  });

  it('gives the line and column of a marker further down a paragraph', async () => {
    await expect(
      render('# Title\n\nFirst [@lee2010] then\na second line with [@lee2010; @nobody1999].'),
    ).rejects.toThrow('docs/lesson.md:4:20: unknown citation key "nobody1999"');
  });

  it('refuses a bibliography with a malformed DOI, naming the entry', () => {
    expect(() => remarkCitations({ bibliography: [entry({ doi: '10.1000' })] })).toThrow(
      /entry "smith2001": malformed DOI "10\.1000"/,
    );
  });
});

describe('populationText', () => {
  it('names the species only when the description does not', () => {
    expect(populationText({ species: 'mouse', who: 'obese mice' })).toBe('Studied: obese mice.');
    expect(populationText({ species: 'cells', who: 'cultured hamster (CHO) cells' })).toBe(
      'Studied: cultured hamster (CHO) cells.',
    );
    expect(populationText({ species: 'rodent', who: 'obese fa/fa rats' })).toBe('Studied: obese fa/fa rats.');
    expect(populationText({ species: 'mouse', who: 'macrophages in culture' })).toBe(
      'Studied: mice, macrophages in culture.',
    );
    expect(populationText({ species: 'human', n: 6, duration: '36 weeks' })).toBe(
      'Studied: people, n = 6, 36 weeks.',
    );
  });
});
