// Docusaurus plugin: validates every quiz data file. Structure is checked when the site loads
// (so `npm start` stops on a malformed quiz too); links to lesson sections are checked after the
// build, against the generated pages. Each message names the file, the quiz and the question.
import type { Plugin } from '@docusaurus/types';
import { quizFiles } from '../../src/data/quizzes';
import { assertValidQuizzes } from '../../src/quiz/validate';
import { builtHtmlLinkChecker } from './linkChecker';

export default function quizValidation(): Plugin {
  return {
    name: 'quiz-validation',
    async loadContent() {
      assertValidQuizzes(quizFiles);
    },
    async postBuild({ outDir }) {
      assertValidQuizzes(quizFiles, builtHtmlLinkChecker(outDir));
    },
  };
}
