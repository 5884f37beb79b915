// The answer as plain HTML in a <details> element: what a reader without JavaScript gets (the
// server-rendered page), so the quiz is still useful as a self-check. Once the question works,
// the same answer is put back while the page prints: a printed quiz or check carries its answer.
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { Question } from '../../quiz/types';
import { ReviewLink } from './Feedback';
import styles from './styles.module.css';

export default function AnswerDetails({
  question,
  printOnly = false,
}: {
  question: Question;
  printOnly?: boolean;
}): ReactNode {
  return (
    <details className={clsx(styles.answerDetails, printOnly && styles.printOnly)} data-answer="">
      <summary>Show answer</summary>
      {question.kind === 'order' ? (
        <>
          <p>The correct order:</p>
          <ol>
            {question.steps.map((step) => (
              <li key={step.id}>
                {step.text}: {step.feedback}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <>
          <p>
            {question.options.filter((o) => o.correct).length > 1
              ? 'The correct answers:'
              : 'The correct answer:'}
          </p>
          <ul>
            {question.options
              .filter((o) => o.correct)
              .map((option) => (
                <li key={option.id}>
                  {option.text}: {option.feedback}
                </li>
              ))}
          </ul>
        </>
      )}
      <p>{question.explanation}</p>
      <ReviewLink question={question} />
    </details>
  );
}
