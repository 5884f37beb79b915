// Docusaurus plugin: the course's structure, read from its files (./scan.ts).
// - loadContent: finds the modules and their quiz files, loads and validates every quiz (so
//   `npm start` stops on a malformed quiz too), each message naming the file, quiz and question;
// - allContentLoaded: matches files to the pages Docusaurus made of them, hands the module list to
//   the site (plugin data for the landing page) and adds the progress page with every quiz;
// - postBuild: checks each question's link to a lesson section against the built pages, and the
//   vicious-cycle explorer's (src/data/cycle.ts); writes each quiz's GIFT and QTI downloads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadFreshModule } from '@docusaurus/utils';
import type { CourseModule, CourseStructureData } from '../../src/data/course.types';
import { quizIdAtPage, quizPage } from '../../src/quiz/pages';
import type { CheckSet } from '../../src/quiz/types';
import { assertValidQuizzes, validateCheckSet, type LinkChecker } from '../../src/quiz/validate';
import { lessonPath } from '../../src/quiz/visits';
import {
  lessonWords,
  readingMinutes,
  totalMinutes,
  type LessonWords,
  type ReadingMinutes,
} from '../../src/lib/readingTime';
import { builtHtmlLinkChecker } from './linkChecker';
import { citedByOf, claimProblems, type CourseDoc } from './evidence';
import { placementProblems } from './checks';
import { exportProblems, quizExports, writeQuizExports } from './exports';
import { cycle } from '../../src/data/cycle';
import { bibliography } from '../../src/data/bibliography';
import { cycleProblems } from '../../src/components/CycleExplorer/validate';
import {
  courseStructureError,
  loadCheckSets,
  loadQuizzes,
  scanCourse,
  type CourseCheckSet,
  type CourseQuiz,
  type ScannedModule,
} from './scan';

export const PLUGIN_NAME = 'course-structure';

/** Pages with fewer words of text than this are reference pages, shown without a reading time. */
const MIN_LESSON_WORDS = 150;

export type { CourseStructureData };

interface Content {
  modules: ScannedModule[];
  quizzes: CourseQuiz[];
  checkSets: CourseCheckSet[];
}

/** Stops the build on any problem of the modules' check sets (each named by file, set and question). */
function assertValidCheckSets(sets: readonly CourseCheckSet[], links?: LinkChecker): void {
  const problems = sets.flatMap(({ file, set, module }) => {
    const problems = validateCheckSet(set, file, links);
    const declared = (set as { module?: unknown } | null)?.module;
    if (problems.length === 0 && declared !== module.id) {
      problems.push(
        `${file}: the check set of ${module.folder} needs module: "${module.id}" and id: "${module.id}-checks".`,
      );
    }
    return problems;
  });
  if (problems.length > 0)
    throw new Error(`Invalid check sets (${problems.length}):\n- ${problems.join('\n- ')}`);
}

interface DocsContent {
  loadedVersions: { docs: { source: string; permalink: string; title: string }[] }[];
}

/** Conventions the sidebar and the progress page rely on, checked once the pages are known. */
function conventionProblems(content: Content, pageOf: (file: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const { file, quiz, module } of content.quizzes) {
    const page = module.quizPageFile ? pageOf(module.quizPageFile) : undefined;
    if (page === undefined) continue; // reported by the scan
    if (quizPage(quiz) !== page || quizIdAtPage(page) !== quiz.id) {
      problems.push(
        `${file}: quiz ${JSON.stringify(quiz.id)} is shown on ${page}, so it needs module: "${module.id}" and ` +
          `id: "${module.id}-quiz", and its page must be ${module.folder}/99-quiz.mdx (served at /learn/${module.id}/quiz).`,
      );
    }
  }
  return problems;
}

export default function courseStructure(context: LoadContext): Plugin {
  const { siteDir, baseUrl } = context;
  return {
    name: PLUGIN_NAME,

    async loadContent() {
      const modules = scanCourse(siteDir);
      const quizzes = await loadQuizzes(siteDir, modules, loadFreshModule);
      assertValidQuizzes(quizzes);
      const unexportable = exportProblems(quizzes);
      if (unexportable.length > 0) throw courseStructureError(unexportable);
      const checkSets = await loadCheckSets(siteDir, modules, loadFreshModule);
      assertValidCheckSets(checkSets);
      return { modules, quizzes, checkSets };
    },

    async allContentLoaded({ allContent, actions }) {
      const content = allContent[PLUGIN_NAME]?.default as Content;
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const pages = new Map<string, string>();
      for (const doc of docs?.loadedVersions[0]?.docs ?? []) {
        const page = lessonPath(doc.permalink, baseUrl);
        if (page !== null) pages.set(doc.source.replace(/^@site\//, ''), page);
      }
      const pageOf = (file: string) => pages.get(file);

      const problems = conventionProblems(content, pageOf);
      // Every page's source, read once: for the reading times and for the evidence map.
      const courseDocs: CourseDoc[] = (docs?.loadedVersions[0]?.docs ?? []).flatMap((doc) => {
        const file = doc.source.replace(/^@site\//, '');
        const page = pageOf(file);
        if (page === undefined) return [];
        const module = content.modules.find((candidate) => candidate.lessonFiles.includes(file));
        const text = readFileSync(path.join(siteDir, file), 'utf8');
        return [{ file, page, title: doc.title, module: module?.number ?? 0, text }];
      });
      const docOf = new Map(courseDocs.map((doc) => [doc.file, doc]));
      const readingTimes: Record<string, ReadingMinutes> = {};
      const allWords: LessonWords[] = [];
      const wordsOfModule = (module: ScannedModule): LessonWords[] =>
        module.lessonFiles
          .filter((file) => file !== module.quizPageFile)
          .flatMap((file) => {
            const doc = docOf.get(file);
            if (doc === undefined) return [];
            const words = lessonWords(doc.text);
            // Pages made of components (glossary, references) have no reading time to speak of.
            if (words.core < MIN_LESSON_WORDS) return [];
            readingTimes[doc.page] = readingMinutes(words);
            allWords.push(words);
            return [words];
          });
      const modules: CourseModule[] = content.modules.map((module) => {
        const readingTime = totalMinutes(wordsOfModule(module));
        const firstLesson = module.lessonFiles.map(pageOf).find((page) => page !== undefined);
        if (firstLesson === undefined) problems.push(`${module.folder}: none of its lessons became a page.`);
        const quizPath = module.quizPageFile ? pageOf(module.quizPageFile) : undefined;
        const { id, number, title, summary } = module;
        return {
          id,
          number,
          title,
          summary,
          firstLesson: firstLesson ?? '',
          readingTime,
          ...(quizPath ? { quizPath } : {}),
        };
      });
      for (const module of content.modules) {
        const checks = content.checkSets.find((entry) => entry.module === module);
        const lessons = module.lessonFiles
          .filter((file) => file !== module.quizPageFile)
          .flatMap((file) => {
            const doc = docOf.get(file);
            return doc ? [{ file, page: doc.page, text: doc.text, isLesson: doc.page in readingTimes }] : [];
          });
        problems.push(
          ...placementProblems({
            folder: module.folder,
            lessons,
            ...(checks ? { checks: { file: checks.file, set: checks.set as CheckSet } } : {}),
          }),
        );
      }
      problems.push(...claimProblems(new Set(pages.values())));
      if (problems.length > 0) throw courseStructureError(problems);
      // Read by the evidence map page: `@generated/course-structure/default/evidence-map.json`.
      await actions.createData('evidence-map.json', JSON.stringify({ citedBy: citedByOf(courseDocs) }));

      actions.setGlobalData({
        modules,
        readingTimes,
        courseReadingTime: totalMinutes(allWords),
      } satisfies CourseStructureData);
      // In module order; a page receives [{ quiz }, …] and [{ set }, …] with each file's default export.
      const questionModules = {
        quizzes: content.quizzes.map(({ file }) => ({ quiz: path.join(siteDir, file) })),
        checks: content.checkSets.map(({ file }) => ({ set: path.join(siteDir, file) })),
      };
      actions.addRoute({
        path: `${baseUrl}progress`,
        component: '@site/src/components/ProgressPage',
        exact: true,
        modules: questionModules,
      });
      // The teachers' page lists each quiz's downloads (written in postBuild).
      const exportsData = await actions.createData(
        'quiz-exports.json',
        JSON.stringify(quizExports(content.quizzes.map(({ quiz }) => quiz))),
      );
      actions.addRoute({
        path: `${baseUrl}teachers`,
        component: '@site/src/components/TeachersPage',
        exact: true,
        modules: { exports: exportsData },
      });
      actions.addRoute({
        path: `${baseUrl}review`,
        component: '@site/src/components/ReviewPage',
        exact: true,
        modules: questionModules,
      });
    },

    async postBuild({ outDir, content }) {
      const links = builtHtmlLinkChecker(outDir);
      assertValidQuizzes((content as Content).quizzes, links);
      assertValidCheckSets((content as Content).checkSets, links);
      writeQuizExports(
        outDir,
        (content as Content).quizzes.map(({ quiz }) => quiz),
      );
      // The vicious-cycle explorer's lesson links, now that the pages and their anchors exist.
      const keys = new Set(bibliography.map((entry) => entry.key));
      const problems = cycleProblems(cycle, keys, 'src/data/cycle.ts', links);
      if (problems.length > 0) throw courseStructureError(problems);
    },
  };
}
