// The end of a quiz: how many were checked, then the score, "Retry the ones I missed" and "Reset".
import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { AttemptIdea } from '../../quiz/ideas';
import type { QuizProgress } from '../../quiz/progress';
import type { AttemptScore } from '../../quiz/score';
import styles from './styles.module.css';

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
