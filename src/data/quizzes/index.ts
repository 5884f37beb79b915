// Every quiz of the course, in course order (the five module quizzes, then the final assessment).
// The progress page lists these; the build validates them with validateQuizzes (src/quiz/validate.ts).
import type { Quiz } from '../../quiz/types';
import { nfc } from '../text';
import breakingTheCycle from './breaking-the-cycle';
import final from './final';
import lifestyleDrivers from './lifestyle-drivers';
import measuring from './measuring';
import understanding from './understanding';
import viciousCycle from './vicious-cycle';

/** The data files, for build-time validation messages that name the file (text in NFC). */
export const quizFiles: readonly { file: string; quiz: Quiz }[] = [
  { file: 'src/data/quizzes/understanding.ts', quiz: understanding },
  { file: 'src/data/quizzes/vicious-cycle.ts', quiz: viciousCycle },
  { file: 'src/data/quizzes/lifestyle-drivers.ts', quiz: lifestyleDrivers },
  { file: 'src/data/quizzes/breaking-the-cycle.ts', quiz: breakingTheCycle },
  { file: 'src/data/quizzes/measuring.ts', quiz: measuring },
  { file: 'src/data/quizzes/final.ts', quiz: final },
].map(({ file, quiz }) => ({ file, quiz: nfc(quiz) }));

export const quizzes: readonly Quiz[] = quizFiles.map(({ quiz }) => quiz);
