// Reading time of a lesson, computed from its Markdown at build time (plugins/course-structure):
// the words of its core and of its "Go deeper" blocks, at an unhurried 200 words a minute
// (a course text read to learn, not skimmed). Code, diagrams, formulas, imports and front matter
// are not counted; a lesson's quiz is not part of its reading time.

export const WORDS_PER_MINUTE = 200;

export interface LessonWords {
  /** Words a reader meets without opening anything. */
  core: number;
  /** Words inside `:::deeper[…]` blocks. */
  deeper: number;
}

export interface ReadingMinutes {
  core: number;
  /** Core plus every "Go deeper" block. */
  all: number;
}

const DEEPER_BLOCK = /^(:{3,})deeper\b[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm;

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Markdown without what a reader does not read as prose. */
function prose(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/^(`{3,}|~{3,})[\s\S]*?^\1[ \t]*$/gm, '') // code and diagrams
    .replace(/\$\$[\s\S]*?\$\$/g, '') // display formulas
    .replace(/^(import|export) .*$/gm, '') // MDX imports and exports
    .replace(/<[A-Z][^>]*\/>/g, '') // self-closing components
    .replace(/\[@[^\]]+\]/g, '') // citation markers
    .replace(/\{#[\w-]+\}/g, '') // heading anchors
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '') // MDX comments (heading anchors in .mdx)
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/^:{3,}.*$/gm, ''); // admonition fences
}

export function lessonWords(markdown: string): LessonWords {
  let deeper = 0;
  const core = markdown.replace(DEEPER_BLOCK, (_block, _fence: string, body: string) => {
    deeper += countWords(prose(body));
    return '';
  });
  return { core: countWords(prose(core)), deeper };
}

/** Whole minutes, at least 1 for any text. */
export function minutesFor(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function readingMinutes(words: LessonWords): ReadingMinutes {
  return { core: minutesFor(words.core), all: minutesFor(words.core + words.deeper) };
}

/** The sum of several lessons' minutes, from their word counts (not a sum of rounded minutes). */
export function totalMinutes(lessons: readonly LessonWords[]): ReadingMinutes {
  const core = lessons.reduce((sum, lesson) => sum + lesson.core, 0);
  const deeper = lessons.reduce((sum, lesson) => sum + lesson.deeper, 0);
  return readingMinutes({ core, deeper });
}

/** `12 min` or `12 min (20 with “Go deeper”)`. */
export function formatMinutes({ core, all }: ReadingMinutes): string {
  return all > core ? `${core} min (${all} with “Go deeper”)` : `${core} min`;
}

/** `1 h 35 min` for longer spans. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
