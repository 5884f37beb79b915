// The options of a single, multiple or true/false question: native radio buttons or checkboxes,
// and after checking, each option marked correct or incorrect in words and an icon (not colour alone).
import clsx from 'clsx';
import type { ReactNode } from 'react';
import { displayOptions } from '../../quiz/shuffle';
import type { Answer, Id, Option, OrderQuestion, Question } from '../../quiz/types';
import styles from './styles.module.css';

type ChoiceQuestion = Exclude<Question, OrderQuestion>;

interface Props {
  quizId: Id;
  question: ChoiceQuestion;
  domId: string;
  answer: Answer | undefined;
  checked: boolean;
  interactive: boolean;
  onAnswer(answer: Answer): void;
}

function markText(option: Option, chosen: boolean): string {
  const mark = option.correct ? 'Correct answer' : 'Incorrect answer';
  return chosen ? `${mark}, your choice.` : option.correct ? `${mark}, not chosen.` : `${mark}.`;
}

export default function ChoiceOptions({
  quizId,
  question,
  domId,
  answer = [],
  checked,
  interactive,
  onAnswer,
}: Props): ReactNode {
  const multiple = question.kind === 'multiple';
  const toggle = (id: Id) => {
    if (!multiple) onAnswer([id]);
    else onAnswer(answer.includes(id) ? answer.filter((a) => a !== id) : [...answer, id]);
  };
  return (
    <ul className={styles.options}>
      {displayOptions(quizId, question).map((option) => {
        const id = `${domId}-option-${option.id}`;
        const chosen = answer.includes(option.id);
        return (
          <li
            key={option.id}
            className={clsx(
              styles.option,
              checked && option.correct && styles.correct,
              checked && !option.correct && chosen && styles.incorrect,
            )}
          >
            <input
              id={id}
              type={multiple ? 'checkbox' : 'radio'}
              name={domId}
              value={option.id}
              checked={chosen}
              disabled={!interactive || checked}
              onChange={() => toggle(option.id)}
              aria-describedby={checked ? `${id}-feedback` : undefined}
            />
            <label htmlFor={id}>{option.text}</label>
            {checked && (
              <p id={`${id}-feedback`} className={styles.optionFeedback}>
                <span aria-hidden="true" className={styles.icon}>
                  {option.correct ? '✓' : '✗'}
                </span>{' '}
                <strong>{markText(option, chosen)}</strong> {option.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
