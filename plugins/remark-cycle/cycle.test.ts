// @vitest-environment node
import { must } from '../../src/test/must';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import { tempTree } from '../../src/test/tempTree';
import { bibliography } from '../../src/data/bibliography';
import type { Reference } from '../../src/data/bibliography.types';
import type { Cycle } from '../../src/data/cycle.types';
import { cycle as courseCycle } from '../../src/data/cycle';
import { cycleProblems } from '../../src/components/CycleExplorer/validate';
import remarkCycle from './index';
import { citeOf, cycleView, evidenceKind } from './view';
import { lessonSections } from './sections';

const reference = (fields: Partial<Reference>): Reference => ({
  key: 'smith2020',
  authors: ['Smith AB', 'Jones C'],
  year: 2020,
  title: 'A study',
  journal: 'J Test',
  note: 'A note.',
  evidence: 'animal',
  population: { species: 'mouse', who: 'obese mice' },
  ...fields,
});
const references = [
  reference({}),
  reference({
    key: 'doe2019',
    authors: ['Doe J'],
    evidence: 'human-trial',
    population: { species: 'human' },
  }),
];

/** A small valid cycle: three steps in a loop and one step outside it. */
function tinyCycle(): Cycle {
  const step = (id: string, x: number, y: number) => ({
    id,
    label: [id],
    title: `The ${id}`,
    category: 'metabolic' as const,
    text: `What happens at ${id}.`,
    evidence: ['smith2020'],
    lesson: '/learn/demo/one#idea',
    at: { x, y },
  });
  const arrow = (from: string, to: string) => ({
    id: `${from}-to-${to}`,
    from,
    to,
    strength: 'animals-or-cells' as const,
    text: 'A link.',
    evidence: ['smith2020'],
    lesson: '/learn/demo/one#idea',
  });
  return {
    title: 'Tiny cycle',
    description: 'Three steps.',
    size: { width: 600, height: 400 },
    loop: ['a', 'b', 'c'],
    steps: [
      step('a', 100, 60),
      step('b', 500, 60),
      step('c', 300, 340),
      { ...step('d', 300, 200), category: 'lifestyle' },
    ],
    arrows: [arrow('a', 'b'), arrow('b', 'c'), arrow('c', 'a'), arrow('d', 'a')],
    interventions: [
      {
        id: 'move',
        name: 'Moving more',
        badge: 'Move',
        actsOn: ['a', 'c-to-a'],
        how: 'It acts.',
        humanEvidence: 'trials',
        evidenceText: 'Trials.',
        evidence: ['doe2019'],
        lesson: '/learn/demo/one#idea',
      },
    ],
  };
}

const keys = new Set(references.map((entry) => entry.key));
const problemsOf = (change: (data: Cycle) => void) => {
  const data = tinyCycle();
  change(data);
  return cycleProblems(data, keys);
};

describe('cycle data checks', () => {
  it('accepts a valid cycle, and the course’s own', () => {
    expect(cycleProblems(tinyCycle(), keys)).toEqual([]);
    expect(cycleProblems(courseCycle, new Set(bibliography.map((entry) => entry.key)))).toEqual([]);
  });

  it('names the file and the item for a step without text or evidence', () => {
    expect(problemsOf((data) => Object.assign(must(data.steps[1]), { text: ' ', evidence: [] }))).toEqual([
      'src/data/cycle.ts: step "b" has no text',
      'src/data/cycle.ts: step "b" has no evidence (give citation keys from src/data/bibliography.ts)',
    ]);
  });

  it('rejects an unknown citation key, step, arrow end, category, strength or intervention target', () => {
    const problems = problemsOf((data) => {
      must(data.arrows[0]).evidence = ['nobody1999'];
      must(data.arrows[1]).to = 'z';
      must(data.arrows[2]).strength = 'proven' as never;
      must(data.steps[0]).category = 'hormonal' as never;
      must(data.interventions[0]).actsOn = ['nowhere'];
      must(data.interventions[0]).humanEvidence = 'great' as never;
    });
    expect(problemsOf(() => {})).toEqual([]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'src/data/cycle.ts: arrow "a-to-b" cites "nobody1999", which is not in src/data/bibliography.ts',
        'src/data/cycle.ts: arrow "b-to-c" has to "z", which is not a step',
        expect.stringMatching(/^src\/data\/cycle\.ts: arrow "c-to-a" has strength "proven"/),
        expect.stringMatching(/^src\/data\/cycle\.ts: step "a" has category "hormonal"/),
        'src/data/cycle.ts: intervention "move" acts on "nowhere", which is not a step or an arrow',
        expect.stringMatching(/^src\/data\/cycle\.ts: intervention "move" has humanEvidence "great"/),
        'src/data/cycle.ts: the loop goes from "b" to "c", but no arrow does',
      ]),
    );
  });

  it('rejects a lesson link that is not a site path, and (after the build) one whose page or anchor is missing', () => {
    expect(problemsOf((data) => (must(data.steps[0]).lesson = 'one#idea'))).toEqual([
      'src/data/cycle.ts: step "a" lesson "one#idea" must be a site path starting with "/"',
    ]);
    const links = { pageExists: (page: string) => page === '/learn/demo/one', anchorExists: () => false };
    const data = tinyCycle();
    data.arrows = data.arrows.map((arrow) => ({ ...arrow, lesson: '/learn/demo/two' }));
    const problems = cycleProblems(data, keys, 'src/data/cycle.ts', links);
    expect(problems).toContain(
      'src/data/cycle.ts: step "a" lesson anchor "#idea" does not exist on page "/learn/demo/one"',
    );
    expect(problems).toContain(
      'src/data/cycle.ts: arrow "a-to-b" lesson page "/learn/demo/two" does not exist',
    );
  });

  it('rejects shared ids, overlapping or overflowing boxes, long labels and a short loop', () => {
    const problems = problemsOf((data) => {
      must(data.interventions[0]).id = 'a';
      must(data.steps[3]).at = { x: 120, y: 70 };
      must(data.steps[2]).at = { x: 590, y: 340 };
      must(data.steps[1]).label = ['a label line far too long for a box'];
      data.loop = ['a', 'b'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/id "a" is used 2 times/),
        'src/data/cycle.ts: steps "a" and "d" overlap in the picture; move one (at: { x, y })',
        expect.stringMatching(/step "c" does not fit in the picture \(600 × 400\)/),
        expect.stringMatching(/label line "a label line far too long for a box" is longer than 22/),
        'src/data/cycle.ts: the loop needs at least 3 steps, in order',
      ]),
    );
  });

  it('survives data of the wrong shape', () => {
    expect(cycleProblems(null, keys)).toEqual([
      'src/data/cycle.ts: the default export must be the cycle object',
    ]);
    expect(cycleProblems({ steps: [{}], arrows: 'x', loop: 3 }, keys).length).toBeGreaterThan(3);
  });
});

describe('the cycle view', () => {
  it('resolves citations to kind, species and who was studied', () => {
    const view = cycleView(tinyCycle(), references);
    expect(must(view.steps[0]).evidence).toEqual([
      { key: 'smith2020', cite: 'Smith et al. 2020', kind: 'Mouse study', who: 'obese mice' },
    ]);
    expect(must(view.interventions[0]).evidence[0]).toMatchObject({
      cite: 'Doe 2020',
      kind: 'Trial in people',
    });
    expect(evidenceKind(reference({ evidence: 'cell', population: { species: 'cells' } }))).toBe(
      'Cell study',
    );
    expect(citeOf(reference({ authors: ['Aguirre V', 'et al.'] }))).toBe('Aguirre et al. 2020');
    expect(citeOf(reference({ authors: [] }))).toBe('[Authors not confirmed] 2020');
    expect(citeOf(reference({ authors: ['Verheggen RJHM', 'Maessen MFH'] }))).toBe('Verheggen et al. 2020');
    expect(citeOf(reference({ authors: ['Simental-Mendía LE'] }))).toBe('Simental-Mendía 2020');
  });

  it('marks loop positions and draws every arrow from box edge to box edge', () => {
    const view = cycleView(tinyCycle(), references);
    expect(view.steps.map((step) => step.loopIndex)).toEqual([0, 1, 2, -1]);
    for (const arrow of view.arrows) {
      expect(arrow.path).toMatch(/^M[\d. ]+ [LQ][\d. ]+$/);
      expect(arrow.head.split(' ')).toHaveLength(3);
    }
    // a → b runs left to right between boxes centred at x 100 and x 500, each 168 wide.
    const [start] = must(view.arrows[0]).path.slice(1).split(' ').map(Number);
    expect(start).toBeGreaterThan(100 + 168 / 2);
  });

  it('names lesson sections from the lessons’ headings', () => {
    const docs = tempTree({
      'docs/01-demo/01-one.md':
        "---\ntitle: 'One: the start'\nsidebar_label: One\n---\n\n## The [idea](x.md) itself {#idea}\n",
      'docs/00-welcome/01-welcome.mdx': '---\nslug: /welcome\n---\n\n## Hello {#hi}\n',
    });
    const sectionOf = lessonSections(path.join(docs, 'docs'), 'learn');
    expect(sectionOf('/learn/demo/one#idea')).toEqual({ section: 'The idea itself', lesson: 'One' });
    expect(sectionOf('/learn/welcome#hi')).toEqual({ section: 'Hello' });
    expect(sectionOf('/learn/demo/two#some-thing')).toEqual({ section: 'Some thing' });
  });
});

describe('remark-cycle', () => {
  const site = tempTree({ 'src/data/cycle.ts': 'export const cycle = {};\n' });
  const build = async (markdown: string, data: unknown = tinyCycle()) =>
    String(
      await compile(new VFile({ path: path.join(site, 'docs/one.md'), value: markdown }), {
        format: 'md',
        remarkPlugins: [
          remarkDirective,
          [remarkCycle, { siteDir: site, load: async () => ({ cycle: data }), bibliography: references }],
        ],
      }),
    );

  it('turns `::cycle` into the explorer with the laid-out cycle, imported by the page', async () => {
    const js = await build('Text.\n\n::cycle\n');
    expect(js).toContain('import CycleExplorer from "@site/src/components/CycleExplorer"');
    expect(js).toMatch(/_jsx\(CycleExplorer, \{\s*cycle: \{\s*"title": "Tiny cycle"/);
    expect(js).toContain('"kind": "Mouse study"');
    expect(await build('No explorer.\n')).not.toContain('CycleExplorer');
  });

  it('fails the build on broken data, naming the file and the item', async () => {
    const broken = tinyCycle();
    must(broken.steps[0]).evidence = ['nobody1999'];
    await expect(build('::cycle\n', broken)).rejects.toThrow(
      'src/data/cycle.ts: step "a" cites "nobody1999", which is not in src/data/bibliography.ts',
    );
  });

  it('accepts the explorer once per page, on a line of its own', async () => {
    await expect(build('::cycle\n\n::cycle\n')).rejects.toThrow(
      /docs\/one\.md:3:1: a page can show the cycle explorer once/,
    );
    await expect(build('See :cycle here.\n')).rejects.toThrow(/a line of its own: ::cycle/);
  });
});
