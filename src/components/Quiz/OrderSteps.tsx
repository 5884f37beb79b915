// An order question: a list with "Move up"/"Move down" buttons per step, fully keyboard-operable
// (never drag-only). After checking, each position says whether its step belongs there.
import clsx from 'clsx';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { scoreQuestion } from '../../quiz/score';
import type { Answer, OrderQuestion, Step } from '../../quiz/types';
import styles from './styles.module.css';

interface Props {
  question: OrderQuestion;
  /** The current order of step ids (always complete, see restoreAttempt). */
  answer: Answer;
  checked: boolean;
  interactive: boolean;
  onAnswer(answer: Answer): void;
  announce(message: string): void;
}

type Direction = 'up' | 'down';

export default function OrderSteps({
  question,
  answer,
  checked,
  interactive,
  onAnswer,
  announce,
}: Props): ReactNode {
  const listRef = useRef<HTMLOListElement>(null);
  const [focus, setFocus] = useState<{ stepId: string; direction: Direction } | null>(null);
  const steps = new Map(question.steps.map((s) => [s.id, s]));
  const result = checked ? scoreQuestion(question, answer) : undefined;

  // Reordering moves DOM nodes, which drops focus: put it back on the moved step's button.
  useEffect(() => {
    if (!focus) return;
    const selector = (d: Direction) => `button[data-step="${focus.stepId}"][data-direction="${d}"]`;
    const same = listRef.current?.querySelector<HTMLButtonElement>(selector(focus.direction));
    const other = focus.direction === 'up' ? 'down' : 'up';
    (same && !same.disabled
      ? same
      : listRef.current?.querySelector<HTMLButtonElement>(selector(other))
    )?.focus();
  }, [focus]);

  function move(from: number, direction: Direction) {
    const to = direction === 'up' ? from - 1 : from + 1;
    const next = [...answer];
    const [moved] = next.splice(from, 1);
    if (moved === undefined || to < 0 || to >= answer.length) return;
    next.splice(to, 0, moved);
    onAnswer(next);
    setFocus({ stepId: moved, direction });
    announce(`“${steps.get(moved)?.text ?? moved}” moved to position ${to + 1} of ${next.length}.`);
  }

  return (
    <ol className={styles.steps} ref={listRef}>
      {answer.map((stepId, index) => {
        const step = steps.get(stepId) as Step; // restoreAttempt guarantees a permutation of the steps
        const mark = result?.kind === 'order' ? result.positions[index] : undefined;
        const expected = question.steps.findIndex((s) => s.id === stepId) + 1;
        return (
          <li
            key={stepId}
            className={clsx(styles.step, mark && (mark.right ? styles.correct : styles.incorrect))}
          >
            <span className={styles.stepText}>{step.text}</span>
            {!checked && (
              <span className={styles.moves}>
                {(['up', 'down'] as const).map((direction) => (
                  <button
                    key={direction}
                    type="button"
                    className={styles.moveButton}
                    data-step={stepId}
                    data-direction={direction}
                    aria-label={`Move ${direction}: ${step.text}`}
                    disabled={
                      !interactive || (direction === 'up' ? index === 0 : index === answer.length - 1)
                    }
                    onClick={() => move(index, direction)}
                  >
                    <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span> Move {direction}
                  </button>
                ))}
              </span>
            )}
            {mark && (
              <p className={styles.optionFeedback}>
                <span aria-hidden="true" className={styles.icon}>
                  {mark.right ? '✓' : '✗'}
                </span>{' '}
                <strong>{mark.right ? 'In the right place.' : `Belongs at position ${expected}.`}</strong>{' '}
                {step.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
