// Author-side checks for one question. Data arrives as `unknown` (a data file may be wrong in any
// way), so every field is inspected before use; each problem is reported, none thrown.
import { isMisconceptionId } from '../data/misconceptions';
import type { LinkChecker } from './types';

export type Fields = Record<string, unknown>;

const KINDS = ['single', 'multiple', 'true-false', 'order'] as const;
const LEVELS = ['recall', 'apply'] as const;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isKebabId(value: unknown): value is string {
  return typeof value === 'string' && KEBAB.test(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Ids used more than once in `items`, with their counts, in first-seen order. */
export function duplicates(ids: readonly unknown[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const id of ids) if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1);
}

/** Checks a `lesson` path: a site path, and (with a checker) an existing page and anchor. */
export function lessonProblems(lesson: unknown, links?: LinkChecker): string[] {
  if (!isText(lesson)) return ['has no lesson link'];
  if (!lesson.startsWith('/')) return [`lesson "${lesson}" must be a site path starting with "/"`];
  if (!links) return [];
  const hash = lesson.indexOf('#');
  const page = hash === -1 ? lesson : lesson.slice(0, hash);
  const anchor = hash === -1 ? '' : lesson.slice(hash + 1);
  if (!links.pageExists(page)) return [`lesson page "${page}" does not exist`];
  if (anchor !== '' && !links.anchorExists(page, anchor)) {
    return [`lesson anchor "#${anchor}" does not exist on page "${page}"`];
  }
  return [];
}

function optionProblems(kind: string, options: unknown): string[] {
  if (!Array.isArray(options)) return [`a "${kind}" question needs a list of options`];
  const problems: string[] = [];
  if (kind === 'true-false' && options.length !== 2) {
    problems.push(`a "true-false" question must have exactly 2 options (found ${options.length})`);
  } else if (options.length < 2) {
    problems.push(`a "${kind}" question needs at least two options (found ${options.length})`);
  }
  const records = options.filter(isRecord);
  if (records.length !== options.length) problems.push('every option must be an object');
  for (const [index, option] of records.entries()) {
    const name = isKebabId(option.id) ? `option "${option.id}"` : `option ${index + 1}`;
    if (!isKebabId(option.id)) problems.push(`${name} needs a kebab-case id`);
    if (!isText(option.text)) problems.push(`${name} has no text`);
    if (typeof option.correct !== 'boolean') problems.push(`${name} must set correct: true or false`);
    if (!isText(option.feedback)) problems.push(`${name} has no feedback`);
    if (option.misconception !== undefined && !isMisconceptionId(option.misconception)) {
      problems.push(
        `${name} has the unknown misconception tag ${JSON.stringify(option.misconception)} (add it to src/data/misconceptions.ts or use one listed there)`,
      );
    }
  }
  for (const [id, n] of duplicates(records.map((o) => o.id))) {
    problems.push(`option id "${id}" is used ${n} times`);
  }
  // Compared without case or surrounding spaces; the message quotes the first option's wording.
  const firstWording = new Map<string, string>();
  const normalized: string[] = [];
  for (const { text } of records) {
    if (typeof text !== 'string' || text.trim() === '') continue;
    const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
    if (!firstWording.has(key)) firstWording.set(key, text.trim());
    normalized.push(key);
  }
  for (const [key] of duplicates(normalized)) {
    problems.push(`two options have the same text "${firstWording.get(key) ?? key}"`);
  }
  const correct = records.filter((o) => o.correct === true).length;
  if (records.length > 0 && correct === 0) problems.push('has no correct option');
  else if ((kind === 'single' || kind === 'true-false') && correct > 1) {
    problems.push(`a "${kind}" question must have exactly one correct option (found ${correct})`);
  }
  return problems;
}

function stepProblems(steps: unknown): string[] {
  if (!Array.isArray(steps)) return ['an "order" question needs a list of steps'];
  const problems: string[] = [];
  if (steps.length < 3) {
    problems.push(`an "order" question needs at least three steps (found ${steps.length})`);
  }
  const records = steps.filter(isRecord);
  if (records.length !== steps.length) problems.push('every step must be an object');
  for (const [index, step] of records.entries()) {
    const name = isKebabId(step.id) ? `step "${step.id}"` : `step ${index + 1}`;
    if (!isKebabId(step.id)) problems.push(`${name} needs a kebab-case id`);
    if (!isText(step.text)) problems.push(`${name} has no text`);
    if (!isText(step.feedback)) problems.push(`${name} has no feedback`);
  }
  for (const [id, n] of duplicates(records.map((s) => s.id))) {
    problems.push(`step id "${id}" is used ${n} times`);
  }
  const texts = records.map((s) => (typeof s.text === 'string' ? s.text.trim() : s.text));
  for (const [text] of duplicates(texts.filter((t) => t !== ''))) {
    problems.push(`two steps have the same text "${text}"`);
  }
  return problems;
}

/** Problems of one question, each a message without the file/quiz/question prefix. */
export function questionProblems(question: Fields, links?: LinkChecker): string[] {
  const problems: string[] = [];
  const { kind } = question;
  if (!isKebabId(question.id)) problems.push('the question needs a kebab-case id');
  if (!isText(question.prompt)) problems.push('the prompt is empty');
  if (!isText(question.explanation)) problems.push('the explanation is empty');
  if (question.lessonTitle !== undefined && !isText(question.lessonTitle)) {
    problems.push('lessonTitle, when given, must be non-empty text');
  }
  if (!(LEVELS as readonly unknown[]).includes(question.level)) {
    problems.push(
      `level must be "recall" (remembering a fact) or "apply" (using an idea in a new situation); found ${JSON.stringify(question.level)}`,
    );
  }
  problems.push(...lessonProblems(question.lesson, links));
  if (kind === 'order') problems.push(...stepProblems(question.steps));
  else if (typeof kind === 'string' && (KINDS as readonly string[]).includes(kind)) {
    problems.push(...optionProblems(kind, question.options));
  } else {
    problems.push(`unknown kind ${JSON.stringify(kind)} (expected one of ${KINDS.join(', ')})`);
  }
  return problems;
}
