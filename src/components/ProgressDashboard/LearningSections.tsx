// The progress page's sections about learning, not completion: what is due for review, the ideas
// the learner's wrong answers showed (and which they have since cleared), and the checks inside the
// lessons. All computed from the stored progress and the course's questions (src/quiz).
import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import { dayLabel } from '../../lib/dayLabel';
import { attemptBreakdown, type Breakdown } from '../../quiz/attempt';
import type { CatalogEntry, QuestionSet } from '../../quiz/catalog';
import type { Day } from '../../quiz/days';
import { ideasToRevisit, type Idea } from '../../quiz/ideas';
import type { Progress } from '../../quiz/progress';
import { dueQuestions, nextReviewDay } from '../../quiz/review';
import styles from './styles.module.css';

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** "3 right · 1 right but guessed · 2 missed", or undefined when nothing was checked. */
export function breakdownText({ right, guessed, missed }: Breakdown): string | undefined {
  if (right + guessed + missed === 0) return undefined;
  const parts = [`${right} right`];
  if (guessed > 0) parts.push(`${guessed} right but guessed`);
  parts.push(`${missed} missed`);
  return parts.join(' · ');
}

interface ReviewStatusProps {
  progress: Progress;
  catalog: readonly CatalogEntry[];
  today: Day;
}

export function ReviewStatus({ progress, catalog, today }: ReviewStatusProps): ReactNode {
  const due = dueQuestions(progress.review, catalog, today).length;
  const next = nextReviewDay(progress.review, catalog, today);
  const started = Object.keys(progress.review).length > 0;
  return (
    <section aria-labelledby="progress-review">
      <h2 id="progress-review">Review</h2>
      {due > 0 ? (
        <p>
          <strong>{due === 1 ? '1 question is' : `${due} questions are`} due for review today.</strong>{' '}
          <Link to="/review">Start a review</Link>
        </p>
      ) : started ? (
        <p>
          Nothing due{next ? ` — next review ${dayLabel(next, today)}` : ''}.{' '}
          <Link to="/review">Review page</Link>
        </p>
      ) : (
        <p>
          Nothing to review yet: questions you miss, or mark “I guessed”, come back on the{' '}
          <Link to="/review">review page</Link> the next day.
        </p>
      )}
    </section>
  );
}

function IdeaItem({ idea }: { idea: Idea }): ReactNode {
  return (
    <li>
      <span className={styles.idea}>“{idea.description}”</span>{' '}
      <span className={styles.meta}>
        (shown {times(idea.count)}
        {idea.cleared ? ', since answered right' : ''})
      </span>{' '}
      <Link to={idea.lesson}>What the course says</Link>
    </li>
  );
}

export function IdeasToRevisit({
  progress,
  catalog,
}: {
  progress: Progress;
  catalog: readonly CatalogEntry[];
}): ReactNode {
  const { open, cleared } = ideasToRevisit(progress, catalog);
  return (
    <section aria-labelledby="progress-ideas">
      <h2 id="progress-ideas">Ideas to revisit</h2>
      {open.length + cleared.length === 0 ? (
        <p>
          None so far. When a wrong answer matches a common misconception, it is listed here with the lesson
          that corrects it.
        </p>
      ) : (
        <>
          <p>
            Your wrong answers matched these common misconceptions. None of them is true; each link goes to
            the lesson section that explains why. One moves to “Cleared” once you answer a question on it
            right.
          </p>
          {open.length > 0 ? (
            <ul className={styles.ideas}>
              {open.map((idea) => (
                <IdeaItem key={idea.tag} idea={idea} />
              ))}
            </ul>
          ) : (
            <p>All cleared.</p>
          )}
          {cleared.length > 0 && (
            <>
              <h3>Cleared</h3>
              <ul className={styles.ideas}>
                {cleared.map((idea) => (
                  <IdeaItem key={idea.tag} idea={idea} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

export function LessonChecks({
  progress,
  sets,
}: {
  progress: Progress;
  sets: readonly QuestionSet[];
}): ReactNode {
  if (sets.length === 0) return null;
  return (
    <section aria-labelledby="progress-checks">
      <h2 id="progress-checks">Checks inside the lessons</h2>
      <ul>
        {sets.map((set) => {
          const counts = attemptBreakdown(set, progress.quizzes[set.id]);
          const answered = counts.right + counts.guessed + counts.missed;
          const detail = breakdownText(counts);
          return (
            <li key={set.id}>
              {set.title}: {answered} of {counts.total} answered{detail ? ` (${detail})` : ''}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
