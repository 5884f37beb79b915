// Teachers' downloads: every quiz as Moodle GIFT text and as an IMS QTI 2.1 package, written next to
// the built site (`downloads/`) from the same quiz data the pages use, so they never drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Quiz } from '../../src/quiz/types';
import { giftProblems, quizToGift } from '../../src/quiz/export/gift';
import { quizToQtiZip } from '../../src/quiz/export/qti';

export const DOWNLOADS_DIR = 'downloads';

/** One quiz's downloads, as the teachers' page lists them (paths under the site's base URL). */
export interface QuizExport {
  title: string;
  questions: number;
  gift: string;
  qti: string;
}

export function quizExports(quizzes: readonly Quiz[]): QuizExport[] {
  return quizzes.map((quiz) => ({
    title: quiz.title,
    questions: quiz.questions.length,
    gift: `${DOWNLOADS_DIR}/${quiz.id}.gift.txt`,
    qti: `${DOWNLOADS_DIR}/${quiz.id}-qti21.zip`,
  }));
}

/** Questions an export cannot carry, each naming its file, quiz and question. */
export function exportProblems(quizzes: readonly { file: string; quiz: Quiz }[]): string[] {
  return quizzes.flatMap(({ file, quiz }) => giftProblems(quiz).map((problem) => `${file}: ${problem}`));
}

export function writeQuizExports(outDir: string, quizzes: readonly Quiz[]): void {
  mkdirSync(path.join(outDir, DOWNLOADS_DIR), { recursive: true });
  const entries = quizExports(quizzes);
  quizzes.forEach((quiz, index) => {
    const entry = entries[index];
    if (!entry) return;
    writeFileSync(path.join(outDir, entry.gift), quizToGift(quiz));
    writeFileSync(path.join(outDir, entry.qti), quizToQtiZip(quiz));
  });
}
