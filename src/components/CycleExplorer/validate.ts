// Author-side checks for the cycle's data (src/data/cycle.ts). The data arrives as `unknown` (a
// fork may get it wrong in any way), so each field is inspected before use and every problem is
// reported, each naming the file and the step, arrow or intervention. With a link checker (after
// the build) lesson links must point at a page and section that exist.
import { duplicates, isKebabId, isRecord, lessonProblems, type Fields } from '../../quiz/validateQuestion';
import type { LinkChecker } from '../../quiz/types';
import { boxOf, boxesOverlap } from './geometry';

export const CATEGORIES = ['organ', 'immune', 'metabolic', 'lifestyle'] as const;
export const STRENGTHS = ['people', 'animals-or-cells', 'hypothesis'] as const;
export const HUMAN_EVIDENCE = ['trials', 'trials-small-effect', 'observational', 'limited'] as const;
export const MAX_LABEL_LINES = 3;
export const MAX_LABEL_LENGTH = 22;
export const MAX_BADGE_LENGTH = 8;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

function evidenceProblems(evidence: unknown, knownKeys: ReadonlySet<string>): string[] {
  if (!Array.isArray(evidence) || evidence.length === 0) {
    return ['has no evidence (give citation keys from src/data/bibliography.ts)'];
  }
  return evidence
    .filter((key) => typeof key !== 'string' || !knownKeys.has(key))
    .map((key) => `cites "${String(key)}", which is not in src/data/bibliography.ts`);
}

function textProblems(item: Fields, fields: readonly string[]): string[] {
  return fields.filter((field) => !isText(item[field])).map((field) => `has no ${field}`);
}

function stepProblems(step: Fields, size: { width: number; height: number } | undefined): string[] {
  const problems = textProblems(step, ['title', 'text']);
  const label = step.label;
  if (!Array.isArray(label) || label.length === 0 || !label.every(isText)) {
    problems.push('needs a label: a list of 1 to 3 lines of text');
  } else {
    if (label.length > MAX_LABEL_LINES)
      problems.push(`has ${label.length} label lines (at most ${MAX_LABEL_LINES})`);
    for (const line of label.filter((text) => text.length > MAX_LABEL_LENGTH)) {
      problems.push(`label line "${line}" is longer than ${MAX_LABEL_LENGTH} characters`);
    }
  }
  if (!CATEGORIES.includes(step.category as never)) {
    problems.push(`has category "${String(step.category)}" (use one of ${quoted(CATEGORIES)})`);
  }
  const at = step.at;
  if (!isRecord(at) || !isNumber(at.x) || !isNumber(at.y)) {
    problems.push('needs a position: at: { x, y }');
  } else if (size && Array.isArray(label)) {
    const box = boxOf({ x: at.x, y: at.y }, label.length);
    if (box.x < 0 || box.y < 0 || box.x + box.width > size.width || box.y + box.height > size.height) {
      problems.push(`does not fit in the picture (${size.width} × ${size.height}) at x ${at.x}, y ${at.y}`);
    }
  }
  return problems;
}

/** Every problem in the cycle's data, each naming `file` and the item. */
export function cycleProblems(
  data: unknown,
  knownKeys: ReadonlySet<string>,
  file = 'src/data/cycle.ts',
  links?: LinkChecker,
): string[] {
  const problems: string[] = [];
  if (!isRecord(data)) return [`${file}: the default export must be the cycle object`];
  const add = (what: string, messages: readonly string[]) => {
    for (const message of messages) problems.push(`${file}: ${what} ${message}`);
  };
  for (const field of ['title', 'description']) {
    if (!isText(data[field])) problems.push(`${file}: the cycle has no ${field}`);
  }
  const size =
    isRecord(data.size) && isNumber(data.size.width) && isNumber(data.size.height)
      ? { width: data.size.width, height: data.size.height }
      : undefined;
  if (!size) problems.push(`${file}: the cycle needs size: { width, height } (the picture's size)`);

  const steps = list(data.steps).filter(isRecord);
  const arrows = list(data.arrows).filter(isRecord);
  const interventions = list(data.interventions).filter(isRecord);
  if (steps.length === 0) problems.push(`${file}: the cycle has no steps`);
  const allIds = [...steps, ...arrows, ...interventions].map((item) => item.id);
  for (const [id, count] of duplicates(allIds)) {
    problems.push(
      `${file}: id "${id}" is used ${count} times (steps, arrows and interventions share one set of ids)`,
    );
  }
  const stepIds = new Set(steps.map((step) => step.id).filter(isKebabId));
  const arrowIds = new Set(arrows.map((arrow) => arrow.id).filter(isKebabId));

  const common = (item: Fields) => [
    ...evidenceProblems(item.evidence, knownKeys),
    ...lessonProblems(item.lesson, links),
  ];
  for (const [index, step] of steps.entries()) {
    const name = isKebabId(step.id) ? `step "${step.id}"` : `step ${index + 1} (needs a kebab-case id)`;
    add(name, [...stepProblems(step, size), ...common(step)]);
  }
  for (const [a, b] of steps.flatMap((step, i) =>
    steps.slice(i + 1).map((other) => [step, other] as const),
  )) {
    const boxA =
      isRecord(a.at) && Array.isArray(a.label)
        ? boxOf(a.at as { x: number; y: number }, a.label.length)
        : undefined;
    const boxB =
      isRecord(b.at) && Array.isArray(b.label)
        ? boxOf(b.at as { x: number; y: number }, b.label.length)
        : undefined;
    if (boxA && boxB && [boxA.x, boxA.y, boxB.x, boxB.y].every(isNumber) && boxesOverlap(boxA, boxB)) {
      problems.push(
        `${file}: steps "${String(a.id)}" and "${String(b.id)}" overlap in the picture; move one (at: { x, y })`,
      );
    }
  }
  for (const [index, arrow] of arrows.entries()) {
    const name = isKebabId(arrow.id) ? `arrow "${arrow.id}"` : `arrow ${index + 1} (needs a kebab-case id)`;
    const own = textProblems(arrow, ['text']);
    for (const end of ['from', 'to'] as const) {
      if (!stepIds.has(arrow[end] as string))
        own.push(`has ${end} "${String(arrow[end])}", which is not a step`);
    }
    if (arrow.from === arrow.to) own.push('goes from a step to itself');
    if (!STRENGTHS.includes(arrow.strength as never)) {
      own.push(`has strength "${String(arrow.strength)}" (use one of ${quoted(STRENGTHS)})`);
    }
    if (arrow.label !== undefined && !isText(arrow.label))
      own.push('has an empty label (leave it out instead)');
    if (arrow.bend !== undefined && !isNumber(arrow.bend)) own.push('has a bend that is not a number');
    if (
      arrow.labelPosition !== undefined &&
      !(isNumber(arrow.labelPosition) && arrow.labelPosition >= 0.1 && arrow.labelPosition <= 0.9)
    ) {
      own.push('has a labelPosition outside 0.1 to 0.9');
    }
    add(name, [...own, ...common(arrow)]);
  }
  for (const [index, item] of interventions.entries()) {
    const name = isKebabId(item.id)
      ? `intervention "${item.id}"`
      : `intervention ${index + 1} (needs a kebab-case id)`;
    const own = textProblems(item, ['name', 'how', 'evidenceText']);
    if (!isText(item.badge) || item.badge.length > MAX_BADGE_LENGTH) {
      own.push(`needs a badge of 1 to ${MAX_BADGE_LENGTH} characters`);
    }
    const targets = list(item.actsOn);
    if (targets.length === 0) own.push('acts on nothing (list step or arrow ids in actsOn)');
    for (const target of targets) {
      if (!stepIds.has(target as string) && !arrowIds.has(target as string)) {
        own.push(`acts on "${String(target)}", which is not a step or an arrow`);
      }
    }
    if (!HUMAN_EVIDENCE.includes(item.humanEvidence as never)) {
      own.push(`has humanEvidence "${String(item.humanEvidence)}" (use one of ${quoted(HUMAN_EVIDENCE)})`);
    }
    add(name, [...own, ...common(item)]);
  }

  const loop = list(data.loop);
  if (loop.length < 3) problems.push(`${file}: the loop needs at least 3 steps, in order`);
  for (const id of loop.filter((id) => !stepIds.has(id as string))) {
    problems.push(`${file}: the loop names "${String(id)}", which is not a step`);
  }
  for (const [id, count] of duplicates(loop)) problems.push(`${file}: the loop names "${id}" ${count} times`);
  for (const [index, from] of loop.entries()) {
    const to = loop[(index + 1) % loop.length];
    if (loop.length >= 3 && !arrows.some((arrow) => arrow.from === from && arrow.to === to)) {
      problems.push(`${file}: the loop goes from "${String(from)}" to "${String(to)}", but no arrow does`);
    }
  }
  return problems;
}
