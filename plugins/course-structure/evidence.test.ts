// @vitest-environment node
import { citedByOf, claimProblems, type CourseDoc } from './evidence';

const doc = (file: string, module: number, text: string): CourseDoc => ({
  file,
  page: `/learn/${file.replace(/\.mdx?$/, '')}`,
  title: file,
  module,
  text,
});

describe('citedByOf', () => {
  it('lists each cited key once per page, in course order', () => {
    const citedBy = citedByOf([
      doc('b.md', 2, 'Later [@smith2001; @lee2010]. Again [@smith2001].'),
      doc('a.md', 1, 'First [@smith2001].'),
    ]);
    expect(citedBy['smith2001']?.map((lesson) => lesson.path)).toEqual(['/learn/a', '/learn/b']);
    expect(citedBy['lee2010']).toEqual([{ path: '/learn/b', title: 'b.md', module: 2 }]);
  });
});

describe('claimProblems', () => {
  const claim = {
    id: 'demo',
    claim: 'A claim.',
    status: 'not-tested' as const,
    lessons: ['/learn/a#anchor', '/learn/missing'],
    verdict: 'Not tested.',
  };

  it('names the claim and the lesson page that does not exist, ignoring anchors', () => {
    expect(claimProblems(new Set(['/learn/a']), [claim])).toEqual([
      'src/data/claims.ts: claim "demo" names the lesson /learn/missing, which is not a page of the course.',
    ]);
  });
});
