// @vitest-environment node
import path from 'node:path';
import { tempTree } from '../../src/test/tempTree';
import { loadQuizzes, scanCourse } from './scan';

const QUIZ_PAGE =
  "---\ntitle: Quiz\n---\n\nimport Quiz from '@site/src/components/Quiz';\nimport quiz from './quiz';\n\n<Quiz quiz={quiz} />\n";
const category = (label: string, summary?: string) =>
  JSON.stringify({ label, ...(summary ? { customProps: { summary } } : {}) });

const site = (files: Record<string, string>) => tempTree(files, 'course-');

const course = {
  'docs/00-welcome/_category_.json': category('Welcome'),
  'docs/00-welcome/01-welcome.md': '# Welcome',
  'docs/01-basics/_category_.json': category('1. The basics', 'What insulin does.'),
  'docs/01-basics/01-insulin.md': '# Insulin',
  'docs/01-basics/02-glucose.md': '# Glucose',
  'docs/01-basics/quiz.ts': 'export default {};',
  'docs/01-basics/99-quiz.mdx': QUIZ_PAGE,
  'docs/02-more/_category_.json': category('2. More', 'A module without a quiz.'),
  'docs/02-more/01-a.md': '# A',
};

describe('scanCourse', () => {
  it('derives each module from its folder: id, number, title, summary, lessons, quiz and its page', () => {
    const dir = site(course);
    const modules = scanCourse(dir);
    expect(modules).toEqual([
      {
        id: 'basics',
        number: 1,
        title: 'The basics',
        summary: 'What insulin does.',
        folder: 'docs/01-basics',
        lessonFiles: [
          'docs/01-basics/01-insulin.md',
          'docs/01-basics/02-glucose.md',
          'docs/01-basics/99-quiz.mdx',
        ],
        quizFile: 'docs/01-basics/quiz.ts',
        quizPageFile: 'docs/01-basics/99-quiz.mdx',
      },
      {
        id: 'more',
        number: 2,
        title: 'More',
        summary: 'A module without a quiz.',
        folder: 'docs/02-more',
        lessonFiles: ['docs/02-more/01-a.md'],
      },
    ]);
  });

  it("loads each module's quiz with the loader it is given, text in NFC", async () => {
    const dir = site(course);
    const modules = scanCourse(dir);
    const asked: string[] = [];
    const quizzes = await loadQuizzes(dir, modules, async (file) => {
      asked.push(file);
      return { id: 'basics-quiz', title: 'Mendi\u0301a' };
    });
    expect(asked).toEqual([path.join(dir, 'docs/01-basics/quiz.ts')]);
    expect(quizzes).toEqual([
      { file: 'docs/01-basics/quiz.ts', quiz: { id: 'basics-quiz', title: 'Mendía' }, module: modules[0] },
    ]);
  });

  it.each([
    [
      'a quiz without its page',
      { 'docs/01-basics/99-quiz.mdx': '# Quiz' },
      'docs/01-basics/quiz.ts has no page: add docs/01-basics/99-quiz.mdx',
    ],
    [
      'a module without a summary',
      { 'docs/02-more/_category_.json': category('2. More') },
      'docs/02-more/_category_.json: add the module\'s one-sentence summary for the landing page: "customProps": {"summary": "..."}',
    ],
    [
      'a quiz in a folder that is not a module',
      { 'docs/00-welcome/quiz.ts': 'export default {};' },
      'docs/00-welcome/quiz.ts: a quiz belongs to a module, but docs/00-welcome/_category_.json has no numbered label',
    ],
    [
      'a page showing a quiz file that does not exist',
      { 'docs/02-more/99-quiz.mdx': QUIZ_PAGE },
      'docs/02-more/99-quiz.mdx imports ./quiz, but docs/02-more/quiz.ts does not exist',
    ],
    [
      'module numbers out of folder order',
      { 'docs/02-more/_category_.json': category('3. More', 'x') },
      'docs/02-more/_category_.json: the label says module 3, but it is module 2 in folder order',
    ],
  ])('refuses %s, saying what to add where', (_name, change, message) => {
    expect(() => scanCourse(site({ ...course, ...change }))).toThrow(message);
  });
});
