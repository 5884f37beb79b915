// Where the checks inside lessons are placed, and the course's rules for them: every question of a
// module's check set is placed exactly once, in the lesson its `lesson` link names, and every lesson
// of a module (a page with a reading time) has at least one check. Each problem names the file.
import type { CheckSet } from '../../src/quiz/types';

/** A `::check{id="…"}` line, as AUTHORING.md writes it (the remark plugin rejects other forms). */
const MARKER = /^::check\{id="([^"]*)"\}[ \t]*$/gm;

/** The question ids of the check lines in a lesson's source, in order. */
export function checkMarkers(text: string): string[] {
  return [...text.matchAll(MARKER)].map((match) => match[1] ?? '');
}

export interface LessonDoc {
  file: string;
  /** Site path without base URL. */
  page: string;
  text: string;
  /** Whether the page is a lesson that must have a check (it has a reading time). */
  isLesson: boolean;
}

export interface ModuleChecks {
  folder: string;
  /** The check set file and its (validated) content, if the module has one. */
  checks?: { file: string; set: CheckSet };
  lessons: readonly LessonDoc[];
}

export function placementProblems({ folder, checks, lessons }: ModuleChecks): string[] {
  const problems: string[] = [];
  const placedIn = new Map<string, LessonDoc[]>();
  for (const lesson of lessons) {
    for (const id of checkMarkers(lesson.text)) placedIn.set(id, [...(placedIn.get(id) ?? []), lesson]);
  }
  for (const lesson of lessons) {
    if (lesson.isLesson && checkMarkers(lesson.text).length === 0) {
      problems.push(
        `${lesson.file}: a lesson needs at least one check (a question right after the idea it tests): ` +
          `add it to ${checks?.file ?? `${folder}/checks.ts`} and put a line ::check{id="question-id"} in the lesson. See AUTHORING.md, "Write checks inside a lesson".`,
      );
    }
  }
  if (!checks) return problems;
  for (const question of checks.set.questions) {
    const where = placedIn.get(question.id) ?? [];
    const [only] = where;
    const at = `${checks.file}: question "${question.id}"`;
    const page = question.lesson.split('#')[0];
    if (only === undefined) {
      const target = lessons.find((lesson) => lesson.page === page);
      problems.push(
        `${at} is not placed in any lesson: add the line ::check{id="${question.id}"} to ${target?.file ?? 'its lesson'}, after the idea it tests.`,
      );
    } else if (where.length > 1) {
      problems.push(
        `${at} is placed ${where.length} times (${where.map((l) => l.file).join(', ')}); place it once.`,
      );
    } else if (only.page !== page) {
      problems.push(
        `${at} is placed in ${only.file}, but its lesson link points to ${page}: a check tests the lesson it is in.`,
      );
    }
  }
  return problems;
}
