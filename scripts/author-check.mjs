// The authoring guide, followed by a program. In a temporary copy of the project it adds a new
// module exactly as AUTHORING.md says (a folder with _category_.json, a lesson with a diagram, a
// formula, a citation of a newly added reference and a new glossary term, and a two-question quiz
// with its page), then runs the data unit tests, builds the site, checks the built HTML, and runs
// e2e-author/ in a browser: the module must be in the sidebar, on the landing page and on the
// progress page, and its quiz must work. Slow (a full build), so CI runs it (.ci/run), not npm test.
// Usage: node scripts/author-check.mjs [--keep]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'course-author-'));
const keep = process.argv.includes('--keep');
const SKIP =
  /^(node_modules|build[^/]*|\.docusaurus|test-results|playwright-report|screenshots|perf-results|\.git)(\/|$)|^tools\/perf\/node_modules/;

function step(text) {
  console.log(`\n==> author check: ${text}`);
}
function run(command, args, env = {}) {
  try {
    execFileSync(command, args, { cwd: work, stdio: 'inherit', env: { ...process.env, ...env } });
  } catch {
    throw new Error(`Author check failed at: ${command} ${args.join(' ')} (its output is above).`);
  }
}
function write(file, text) {
  mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
  writeFileSync(path.join(work, file), text);
}
function insertBefore(file, marker, text) {
  const source = readFileSync(path.join(work, file), 'utf8');
  const at = source.indexOf(marker);
  if (at === -1) throw new Error(`${file}: cannot find ${JSON.stringify(marker)} to insert before`);
  writeFileSync(path.join(work, file), source.slice(0, at) + text + source.slice(at));
}

step(`copying the project to ${work}`);
cpSync(root, work, { recursive: true, filter: (source) => !SKIP.test(path.relative(root, source)) });
symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');

step('adding a module as AUTHORING.md says');
// "Cite a study": a new entry in src/data/bibliography.ts (a made-up study: this copy is thrown away).
insertBefore(
  'src/data/bibliography.ts',
  ']);',
  `  {
    key: 'authorcheck2024',
    authors: ['Checker A', 'et al.'],
    year: 2024,
    title: 'A study added by the authoring check',
    journal: 'J Author Checks',
    note: 'Made up for the automated authoring check; never part of the course.',
    evidence: 'review',
  },
`,
);
// "Define a term": a new glossary entry, kept in order (between "AMPK" and "Beta cell").
insertBefore(
  'src/data/glossary.ts',
  "  {\n    id: 'beta-cell',",
  `  {
    id: 'author-check-term',
    term: 'Author check term',
    definition: 'A term added by the automated authoring check.',
  },
`,
);
write(
  'docs/07-author-check/_category_.json',
  `${JSON.stringify(
    {
      label: '7. Author check',
      position: 8,
      link: { type: 'generated-index', description: 'A module added by the automated authoring check.' },
      customProps: { summary: 'The summary of the module the authoring check added.' },
    },
    null,
    2,
  )}\n`,
);
write(
  'docs/07-author-check/01-new-lesson.md',
  `---
title: A lesson added by the authoring check
description: Checks that a new module, written as the authoring guide says, builds and works.
sidebar_label: New lesson
sidebar_position: 1
keywords: [authoring check]
---

# A lesson added by the authoring check

## What you will learn

- That a new module needs nothing but its folder.

## A new idea {#new-idea}

This sentence uses a [new term](term:author-check-term) and cites a new study [@authorcheck2024].

\`\`\`mermaid
flowchart TD
  accTitle: Two steps of the authoring check
  accDescr: Writing the folder leads to a working module.
  A[Write the folder] --> B[Working module]
\`\`\`

**In words:** writing the folder is all it takes to get a working module.

::check{id="where-a-module-lives"}

$$
\\text{HOMA-IR} = \\frac{\\text{insulin} \\times \\text{glucose}}{22.5}
$$

## Key takeaways

- A new module is a new folder.
`,
);
write(
  'docs/07-author-check/quiz.ts',
  `import type { Quiz } from '../../src/quiz/types';

const L = '/learn/author-check';

const quiz: Quiz = {
  id: 'author-check-quiz',
  title: 'Module 7 quiz: Author check',
  module: 'author-check',
  passThreshold: 0.5,
  questions: [
    {
      id: 'what-a-module-needs',
      kind: 'single',
      level: 'recall',
      prompt: 'What does a new module need?',
      explanation: 'Its folder: category file, lessons, and optionally a quiz and its page.',
      lesson: \`\${L}/new-lesson#new-idea\`,
      options: [
        { id: 'folder', text: 'Only its folder', correct: true, feedback: 'Right.' },
        { id: 'registry', text: 'An entry in a central list', correct: false, feedback: 'No list to edit.' },
      ],
    },
    {
      id: 'anything-else',
      kind: 'true-false',
      level: 'recall',
      prompt: 'True or false: another file must be edited too.',
      explanation: 'Nothing outside the folder changes (except new references and terms).',
      lesson: \`\${L}/new-lesson#new-idea\`,
      options: [
        { id: 'true', text: 'True', correct: false, feedback: 'Not so.' },
        { id: 'false', text: 'False', correct: true, feedback: 'Right.' },
      ],
    },
  ],
};

export default quiz;
`,
);
write(
  'docs/07-author-check/checks.ts',
  `import type { CheckSet } from '../../src/quiz/types';

const L = '/learn/author-check';

const checks: CheckSet = {
  id: 'author-check-checks',
  module: 'author-check',
  questions: [
    {
      id: 'where-a-module-lives',
      kind: 'single',
      level: 'apply',
      prompt: 'You want a seventh module. Where do you start?',
      explanation: 'A module is its folder under docs/; the build finds it there.',
      lesson: \`\${L}/new-lesson#new-idea\`,
      options: [
        { id: 'new-folder', text: 'A new folder under docs/', correct: true, feedback: 'Right: nothing else to register.' },
        { id: 'config', text: 'A list in the site configuration', correct: false, feedback: 'There is no such list.' },
      ],
    },
  ],
};

export default checks;
`,
);
write(
  'docs/07-author-check/99-quiz.mdx',
  `---
title: 'Module 7 quiz: Author check'
description: Check what you learned in module 7.
sidebar_label: Module 7 quiz
sidebar_position: 99
---

import Quiz from '@site/src/components/Quiz';
import quiz from './quiz';

# Module 7 quiz

<Quiz quiz={quiz} />
`,
);

try {
  step('data and quiz unit tests');
  run('npx', [
    'vitest',
    'run',
    'src/data',
    'src/quiz',
    'plugins/course-structure',
    'plugins/remark-citations',
  ]);
  step('build under /course-under-test/');
  run('npx', ['docusaurus', 'build', '--out-dir', 'build-author'], { BASE_URL: '/course-under-test/' });
  run('node', ['scripts/check-build.mjs', 'build-author']);
  step('the new module in a browser');
  run('npx', ['playwright', 'test', '--config', 'e2e-author/playwright.config.ts'], {
    AUTHOR_BUILD_DIR: path.join(work, 'build-author'),
  });
  console.log(
    '\nAuthor check passed: a module added as AUTHORING.md says builds, is listed and its quiz works.',
  );
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`Kept ${work}`);
}
