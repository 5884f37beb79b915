// The learner's progress as data: its shape, reading it back from storage entry by entry, and small
// immutable updates. Storage access itself lives in storage.ts and progressStore.ts.
import { isDay } from './days';
import { LAST_BOX, type Outcome, type ReviewItem, type Slot } from './review';
import type { Id } from './types';
import { isCoursePagePath } from './visits';

/**
 * Version of the stored and exported progress shape; bump it (and add a migration) on change.
 * 1: quizzes and visits. 2: adds `guessed` to each quiz, review items and misconceptions seen.
 */
export const PROGRESS_VERSION = 2;
/** Identifies this course in exported files, so another course's file is refused on import. */
export const COURSE_ID = 'insulin-resistance-inflammation';
/** Oldest visits beyond this many are forgotten, so storage cannot grow without bound. */
export const MAX_VISITS = 300;

export interface ScoreRecord {
  correct: number;
  total: number;
  /** When it was reached, in ms since the epoch. */
  at: number;
}

export interface QuizProgress {
  /** The learner's current answers by question id (option ids, or step ids in order). */
  answers: Record<Id, Id[]>;
  /** Question ids whose answer has been checked (and is locked until retried or reset). */
  checked: Id[];
  /** Checked questions answered right that the learner marked "I guessed". */
  guessed: Id[];
  /** Score of the latest completed attempt (every question checked). */
  last?: ScoreRecord;
  best?: ScoreRecord;
  /** Once passed, stays passed (resetting a quiz to practise again keeps it). */
  passed: boolean;
  /** When the latest attempt was completed, in ms since the epoch. */
  completedAt?: number;
}

export interface Visit {
  at: number;
  title?: string;
}

/** A misconception the learner has shown by choosing a wrong option tagged with it. */
export interface MisconceptionSeen {
  /** How many times (checked answers). */
  count: number;
  /** The latest time, in ms since the epoch. */
  at: number;
  /** Review key (`set/question`) of the question where it was latest shown. */
  question: string;
}

export interface Progress {
  quizzes: Record<Id, QuizProgress>;
  /** Lessons opened, by site path without the base URL (e.g. `/learn/understanding/intro`). */
  visits: Record<string, Visit>;
  /** Spaced review, by review key `set/question` (src/quiz/review.ts). */
  review: Record<string, ReviewItem>;
  /** Misconceptions shown, by tag (src/data/misconceptions.ts). */
  misconceptions: Record<string, MisconceptionSeen>;
}

export function emptyProgress(): Progress {
  return { quizzes: {}, visits: {}, review: {}, misconceptions: {} };
}

export function emptyQuizProgress(): QuizProgress {
  return { answers: {}, checked: [], guessed: [], passed: false };
}

type Fields = Record<string, unknown>;
const isRecord = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isScore(v: unknown): v is ScoreRecord {
  return (
    isRecord(v) &&
    Number.isInteger(v.correct) &&
    Number.isInteger(v.total) &&
    (v.correct as number) >= 0 &&
    (v.correct as number) <= (v.total as number) &&
    isTime(v.at)
  );
}

/** Reads one quiz entry, keeping every part that is well-formed; counts the parts it drops. */
function readQuizProgress(entry: Fields): { value: QuizProgress; dropped: number } {
  let dropped = 0;
  const value = emptyQuizProgress();
  if (isRecord(entry.answers)) {
    for (const [id, answer] of Object.entries(entry.answers)) {
      if (isIdList(answer)) value.answers[id] = [...answer];
      else dropped++;
    }
  } else if (entry.answers !== undefined) dropped++;
  if (isIdList(entry.checked)) value.checked = [...new Set(entry.checked)];
  else if (entry.checked !== undefined) dropped++;
  if (isIdList(entry.guessed)) value.guessed = [...new Set(entry.guessed)];
  else if (entry.guessed !== undefined) dropped++;
  for (const field of ['last', 'best'] as const) {
    if (isScore(entry[field])) value[field] = { ...(entry[field] as ScoreRecord) };
    else if (entry[field] !== undefined) dropped++;
  }
  if (typeof entry.passed === 'boolean') value.passed = entry.passed;
  else if (entry.passed !== undefined) dropped++;
  if (isTime(entry.completedAt)) value.completedAt = entry.completedAt;
  else if (entry.completedAt !== undefined) dropped++;
  return { value, dropped };
}

const REVIEW_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OUTCOMES: readonly unknown[] = ['right', 'guessed', 'missed'] satisfies Outcome[];

function isSlot(v: unknown): v is Slot & Fields {
  return (
    isRecord(v) &&
    Number.isInteger(v.box) &&
    (v.box as number) >= 0 &&
    (v.box as number) <= LAST_BOX &&
    isDay(v.due)
  );
}

function readReviewItem(v: unknown): ReviewItem | undefined {
  if (!isRecord(v) || !isSlot(v) || typeof v.fp !== 'string' || !OUTCOMES.includes(v.last) || !isTime(v.at)) {
    return undefined;
  }
  const before = v.before === null ? null : isSlot(v.before) ? v.before : undefined;
  if (before === undefined) return undefined;
  return {
    box: v.box as number,
    due: v.due as string,
    fp: v.fp,
    last: v.last as Outcome,
    at: v.at,
    before: before && { box: before.box, due: before.due },
  };
}

function readVisit(v: unknown): Visit | undefined {
  if (!isRecord(v) || !isTime(v.at)) return undefined;
  return typeof v.title === 'string' ? { at: v.at, title: v.title } : { at: v.at };
}

function readMisconception(v: unknown): MisconceptionSeen | undefined {
  if (!isRecord(v) || !Number.isInteger(v.count) || (v.count as number) < 1) return undefined;
  if (!isTime(v.at) || typeof v.question !== 'string' || !REVIEW_KEY.test(v.question)) return undefined;
  return { count: v.count as number, at: v.at, question: v.question };
}

/** Reads a record of entries whose keys match `key`, entry by entry; counts what it drops. */
function readEntries<T>(
  value: unknown,
  isKey: (name: string) => boolean,
  read: (entry: unknown) => T | undefined,
): { entries: Record<string, T>; dropped: number } {
  const entries: Record<string, T> = {};
  if (value === undefined) return { entries, dropped: 0 };
  if (!isRecord(value)) return { entries, dropped: 1 };
  let dropped = 0;
  for (const [name, entry] of Object.entries(value)) {
    const kept = isKey(name) ? read(entry) : undefined;
    if (kept === undefined) dropped++;
    else entries[name] = kept;
  }
  return { entries, dropped };
}

export interface ReadProgress {
  progress: Progress;
  /** How many entries or fields were malformed and left out. */
  dropped: number;
}

/** Reads the current-version body (`quizzes`, `visits`) entry by entry: bad entries never spoil good ones. */
export function readProgressBody(data: Fields): ReadProgress {
  const progress = emptyProgress();
  let dropped = 0;
  if (isRecord(data.quizzes)) {
    for (const [id, entry] of Object.entries(data.quizzes)) {
      if (!isRecord(entry) || id === '') {
        dropped++;
        continue;
      }
      const read = readQuizProgress(entry);
      progress.quizzes[id] = read.value;
      dropped += read.dropped;
    }
  } else if (data.quizzes !== undefined) dropped++;
  // A visit path becomes a link on the progress page: only a course page's path is kept.
  const visits = readEntries(data.visits, isCoursePagePath, readVisit);
  const review = readEntries(data.review, (key) => REVIEW_KEY.test(key), readReviewItem);
  const seen = readEntries(data.misconceptions, (tag) => TAG.test(tag), readMisconception);
  progress.visits = visits.entries;
  progress.review = review.entries;
  progress.misconceptions = seen.entries;
  dropped += visits.dropped + review.dropped + seen.dropped;
  return { progress, dropped };
}

/**
 * Upgrades older stored shapes one version at a time: `MIGRATIONS[n]` turns version n into n + 1.
 * Each keeps every field it does not understand, so nothing a learner saved is lost on the way.
 */
export const MIGRATIONS: Record<number, (data: Fields) => Fields> = {
  // Version 2 adds spaced review and misconceptions, both empty at first, and "I guessed" marks
  // (none yet: `guessed` is read as empty when absent). Quizzes and visits carry over unchanged.
  1: (data) => ({ ...data, version: 2, review: {}, misconceptions: {} }),
};

export type StoredRead =
  | ({ status: 'ok' } & ReadProgress)
  | { status: 'newer'; version: number }
  | { status: 'unreadable'; reason: string };

/** Parses a stored or exported value: `{ version, quizzes, visits }`. Never throws. */
export function parseProgress(raw: string): StoredRead {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', reason: 'not valid JSON' };
  }
  if (!isRecord(data)) return { status: 'unreadable', reason: 'not an object' };
  let body: Fields = data;
  let version = body.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'unreadable', reason: 'no format version' };
  }
  if (version > PROGRESS_VERSION) return { status: 'newer', version };
  while (version < PROGRESS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { status: 'unreadable', reason: `no migration from version ${version}` };
    body = migrate(body);
    version++;
  }
  return { status: 'ok', ...readProgressBody(body) };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ version: PROGRESS_VERSION, ...progress });
}

export function updateQuiz(
  progress: Progress,
  quizId: Id,
  change: (quiz: QuizProgress) => QuizProgress,
): Progress {
  const quiz = change(progress.quizzes[quizId] ?? emptyQuizProgress());
  return { ...progress, quizzes: { ...progress.quizzes, [quizId]: quiz } };
}

export function recordVisit(progress: Progress, path: string, at: number, title?: string): Progress {
  const previous = progress.visits[path];
  const visit: Visit = { at };
  const keptTitle = title ?? previous?.title;
  if (keptTitle !== undefined) visit.title = keptTitle;
  const entries = Object.entries({ ...progress.visits, [path]: visit });
  entries.sort(([, a], [, b]) => b.at - a.at);
  return { ...progress, visits: Object.fromEntries(entries.slice(0, MAX_VISITS)) };
}

export interface VisitEntry extends Visit {
  path: string;
}

/** Visited lessons, most recent first. */
export function visitsByRecency(progress: Progress): VisitEntry[] {
  return Object.entries(progress.visits)
    .map(([path, visit]) => ({ path, ...visit }))
    .sort((a, b) => b.at - a.at);
}
