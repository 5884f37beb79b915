// The author-side validator: every problem of a quiz data file, each message naming the file, the
// quiz id and (where it applies) the question id, so a failing build points at the exact place.
import type { LinkChecker, Quiz } from './types';
import { duplicates, isKebabId, isRecord, questionProblems } from './validateQuestion';

export type { LinkChecker } from './types';

function label(id: unknown): string {
  return typeof id === 'string' && id !== '' ? JSON.stringify(id) : '(no id)';
}

/** Each question's problems, prefixed with the question, and question ids used twice. */
function questionListProblems(questions: unknown[], add: (message: string) => void, links?: LinkChecker) {
  for (const [index, question] of questions.entries()) {
    if (!isRecord(question)) {
      add(`question ${index + 1} is not an object`);
      continue;
    }
    const where = isKebabId(question.id) ? `question "${question.id}"` : `question ${index + 1}`;
    for (const message of questionProblems(question, links)) add(`${where}: ${message}`);
  }
  const ids = questions.map((q: unknown) => (isRecord(q) ? q.id : undefined));
  for (const [id, n] of duplicates(ids)) add(`question "${id}": the question id is used ${n} times`);
}

/**
 * All problems of one quiz, as messages such as
 * `src/data/quizzes/x.ts: quiz "x-quiz", question "q3": a "single" question must have exactly one
 * correct option (found 2)`. An empty list means the quiz is valid.
 */
export function validateQuiz(quiz: unknown, file: string, links?: LinkChecker): string[] {
  if (!isRecord(quiz)) return [`${file}: the file must export a quiz object`];
  const at = `${file}: quiz ${label(quiz.id)}`;
  const problems: string[] = [];
  const add = (message: string) => problems.push(`${at}: ${message}`);

  if (!isKebabId(quiz.id)) add('the quiz needs a kebab-case id');
  if (typeof quiz.title !== 'string' || quiz.title.trim() === '') add('the quiz has no title');
  if (!isKebabId(quiz.module)) add('the quiz needs a kebab-case module');
  const threshold = quiz.passThreshold;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    add(`passThreshold must be a number from 0 to 1 (found ${JSON.stringify(threshold) ?? 'nothing'})`);
  }
  if (!Array.isArray(quiz.questions) || quiz.questions.length === 0) {
    add('the quiz has no questions');
    return problems;
  }

  questionListProblems(quiz.questions, add, links);
  return problems;
}

/**
 * All problems of a module's check set (`docs/<NN>-<module>/checks.ts`), named like a quiz's:
 * `docs/02-vicious-cycle/checks.ts: checks "vicious-cycle-checks", question "q3": …`.
 */
export function validateCheckSet(set: unknown, file: string, links?: LinkChecker): string[] {
  if (!isRecord(set)) return [`${file}: the file must export a check set (export default checks)`];
  const at = `${file}: checks ${label(set.id)}`;
  const problems: string[] = [];
  const add = (message: string) => problems.push(`${at}: ${message}`);
  if (!isKebabId(set.module)) add('the check set needs a kebab-case module');
  else if (set.id !== `${set.module}-checks`) add(`the id must be "${set.module}-checks"`);
  if (!Array.isArray(set.questions) || set.questions.length === 0) {
    add('the check set has no questions');
    return problems;
  }
  questionListProblems(set.questions, add, links);
  return problems;
}

/** A quiz data file as the build sees it. */
export interface QuizSource {
  file: string;
  quiz: unknown;
}

/**
 * All problems of a set of quizzes: each quiz's own, plus quiz ids or modules used twice (a module
 * has one quiz page, `/learn/<module>/quiz`).
 */
export function validateQuizzes(sources: readonly QuizSource[], links?: LinkChecker): string[] {
  const problems = sources.flatMap(({ quiz, file }) => validateQuiz(quiz, file, links));
  for (const field of ['id', 'module'] as const) {
    const firstFile = new Map<string, string>();
    for (const { quiz, file } of sources) {
      const value = isRecord(quiz) ? quiz[field] : undefined;
      if (typeof value !== 'string' || value === '') continue;
      const other = firstFile.get(value);
      if (other === undefined) {
        firstFile.set(value, file);
      } else if (field === 'id') {
        problems.push(`${file}: quiz "${value}": duplicate quiz id (also used in ${other})`);
      } else {
        const id = isRecord(quiz) ? label(quiz.id) : '(no id)';
        problems.push(`${file}: quiz ${id}: module "${value}" already has a quiz (in ${other})`);
      }
    }
  }
  return problems;
}

/** Throws one error listing every problem; for build steps that must stop on bad data. */
export function assertValidQuizzes(sources: readonly QuizSource[], links?: LinkChecker): Quiz[] {
  const problems = validateQuizzes(sources, links);
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new Error(`Invalid quiz data (${count}):\n- ${problems.join('\n- ')}`);
  }
  return sources.map(({ quiz }) => quiz as Quiz); // safe: validated above
}
