// Reads the course's structure from its files, so that a new module is a new folder and nothing
// else: `docs/<NN>-<id>/` with a `_category_.json` labelled "<N>. <Title>" (plus a summary in
// `customProps.summary`), its lessons, and optionally `quiz.ts` with the page that shows it.
// Whatever cannot be derived is an error that says what to add where.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { nfc } from '../../src/data/text';
import { parseModuleLabel } from '../../src/lib/moduleLabel';
import type { Quiz } from '../../src/quiz/types';

export interface ScannedModule {
  id: string;
  number: number;
  title: string;
  summary: string;
  /** Folder relative to the site, e.g. `docs/02-vicious-cycle`. */
  folder: string;
  /** Lesson files (`.md`/`.mdx`) relative to the site, in sidebar (file name) order. */
  lessonFiles: string[];
  /** `docs/<folder>/quiz.ts`, when there is one. */
  quizFile?: string;
  /** `docs/<folder>/checks.ts` (the questions inside its lessons), when there is one. */
  checksFile?: string;
  /** The lesson file that imports `./quiz` and so shows the quiz. */
  quizPageFile?: string;
}

const MODULE_FOLDER = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const LESSON = /\.mdx?$/;
const IMPORTS_QUIZ = /^import\s+\w+\s+from\s+['"]\.\/quiz(?:\.ts)?['"];?\s*$/m;

interface Category {
  label?: unknown;
  customProps?: { summary?: unknown };
}

function readCategory(file: string, relative: string): Category | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Category;
  } catch (error) {
    throw new Error(`${relative}: not valid JSON (${(error as Error).message}).`);
  }
}

/**
 * The modules under `docsDir` (numbered folders whose category label is numbered too, such as
 * "2. The vicious cycle"). Throws one error listing every problem found.
 */
export function scanCourse(siteDir: string, docsDir = 'docs'): ScannedModule[] {
  const problems: string[] = [];
  const modules: ScannedModule[] = [];
  const root = path.join(siteDir, docsDir);
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();

  for (const name of folders) {
    const folder = `${docsDir}/${name}`;
    const files = readdirSync(path.join(root, name)).sort();
    const hasQuiz = files.includes('quiz.ts');
    const categoryFile = `${folder}/_category_.json`;
    const category = readCategory(path.join(siteDir, categoryFile), categoryFile);
    const label = typeof category?.label === 'string' ? category.label : undefined;
    const numbered = label === undefined ? undefined : parseModuleLabel(label);
    const folderMatch = MODULE_FOLDER.exec(name);

    if (!numbered) {
      // Not a module (the welcome section, say), unless it has a quiz: a quiz needs a module.
      if (hasQuiz) {
        problems.push(
          `${folder}/quiz.ts: a quiz belongs to a module, but ${categoryFile} ${
            category ? 'has no numbered label' : 'is missing'
          }. Add ${categoryFile} with {"label": "<N>. <Title>", "customProps": {"summary": "<one sentence for the landing page>"}}.`,
        );
      }
      continue;
    }
    if (!folderMatch) {
      problems.push(`${folder}: a module folder is named "<NN>-<id>" in lowercase, e.g. "07-new-module".`);
      continue;
    }
    const summary = category?.customProps?.summary;
    if (typeof summary !== 'string' || summary.trim() === '') {
      problems.push(
        `${categoryFile}: add the module's one-sentence summary for the landing page: "customProps": {"summary": "..."}.`,
      );
    }
    const lessonFiles = files.filter((file) => LESSON.test(file) && !file.startsWith('_'));
    if (lessonFiles.length === 0)
      problems.push(`${folder}: a module needs at least one lesson (.md or .mdx).`);
    const quizPages = lessonFiles.filter((file) =>
      IMPORTS_QUIZ.test(readFileSync(path.join(root, name, file), 'utf8')),
    );
    if (hasQuiz && quizPages.length === 0) {
      problems.push(
        `${folder}/quiz.ts has no page: add ${folder}/99-quiz.mdx with front matter, then the lines\n` +
          `  import Quiz from '@site/src/components/Quiz';\n  import quiz from './quiz';\n\n  <Quiz quiz={quiz} />`,
      );
    }
    if (quizPages.length > 1) {
      problems.push(`${folder}: ${quizPages.join(' and ')} both show ./quiz; a module has one quiz page.`);
    }
    if (!hasQuiz && quizPages.length > 0) {
      problems.push(`${folder}/${quizPages[0]} imports ./quiz, but ${folder}/quiz.ts does not exist.`);
    }
    const [quizPage] = quizPages;
    modules.push({
      id: folderMatch[2] ?? name,
      number: numbered.number,
      title: numbered.title.trim(),
      summary: typeof summary === 'string' ? summary.trim() : '',
      folder,
      lessonFiles: lessonFiles.map((file) => `${folder}/${file}`),
      ...(hasQuiz ? { quizFile: `${folder}/quiz.ts` } : {}),
      ...(files.includes('checks.ts') ? { checksFile: `${folder}/checks.ts` } : {}),
      ...(quizPage ? { quizPageFile: `${folder}/${quizPage}` } : {}),
    });
  }

  for (const [index, module] of modules.entries()) {
    if (module.number !== index + 1) {
      problems.push(
        `${module.folder}/_category_.json: the label says module ${module.number}, but it is module ${index + 1} in folder order.`,
      );
    }
  }
  if (problems.length > 0) throw courseStructureError(problems);
  return modules;
}

/** One error listing every problem found in the course's structure. */
export function courseStructureError(problems: readonly string[]): Error {
  return new Error(`The course structure has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
}

export interface CourseQuiz {
  /** The quiz data file, relative to the site (`docs/02-vicious-cycle/quiz.ts`). */
  file: string;
  quiz: Quiz;
  module: ScannedModule;
}

type Load = (absolutePath: string) => Promise<unknown>;

interface ModuleFile {
  file: string;
  data: unknown;
  module: ScannedModule;
}

/** Each module's data file that `fileOf` names (if any), in module order, its text in NFC. */
async function loadModuleFiles(
  siteDir: string,
  modules: readonly ScannedModule[],
  fileOf: (module: ScannedModule) => string | undefined,
  load: Load,
): Promise<ModuleFile[]> {
  const loaded: ModuleFile[] = [];
  for (const module of modules) {
    const file = fileOf(module);
    if (file !== undefined) loaded.push({ file, data: nfc(await load(path.join(siteDir, file))), module });
  }
  return loaded;
}

/**
 * Every module's quiz, in module order, its text in NFC. `load` returns a quiz file's default
 * export: the build passes Docusaurus's module loader, the unit tests `import()`.
 */
export async function loadQuizzes(
  siteDir: string,
  modules: readonly ScannedModule[],
  load: Load,
): Promise<CourseQuiz[]> {
  const loaded = await loadModuleFiles(siteDir, modules, (module) => module.quizFile, load);
  return loaded.map(({ file, data, module }) => ({ file, quiz: data as Quiz, module }));
}

export interface CourseCheckSet {
  /** The check set file, relative to the site (`docs/02-vicious-cycle/checks.ts`). */
  file: string;
  /** Its default export, in NFC; validated by the caller. */
  set: unknown;
  module: ScannedModule;
}

/** Every module's check set, in module order. `load` as for `loadQuizzes`. */
export async function loadCheckSets(
  siteDir: string,
  modules: readonly ScannedModule[],
  load: Load,
): Promise<CourseCheckSet[]> {
  const loaded = await loadModuleFiles(siteDir, modules, (module) => module.checksFile, load);
  return loaded.map(({ file, data, module }) => ({ file, set: data, module }));
}
