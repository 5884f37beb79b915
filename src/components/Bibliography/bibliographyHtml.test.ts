import type { Reference } from '../../data/bibliography.types';
import { bibliographyHtml } from './bibliographyHtml';

const classes = { entry: 'e', evidence: 'v', note: 'n' };
const entry = (over: Partial<Reference>): Reference => ({
  key: 'smith2001',
  authors: ['Smith A', 'Jones B'],
  year: 2001,
  title: 'A study',
  journal: 'J Test',
  note: 'What it found.',
  evidence: 'animal',
  ...over,
});

describe('bibliographyHtml', () => {
  it('writes each entry with its anchor, citation, DOI or PubMed link, evidence kind and note', () => {
    const html = bibliographyHtml(
      [
        entry({ volumePages: '1(2):3–4', doi: '10.1000/x' }),
        entry({ key: 'adams1999', authors: ['Adams C'], year: 1999, pmid: '123' }),
      ],
      classes,
    );
    expect(html).toBe(
      '<li id="ref-adams1999" class="e">Adams C (1999). A study. <em>J Test</em>. ' +
        '<a href="https://pubmed.ncbi.nlm.nih.gov/123/">PubMed 123</a> <span class="v">(animal study)</span>' +
        '<p class="n">What it found.</p></li>' +
        '<li id="ref-smith2001" class="e">Smith A, Jones B (2001). A study. <em>J Test</em> 1(2):3–4. ' +
        '<a href="https://doi.org/10.1000/x">doi:10.1000/x</a> <span class="v">(animal study)</span>' +
        '<p class="n">What it found.</p></li>',
    );
  });

  it('says when the authors are not confirmed and sorts such an entry by its key', () => {
    const html = bibliographyHtml([entry({}), entry({ key: 'brown2000', authors: [], year: 2000 })], classes);
    expect(html.indexOf('ref-brown2000')).toBeLessThan(html.indexOf('ref-smith2001'));
    expect(html).toContain('[Authors not confirmed] (2000).');
  });

  it('ends a title with a full stop only when it has no closing punctuation of its own', () => {
    expect(bibliographyHtml([entry({ title: 'Nutrition or pharmacology?' })], classes)).toContain(
      '(2001). Nutrition or pharmacology? <em>',
    );
  });

  it('escapes every text field', () => {
    const html = bibliographyHtml([entry({ title: '<img src=x onerror=alert(1)>', note: 'a & b' })], classes);
    expect(html).not.toContain('<img');
    expect(html).toContain('a &amp; b');
  });
});
