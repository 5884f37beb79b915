// Build time: the cycle's data (already checked) turned into what the explorer draws and says.
import type { Reference } from '../../src/data/bibliography.types';
import type { Cycle } from '../../src/data/cycle.types';
import { arrowBetween, boxOf } from '../../src/components/CycleExplorer/geometry';
import type { CycleView, EvidenceView, LessonLinkView } from '../../src/components/CycleExplorer/view.types';

const ANIMALS: Record<string, string> = { mouse: 'Mouse study', rat: 'Rat study', rodent: 'Rodent study' };

/** `Mouse study`, `Trial in people`…: the kind of evidence with the species, as readers ask it. */
export function evidenceKind(entry: Reference): string {
  switch (entry.evidence) {
    case 'human-trial':
      return 'Trial in people';
    case 'human-observational':
      return 'Observational study in people';
    case 'meta-analysis':
      return entry.population?.species === 'human' ? 'Meta-analysis of studies in people' : 'Meta-analysis';
    case 'animal':
      return ANIMALS[entry.population?.species ?? ''] ?? 'Animal study';
    case 'cell':
      return 'Cell study';
    case 'review':
      return 'Review';
    case 'method':
      return 'Method paper';
  }
}

/** `Weisberg et al. 2003`, `Gleeson 2011` (one author), `[Authors not confirmed] 2020`. */
export function citeOf(entry: Reference): string {
  const [first] = entry.authors;
  if (first === undefined) return `[Authors not confirmed] ${entry.year}`;
  const surname = first.replace(/\s+et al\.$/u, '').replace(/\s+[A-Z][A-Z-]*$/u, '');
  const more = entry.authors.length > 1 || first.endsWith('et al.');
  return `${surname}${more ? ' et al.' : ''} ${entry.year}`;
}

export type SectionOf = (to: string) => Omit<LessonLinkView, 'to'>;

/** Words from a path's anchor or last segment: `…#macrophage-recruitment` → `Macrophage recruitment`. */
export function sectionFromPath(to: string): Omit<LessonLinkView, 'to'> {
  const words = (to.split('#')[1] ?? to.split('/').pop() ?? to).replace(/-/g, ' ');
  return { section: words.charAt(0).toUpperCase() + words.slice(1) };
}

export function cycleView(
  cycle: Cycle,
  bibliography: readonly Reference[],
  sectionOf: SectionOf = sectionFromPath,
): CycleView {
  const byKey = new Map(bibliography.map((entry) => [entry.key, entry]));
  const evidence = (keys: readonly string[]): EvidenceView[] =>
    keys.flatMap((key) => {
      const entry = byKey.get(key);
      if (!entry) return [];
      const who = entry.population?.who;
      return [{ key, cite: citeOf(entry), kind: evidenceKind(entry), ...(who ? { who } : {}) }];
    });
  const link = (to: string): LessonLinkView => ({ to, ...sectionOf(to) });

  const steps = cycle.steps.map((step) => ({
    id: step.id,
    label: step.label,
    title: step.title,
    category: step.category,
    text: step.text,
    evidence: evidence(step.evidence),
    lesson: link(step.lesson),
    box: boxOf(step.at, step.label.length),
    loopIndex: cycle.loop.indexOf(step.id),
  }));
  const boxOfStep = new Map(steps.map((step) => [step.id, step.box]));
  const arrows = cycle.arrows.map((arrow) => {
    const from = boxOfStep.get(arrow.from);
    const to = boxOfStep.get(arrow.to);
    if (!from || !to) throw new Error(`arrow "${arrow.id}" joins a step that does not exist`);
    return {
      id: arrow.id,
      from: arrow.from,
      to: arrow.to,
      ...(arrow.label ? { label: arrow.label } : {}),
      strength: arrow.strength,
      text: arrow.text,
      evidence: evidence(arrow.evidence),
      lesson: link(arrow.lesson),
      ...arrowBetween(from, to, arrow.bend ?? 0, arrow.labelPosition ?? 0.5),
    };
  });
  const interventions = cycle.interventions.map((item) => ({
    id: item.id,
    name: item.name,
    badge: item.badge,
    actsOn: item.actsOn,
    how: item.how,
    humanEvidence: item.humanEvidence,
    evidenceText: item.evidenceText,
    evidence: evidence(item.evidence),
    lesson: link(item.lesson),
  }));
  return {
    title: cycle.title,
    description: cycle.description,
    size: cycle.size,
    loop: cycle.loop,
    steps,
    arrows,
    interventions,
  };
}
