// The explorer's state and everything derived from it, as pure functions: what is selected, where
// the walk is, which interventions are on, whether arrows show their evidence; the page address
// that records it; the keyboard order of the picture; the badges and the announcements.
import type { ArrowView, CycleView, StepView } from './view.types';

export interface ExplorerState {
  /** A step or arrow id, or null. While walking, the walk's step. */
  selected: string | null;
  /** Position in the loop (0-based) while walking the loop, else null. */
  walk: number | null;
  /** Ids of the interventions switched on, in the cycle's order. */
  on: string[];
  evidence: boolean;
}

export const EMPTY: ExplorerState = { selected: null, walk: null, on: [], evidence: false };

/** The address part that records a state: `#cycle:select=…&walk=3&on=a,b&view=evidence`. */
export const HASH_PREFIX = 'cycle:';

export function formatHash(state: ExplorerState): string {
  const parts: string[] = [];
  if (state.walk !== null) parts.push(`walk=${state.walk + 1}`);
  else if (state.selected !== null) parts.push(`select=${state.selected}`);
  if (state.on.length > 0) parts.push(`on=${state.on.join(',')}`);
  if (state.evidence) parts.push('view=evidence');
  return parts.length === 0 ? '' : `${HASH_PREFIX}${parts.join('&')}`;
}

/** The state a page address asks for; anything unknown or malformed is left out, never an error. */
export function parseHash(hash: string, view: CycleView): ExplorerState {
  const text = hash.replace(/^#/, '');
  if (!text.startsWith(HASH_PREFIX)) return EMPTY;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(decodeURIComponent(text.slice(HASH_PREFIX.length)));
  } catch {
    return EMPTY;
  }
  const items = new Set([...view.steps.map((step) => step.id), ...view.arrows.map((arrow) => arrow.id)]);
  const requested = new Set((params.get('on') ?? '').split(','));
  const on = view.interventions.map((item) => item.id).filter((id) => requested.has(id));
  const evidence = params.get('view') === 'evidence';
  const walkText = params.get('walk') ?? '';
  const walk = /^\d+$/.test(walkText) ? Number(walkText) - 1 : NaN;
  if (walk >= 0 && walk < view.loop.length) {
    return { selected: view.loop[walk] ?? null, walk, on, evidence };
  }
  const select = params.get('select');
  return { selected: select !== null && items.has(select) ? select : null, walk: null, on, evidence };
}

/** The arrow from the loop's step at `position` to the next one. */
export function loopArrow(view: CycleView, position: number): ArrowView | undefined {
  const from = view.loop[position];
  const to = view.loop[(position + 1) % view.loop.length];
  return view.arrows.find((arrow) => arrow.from === from && arrow.to === to);
}

/** Walk position `steps` away from `position`, around the loop in either direction. */
export function walkTo(view: CycleView, position: number, steps: number): number {
  const n = view.loop.length;
  return (((position + steps) % n) + n) % n;
}

/**
 * Keyboard order of the picture: around the loop (each step, then the arrow leaving it), then
 * each step outside the loop with the arrows leaving it, then any arrow not yet reached.
 */
export function focusOrder(view: CycleView): string[] {
  const order: string[] = [];
  const add = (id: string | undefined) => {
    if (id !== undefined && !order.includes(id)) order.push(id);
  };
  view.loop.forEach((id, position) => {
    add(id);
    add(loopArrow(view, position)?.id);
  });
  for (const step of view.steps) {
    add(step.id);
    for (const arrow of view.arrows.filter((candidate) => candidate.from === step.id)) add(arrow.id);
  }
  for (const arrow of view.arrows) add(arrow.id);
  return order;
}

/** The badges to draw on each step or arrow: the short names of the interventions acting there. */
export function badgesByItem(view: CycleView, on: readonly string[]): Map<string, string[]> {
  const badges = new Map<string, string[]>();
  for (const item of view.interventions) {
    if (!on.includes(item.id)) continue;
    for (const target of item.actsOn) badges.set(target, [...(badges.get(target) ?? []), item.badge]);
  }
  return badges;
}

export function stepName(step: StepView): string {
  return step.label.join(' ');
}

/** `From “Insulin resistance” to “Enlarged, strained fat tissue”: more fatty acids`. */
export function arrowName(view: CycleView, arrow: ArrowView): string {
  const name = (id: string) => {
    const step = view.steps.find((candidate) => candidate.id === id);
    return step ? stepName(step) : id;
  };
  return `From “${name(arrow.from)}” to “${name(arrow.to)}”${arrow.label ? `: ${arrow.label}` : ''}`;
}

/** What a screen reader hears when something is selected or the walk moves. */
export function announcement(view: CycleView, state: ExplorerState): string {
  if (state.walk !== null) {
    const step = view.steps.find((candidate) => candidate.id === view.loop[state.walk ?? 0]);
    return step ? `Step ${state.walk + 1} of ${view.loop.length}: ${step.title}` : '';
  }
  if (state.selected === null) return 'Selection cleared';
  const step = view.steps.find((candidate) => candidate.id === state.selected);
  if (step) return step.title;
  const arrow = view.arrows.find((candidate) => candidate.id === state.selected);
  return arrow ? arrowName(view, arrow) : '';
}

/**
 * The addresses a page may link to, for Docusaurus's broken-anchor check: the explorer itself, and
 * each step, arrow or intervention on its own (`#cycle:on=exercise`), the walk's start and the
 * evidence view.
 */
export function linkableHashes(view: CycleView): string[] {
  return [
    ...[...view.steps, ...view.arrows].map((item) => formatHash({ ...EMPTY, selected: item.id })),
    ...view.interventions.map((item) => formatHash({ ...EMPTY, on: [item.id] })),
    formatHash({ ...EMPTY, walk: 0, selected: view.loop[0] ?? null }),
    formatHash({ ...EMPTY, evidence: true }),
  ];
}
