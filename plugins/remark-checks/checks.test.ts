// @vitest-environment node
import path from 'node:path';
import { utimesSync } from 'node:fs';
import { compile, createProcessor } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import { tempTree } from '../../src/test/tempTree';
import type { CheckSet } from '../../src/quiz/types';
import remarkChecks from './index';

const set: CheckSet = {
  id: 'demo-checks',
  module: 'demo',
  questions: [
    {
      id: 'first',
      kind: 'true-false',
      level: 'recall',
      prompt: 'Insulin resistance means too little insulin.',
      explanation: 'Usually there is more insulin, not less.',
      lesson: '/learn/demo/one#idea',
      options: [
        { id: 'true', text: 'True', correct: false, feedback: 'No.', misconception: 'ir-means-low-insulin' },
        { id: 'false', text: 'False', correct: true, feedback: 'Right.' },
      ],
    },
  ],
};

// The folder holds a checks.ts so the plugin finds it; `load` hands back the data under test.
const site = tempTree({ 'docs/01-demo/checks.ts': 'export default {};\n', 'docs/02-none/.keep': '' });
const lessonFile = path.join(site, 'docs/01-demo/one.md');

async function build(markdown: string, data: unknown = set, file = lessonFile): Promise<string> {
  const result = await compile(new VFile({ path: file, value: markdown }), {
    format: 'md',
    remarkPlugins: [remarkDirective, [remarkChecks, { load: async () => data }]],
  });
  return String(result);
}

describe('remark-checks', () => {
  it('turns a check line into the component with its question, imported by the page', async () => {
    const js = await build('Some idea.\n\n::check{id="first"}\n\nMore text.\n');
    expect(js).toContain('import InlineCheck from "@site/src/components/InlineCheck"');
    expect(js).toMatch(/_jsx\(InlineCheck, \{\s*setId: "demo-checks",\s*question: \{\s*"id": "first"/);
    expect(js).toContain('"misconception": "ir-means-low-insulin"');
    expect(js).not.toContain('::check');
  });

  it('leaves a page without checks alone (no import)', async () => {
    expect(await build('Just text.\n')).not.toContain('InlineCheck');
  });

  it('fails on an unknown question, naming the lesson, the line and the questions it has', async () => {
    await expect(build('Text.\n\n::check{id="secnod"}\n')).rejects.toThrow(
      /docs\/01-demo\/one\.md:3:1: check "secnod" is not a question in .*docs\/01-demo\/checks\.ts \(it has "first"\)/,
    );
  });

  it('fails on a check without an id, or written inline', async () => {
    await expect(build('::check\n')).rejects.toThrow(/one\.md:1:1: the check needs the id of a question/);
    await expect(build('Text :check{id="first"} here.\n')).rejects.toThrow(/a check is a line of its own/);
  });

  it('fails on a malformed check set, naming the file, the set and the question', async () => {
    const broken = { ...set, questions: [{ ...set.questions[0], options: [] }] };
    await expect(build('::check{id="first"}\n', broken)).rejects.toThrow(
      /checks\.ts: checks "demo-checks": question "first": a "true-false" question must have exactly 2 options/,
    );
  });

  it('fails when the module has no checks.ts', async () => {
    await expect(build('::check{id="first"}\n', set, path.join(site, 'docs/02-none/a.md'))).rejects.toThrow(
      /a\.md:1:1: checks come from .*docs\/02-none\/checks\.ts, which does not exist/,
    );
  });
});

describe('remark-checks loading', () => {
  it('loads a module’s checks.ts once for all its lessons, and again after the file changes', async () => {
    const load = vi.fn(async () => set);
    const processor = createProcessor({
      format: 'md',
      remarkPlugins: [remarkDirective, [remarkChecks, { load }]],
    });
    const lesson = (name: string) =>
      processor.process(
        new VFile({ path: path.join(site, `docs/01-demo/${name}.md`), value: '::check{id="first"}\n' }),
      );
    await lesson('one');
    await lesson('two');
    expect(load).toHaveBeenCalledTimes(1);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(site, 'docs/01-demo/checks.ts'), later, later);
    await lesson('three');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
