// @vitest-environment node
import { coreText, grade } from './readability.mjs';

describe('coreText', () => {
  it('keeps headings, paragraphs and list items, and drops what a reader does not read as prose', () => {
    const markdown = [
      '---',
      'title: T',
      '---',
      "import Quiz from '@site/src/components/Quiz';",
      '',
      '# Insulin {#top}',
      '',
      'Insulin lowers glucose [@smith2001]. It acts on $x$ cells.',
      '',
      '- Muscle takes it up.',
      '',
      '```mermaid',
      'flowchart TD',
      '```',
      '',
      '$$',
      'a = b',
      '$$',
      '',
      ':::deeper[How JNK tags IRS-1]',
      '',
      'JNK tags IRS-1 on Ser307.',
      '',
      ':::',
      '',
      '::::deeper[Nested]',
      '',
      ':::note',
      'Deep note.',
      ':::',
      '',
      '::::',
      '',
      '| Table | cell |',
      '| --- | --- |',
      '| not | prose |',
      '',
      ':::note[Evidence note]',
      'Mice only.',
      ':::',
      '',
      '<Quiz quiz={quiz} />',
    ].join('\n');
    expect(coreText(markdown)).toEqual([
      'Insulin',
      'Insulin lowers glucose . It acts on the formula cells.',
      'Muscle takes it up.',
      'Mice only.',
    ]);
  });
});

describe('grade', () => {
  it('grades short plain sentences low and long technical ones high', () => {
    const plain = grade(['The cat sat on the mat. The dog ran to the park.']);
    const technical = grade([
      'Serine phosphorylation of insulin receptor substrate one attenuates phosphatidylinositol three-kinase recruitment and downstream glucose transporter translocation.',
    ]);
    expect(plain.sentences).toBe(2);
    expect(plain.grade).toBeLessThan(3);
    expect(technical.grade).toBeGreaterThan(15);
  });
});
