// The panel beside the picture (below it on a phone): what the selected step or arrow is, the
// evidence behind it and the lesson section that teaches it.
import type { ReactNode } from 'react';
import type { CycleView } from './view.types';
import { CATEGORY_NAMES, HUMAN_EVIDENCE_NAMES, STRENGTH_NAMES } from './labels';
import { arrowName, loopArrow, type ExplorerState } from './state';
import { EvidenceList, LessonLink } from './Parts';
import styles from './styles.module.css';

interface Props {
  view: CycleView;
  state: ExplorerState;
  headingId: string;
}

function ActingHere({ view, state, id }: { view: CycleView; state: ExplorerState; id: string }): ReactNode {
  const acting = view.interventions.filter((item) => state.on.includes(item.id) && item.actsOn.includes(id));
  if (acting.length === 0) return null;
  return (
    <div className={styles.actingHere}>
      <p className={styles.subheading}>Switched on and acting here</p>
      <ul>
        {acting.map((item) => (
          <li key={item.id}>
            <strong>{item.name}</strong>: {HUMAN_EVIDENCE_NAMES[item.humanEvidence].toLowerCase()}.
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function Panel({ view, state, headingId }: Props): ReactNode {
  const step = view.steps.find((candidate) => candidate.id === state.selected);
  const arrow = view.arrows.find((candidate) => candidate.id === state.selected);
  let kicker: string;
  let title: string;
  let body: ReactNode;
  if (step) {
    kicker =
      state.walk !== null
        ? `Step ${state.walk + 1} of ${view.loop.length} · ${CATEGORY_NAMES[step.category].toLowerCase()}`
        : step.loopIndex >= 0
          ? `${CATEGORY_NAMES[step.category]} step in the loop`
          : `${CATEGORY_NAMES[step.category]}: feeds the loop from outside`;
    title = step.title;
    const next = state.walk !== null ? loopArrow(view, state.walk) : undefined;
    body = (
      <>
        <p>{step.text}</p>
        <p className={styles.subheading}>Evidence</p>
        <EvidenceList evidence={step.evidence} />
        <LessonLink lesson={step.lesson} />
        {next && (
          <div className={styles.next}>
            <p className={styles.subheading}>
              Then: {next.label ? `${next.label}, ` : ''}
              {STRENGTH_NAMES[next.strength].toLowerCase()}
            </p>
            <p>{next.text}</p>
          </div>
        )}
        <ActingHere view={view} state={state} id={step.id} />
      </>
    );
  } else if (arrow) {
    kicker = `Link: ${STRENGTH_NAMES[arrow.strength].toLowerCase()}`;
    title = arrowName(view, arrow);
    body = (
      <>
        <p>{arrow.text}</p>
        <p className={styles.subheading}>Evidence</p>
        <EvidenceList evidence={arrow.evidence} />
        <LessonLink lesson={arrow.lesson} />
        <ActingHere view={view} state={state} id={arrow.id} />
      </>
    );
  } else {
    kicker = 'How to use it';
    title = 'Explore the cycle';
    body = (
      <>
        <p>
          Select a step or an arrow in the picture to see what happens there, what kind of study shows it, and
          where the course teaches it.
        </p>
        <p>
          With a keyboard: Tab to the picture, move with the arrow keys, press Enter to select and Escape to
          clear. Or walk the loop one link at a time, switch on an intervention, or show how strong the
          evidence for each arrow is.
        </p>
      </>
    );
  }
  return (
    <section className={styles.panel} aria-labelledby={headingId} data-panel>
      <p className={styles.kicker}>{kicker}</p>
      <h3 id={headingId} className={styles.panelTitle}>
        {title}
      </h3>
      {body}
    </section>
  );
}
