// The explorer's controls: walk the loop, show the evidence on the arrows, and switch
// interventions on and off. Disabled until scripts have taken over the page; hidden without them.
import type { ReactNode } from 'react';
import type { CycleView } from './view.types';
import { HUMAN_EVIDENCE_NAMES } from './labels';
import type { ExplorerState } from './state';
import styles from './styles.module.css';

interface Props {
  view: CycleView;
  state: ExplorerState;
  enabled: boolean;
  idPrefix: string;
  onWalk: (walking: boolean) => void;
  onStep: (steps: number) => void;
  onStartAt: (position: number) => void;
  onEvidence: (on: boolean) => void;
  onIntervention: (id: string, on: boolean) => void;
}

export default function Controls(props: Props): ReactNode {
  const { view, state, enabled, idPrefix } = props;
  const disabled = !enabled;
  const walking = state.walk !== null;
  return (
    <div className={styles.controls}>
      <div className={styles.controlRow} role="group" aria-label="Walk the loop">
        <button
          type="button"
          className="button button--primary"
          aria-pressed={walking}
          disabled={disabled}
          onClick={() => props.onWalk(!walking)}
        >
          {walking ? 'Stop walking' : 'Walk the loop'}
        </button>
        {walking && (
          <>
            <button type="button" className="button button--secondary" onClick={() => props.onStep(-1)}>
              Previous
            </button>
            <button type="button" className="button button--secondary" onClick={() => props.onStep(1)}>
              Next
            </button>
            <label className={styles.startAt}>
              Start at{' '}
              <select
                value={state.walk ?? 0}
                onChange={(event) => props.onStartAt(Number(event.target.value))}
              >
                {view.loop.map((id, position) => {
                  const step = view.steps.find((candidate) => candidate.id === id);
                  return (
                    <option key={id} value={position}>
                      {position + 1}. {step?.label.join(' ')}
                    </option>
                  );
                })}
              </select>
            </label>
          </>
        )}
      </div>
      <label className={styles.toggle}>
        <input
          type="checkbox"
          checked={state.evidence}
          disabled={disabled}
          onChange={(event) => props.onEvidence(event.target.checked)}
        />{' '}
        Evidence view: show how strongly each arrow is shown in people
      </label>
      <fieldset className={styles.interventions} disabled={disabled}>
        <legend>Break the cycle: switch on an intervention to see where it acts</legend>
        <ul>
          {view.interventions.map((item) => (
            <li key={item.id}>
              <label className={styles.toggle}>
                <input
                  type="checkbox"
                  checked={state.on.includes(item.id)}
                  aria-describedby={`${idPrefix}-strength-${item.id}`}
                  onChange={(event) => props.onIntervention(item.id, event.target.checked)}
                />{' '}
                {item.name}
              </label>{' '}
              <span id={`${idPrefix}-strength-${item.id}`} className={styles.strengthNote}>
                {HUMAN_EVIDENCE_NAMES[item.humanEvidence]}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
