import type { CheckSet, SingleQuestion } from '../../src/quiz/types';
import { checkMarkers, placementProblems, type LessonDoc } from './checks';

const question = (id: string, lesson: string): SingleQuestion => ({
  id,
  kind: 'single',
  level: 'recall',
  prompt: 'Which?',
  explanation: 'Because.',
  lesson,
  options: [
    { id: 'a', text: 'A', correct: true, feedback: 'Yes.' },
    { id: 'b', text: 'B', correct: false, feedback: 'No.' },
  ],
});

const set: CheckSet = {
  id: 'demo-checks',
  module: 'demo',
  questions: [question('first', '/learn/demo/one#idea'), question('second', '/learn/demo/two')],
};
const lesson = (name: string, text: string, isLesson = true): LessonDoc => ({
  file: `docs/01-demo/${name}.md`,
  page: `/learn/demo/${name}`,
  text,
  isLesson,
});
const FILE = 'docs/01-demo/checks.ts';

describe('checkMarkers', () => {
  it('finds the check lines, and only whole lines', () => {
    const text = 'Text.\n\n::check{id="first"}\n\nA ::check{id="inline"} in prose.\n::check{id="second"}  \n';
    expect(checkMarkers(text)).toEqual(['first', 'second']);
  });
});

describe('placementProblems', () => {
  it('accepts each question placed once, in its own lesson', () => {
    const lessons = [lesson('one', '::check{id="first"}'), lesson('two', '::check{id="second"}')];
    expect(placementProblems({ folder: 'docs/01-demo', checks: { file: FILE, set }, lessons })).toEqual([]);
  });

  it('names a question not placed, placed twice or placed in another lesson, and a lesson without a check', () => {
    const lessons = [
      lesson('one', '::check{id="second"}\n\n::check{id="second"}'),
      lesson('two', 'No check here.'),
      lesson('glossary', 'A reference page.', false),
    ];
    expect(placementProblems({ folder: 'docs/01-demo', checks: { file: FILE, set }, lessons })).toEqual([
      expect.stringMatching(/^docs\/01-demo\/two\.md: a lesson needs at least one check/),
      `${FILE}: question "first" is not placed in any lesson: add the line ::check{id="first"} to docs/01-demo/one.md, after the idea it tests.`,
      `${FILE}: question "second" is placed 2 times (docs/01-demo/one.md, docs/01-demo/one.md); place it once.`,
    ]);
    const moved = [
      lesson('one', '::check{id="first"}\n::check{id="second"}'),
      lesson('two', '::check{id="first"}'),
    ];
    expect(
      placementProblems({ folder: 'docs/01-demo', checks: { file: FILE, set }, lessons: moved }),
    ).toContain(
      `${FILE}: question "first" is placed 2 times (docs/01-demo/one.md, docs/01-demo/two.md); place it once.`,
    );
    const wrongLesson = [
      lesson('one', '::check{id="first"}\n::check{id="second"}'),
      lesson('two', '::check{id="x"}'),
    ];
    expect(
      placementProblems({ folder: 'docs/01-demo', checks: { file: FILE, set }, lessons: wrongLesson }),
    ).toEqual([
      `${FILE}: question "second" is placed in docs/01-demo/one.md, but its lesson link points to /learn/demo/two: a check tests the lesson it is in.`,
    ]);
  });

  it('asks for a check set when a module has lessons but none', () => {
    const problems = placementProblems({ folder: 'docs/01-demo', lessons: [lesson('one', 'Text.')] });
    expect(problems).toEqual([expect.stringContaining('add it to docs/01-demo/checks.ts')]);
  });
});
