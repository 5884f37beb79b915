// The answer as plain HTML in a <details> element: what a reader without JavaScript gets (the
// server-rendered page), so the quiz is still useful as a self-check.
import type { ReactNode } from 'react';
import type { Question } from '../../quiz/types';
import { ReviewLink } from './Feedback';
import styles from './styles.module.css';

export default function AnswerDetails({ question }: { question: Question }): ReactNode {
  return (
    <details className={styles.answerDetails}>
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
