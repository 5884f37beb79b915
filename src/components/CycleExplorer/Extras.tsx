// Shown under the picture when asked for: the legend of the evidence view, and what each
// switched-on intervention does and how strong the evidence in people is.
import type { ReactNode } from 'react';
import type { LinkStrength } from '../../data/cycle.types';
import type { CycleView } from './view.types';
import { HUMAN_EVIDENCE_NAMES, STRENGTH_NAMES, STRENGTH_TAGS } from './labels';
import { stepName } from './state';
import { EvidenceList, LessonLink } from './Parts';
import styles from './styles.module.css';

const STRENGTHS: LinkStrength[] = ['people', 'animals-or-cells', 'hypothesis'];

export function Legend(): ReactNode {
  return (
    <div className={styles.legend}>
      <p className={styles.subheading}>How strongly each arrow is shown</p>
      <ul>
        {STRENGTHS.map((strength) => (
          <li key={strength} className={styles[`strength-${strength}`]}>
            <svg className={styles.sample} viewBox="0 0 48 12" aria-hidden="true" focusable="false">
              <line className={styles.line} x1="2" y1="6" x2="46" y2="6" />
            </svg>
            <span>
              {STRENGTH_NAMES[strength]} (tagged “{STRENGTH_TAGS[strength]}” on the arrow)
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `a`, `a and b`, `a, b and c`. */
function listOf(items: string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export function ActiveInterventions({ view, on }: { view: CycleView; on: readonly string[] }): ReactNode {
  const active = view.interventions.filter((item) => on.includes(item.id));
  if (active.length === 0) return null;
  const nameOf = (id: string) => {
    const step = view.steps.find((candidate) => candidate.id === id);
    if (step) return `“${stepName(step)}”`;
    const arrow = view.arrows.find((candidate) => candidate.id === id);
    const from = view.steps.find((candidate) => candidate.id === arrow?.from);
    const to = view.steps.find((candidate) => candidate.id === arrow?.to);
    return from && to ? `the arrow from “${stepName(from)}” to “${stepName(to)}”` : id;
  };
  return (
    <div className={styles.active}>
      <p className={styles.subheading}>Switched on</p>
      <ul>
        {active.map((item) => (
          <li key={item.id} data-active-intervention={item.id}>
            <p>
              <strong>{item.name}</strong> acts on {listOf(item.actsOn.map(nameOf))}. {item.how}
            </p>
            <p>
              <span className={styles.kind}>{HUMAN_EVIDENCE_NAMES[item.humanEvidence]}.</span>{' '}
              {item.evidenceText}
            </p>
            <EvidenceList evidence={item.evidence} />
            <LessonLink lesson={item.lesson} />
          </li>
        ))}
      </ul>
    </div>
  );
}
