// The end of a quiz: how many were checked, then the score, "Retry the ones I missed" and "Reset".
import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { misconceptions } from '../../data/misconceptions';
import { misconceptionsShown } from '../../quiz/learning';
import type { QuizProgress } from '../../quiz/progress';
import type { AttemptScore } from '../../quiz/score';
import type { Answers, Question } from '../../quiz/types';
import styles from './styles.module.css';

export interface AttemptIdea {
  tag: string;
  description: string;
  /** The lesson section of the first question where the learner showed it. */
  lesson: string;
}

/** The misconceptions the wrong answers of an attempt show, once each, in question order. */
export function attemptIdeas(questions: readonly Question[], answers: Answers): AttemptIdea[] {
  const ideas = new Map<string, AttemptIdea>();
  for (const question of questions) {
    for (const tag of misconceptionsShown(question, answers[question.id])) {
      if (!ideas.has(tag) && tag in misconceptions) {
        const description = misconceptions[tag as keyof typeof misconceptions];
        ideas.set(tag, { tag, description, lesson: question.lesson });
      }
    }
  }
  return [...ideas.values()];
}

interface Props {
  headingId: string;
  score: AttemptScore;
  /** Right answers the learner marked "I guessed". */
  guessedCount: number;
  ideas: readonly AttemptIdea[];
  checkedCount: number;
  complete: boolean;
  passThreshold: number;
  saved: QuizProgress | undefined;
  interactive: boolean;
  onRetryMissed(): void;
  onReset(): void;
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

export default function Summary(props: Props): ReactNode {
  const { score, complete, saved } = props;
  const best = saved?.best;
  return (
    <div className={styles.summary}>
      {complete ? (
        <>
          <h3 id={props.headingId} tabIndex={-1}>
            Your score
          </h3>
          <p>
            <strong>
              {score.correct} of {score.total}
            </strong>{' '}
            right ({percent(score.fraction)})
            {props.guessedCount > 0 && `, ${props.guessedCount} of them marked as guesses`}.{' '}
            {score.passed
              ? 'You passed this quiz.'
              : `The pass mark is ${percent(props.passThreshold)}: retry the ones you missed when you are ready.`}
          </p>
          {best && best.correct > score.correct && (
            <p>
              Your best so far: {best.correct} of {best.total}
              {saved.passed ? ' (passed)' : ''}.
            </p>
          )}
          {props.ideas.length > 0 && (
            <>
              <p>
                Ideas to revisit: your wrong answers in this attempt match{' '}
                {props.ideas.length === 1
                  ? 'a common misconception. It is not true; the link goes to the lesson section that explains why.'
                  : 'these common misconceptions. None of them is true; each link goes to the lesson section that explains why.'}
              </p>
              <ul className={styles.ideas}>
                {props.ideas.map((idea) => (
                  <li key={idea.tag}>
                    “{idea.description}” <Link to={idea.lesson}>What the course says</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>
          {props.checkedCount} of {score.total} questions checked.
        </p>
      )}
      <div className={styles.actions}>
        {complete && score.missed.length > 0 && (
          <button type="button" className="button button--primary" onClick={props.onRetryMissed}>
            Retry the ones I missed ({score.missed.length})
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          disabled={!props.interactive}
          onClick={props.onReset}
        >
          Reset this quiz
        </button>
      </div>
    </div>
  );
}
