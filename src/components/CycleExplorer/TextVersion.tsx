// The cycle in words: every step in order with what it does, its evidence and lesson, the arrows
// leaving it, and the interventions. It is what a reader without scripts, a printer or a search
// engine gets; with scripts it is one button away.
import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { CycleView, StepView } from './view.types';
import { CATEGORY_NAMES, HUMAN_EVIDENCE_NAMES, STRENGTH_NAMES } from './labels';
import { arrowName, stepName } from './state';
import { EvidenceList, LessonLink } from './Parts';
import styles from './styles.module.css';

function StepEntry({ view, step }: { view: CycleView; step: StepView }): ReactNode {
  const leaving = view.arrows.filter((arrow) => arrow.from === step.id);
  return (
    <li data-step={step.id}>
      <p>
        <strong>{step.title}</strong> ({CATEGORY_NAMES[step.category].toLowerCase()}; in the picture “
        {stepName(step)}”). {step.text}
      </p>
      <EvidenceList evidence={step.evidence} />
      <LessonLink lesson={step.lesson} />
      {leaving.length > 0 && (
        <ul className={styles.leaving}>
          {leaving.map((arrow) => (
            <li key={arrow.id} data-arrow={arrow.id}>
              <p>
                <strong>{arrowName(view, arrow)}</strong> ({STRENGTH_NAMES[arrow.strength].toLowerCase()}).{' '}
                {arrow.text}
              </p>
              <EvidenceList evidence={arrow.evidence} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

interface Props {
  view: CycleView;
  open: boolean;
  id: string;
}

function Words({ view }: { view: CycleView }): ReactNode {
  const inLoop = view.loop.flatMap((stepId) => view.steps.filter((step) => step.id === stepId));
  const outside = view.steps.filter((step) => step.loopIndex < 0);
  return (
    <>
      <h3 className={styles.listHeading}>The loop, step by step</h3>
      <ol>
        {inLoop.map((step) => (
          <StepEntry key={step.id} view={view} step={step} />
        ))}
      </ol>
      <h3 className={styles.listHeading}>What pushes the loop from outside</h3>
      <ul>
        {outside.map((step) => (
          <StepEntry key={step.id} view={view} step={step} />
        ))}
      </ul>
      <h3 className={styles.listHeading}>Where the cycle can be broken</h3>
      <ul data-interventions>
        {view.interventions.map((item) => (
          <li key={item.id} data-intervention={item.id}>
            <p>
              <strong>{item.name}</strong> ({HUMAN_EVIDENCE_NAMES[item.humanEvidence].toLowerCase()}).{' '}
              {item.how} {item.evidenceText}
            </p>
            <EvidenceList evidence={item.evidence} />
            <LessonLink lesson={item.lesson} />
          </li>
        ))}
      </ul>
    </>
  );
}

const onServer = typeof document === 'undefined';

/**
 * The words are in the static page, but with scripts they stay hidden until asked for, so React
 * does not hydrate them: on the first client render the element keeps the server's markup as it is
 * (an element whose dangerouslySetInnerHTML is set is not hydrated, as for the diagrams). While
 * the reader has them open they are rendered by React (after client-side navigation, only then).
 */
export default function TextVersion({ view, open, id }: Props): ReactNode {
  const words = onServer || open;
  return (
    <div id={id} className={clsx(styles.textVersion, open && styles.open)} data-text-version>
      {words ? (
        <div key="words">
          <Words view={view} />
        </div>
      ) : (
        <div key="words" dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
      )}
    </div>
  );
}
