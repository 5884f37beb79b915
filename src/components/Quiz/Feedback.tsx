// What a learner sees after checking a question: right or not (in words and an icon), the
// explanation and a link back to the lesson section that teaches it.
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { QuestionResult } from '../../quiz/score';
import type { Question } from '../../quiz/types';
import { labelFromPath } from '../../quiz/visits';
import styles from './styles.module.css';

/** Finds a lesson's title (known once the learner has opened it) from its path. */
export type LessonTitles = (path: string) => string | undefined;

export function ReviewLink({ question, titles }: { question: Question; titles?: LessonTitles }): ReactNode {
  const page = question.lesson.split('#')[0] ?? question.lesson;
  const label = question.lessonTitle ?? titles?.(page) ?? labelFromPath(page);
  return (
    <p className={styles.review}>
      <Link to={question.lesson}>Review: {label}</Link>
    </p>
  );
}

function detail(result: QuestionResult): string | undefined {
  if (result.correct) return undefined;
  if (result.kind === 'order') {
    const right = result.positions.filter((p) => p.right).length;
    return `${right} of ${result.positions.length} steps are in the right place.`;
  }
  const correct = result.options.filter((o) => o.correct);
  if (correct.length < 2) return undefined;
  const found = correct.filter((o) => o.chosen).length;
  const wrong = result.options.filter((o) => o.chosen && !o.correct).length;
  return `You chose ${found} of the ${correct.length} correct options${wrong > 0 ? ` and ${wrong} incorrect` : ''}.`;
}

/** "I guessed" on a right answer: it still counts as right, but comes back for review tomorrow. */
export interface GuessMark {
  guessed: boolean;
  onGuessed(guessed: boolean): void;
}

interface Props {
  question: Question;
  result: QuestionResult;
  headingId: string;
  titles: LessonTitles;
  guess?: GuessMark;
}

/** What is announced when a right answer is marked as a guess or unmarked; `subject` names it ("Question 3"). */
export function guessAnnouncement(guessed: boolean, subject?: string): string {
  if (subject === undefined) {
    return guessed ? 'Marked as a guess: it comes back for review tomorrow.' : 'No longer marked as a guess.';
  }
  return guessed
    ? `${subject} marked as a guess: it comes back for review tomorrow.`
    : `${subject} is no longer marked as a guess.`;
}

function GuessToggle({ guessed, onGuessed }: GuessMark): ReactNode {
  return (
    <p className={styles.guess}>
      <button
        type="button"
        className="button button--sm button--secondary"
        aria-pressed={guessed}
        onClick={() => onGuessed(!guessed)}
      >
        I guessed
      </button>{' '}
      <span>
        {guessed
          ? 'Marked as a guess: it still counts as right, and comes back for review tomorrow.'
          : 'Was it a guess? Mark it, and it comes back for review tomorrow.'}
      </span>
    </p>
  );
}

export default function Feedback({ question, result, headingId, titles, guess }: Props): ReactNode {
  const more = detail(result);
  return (
    <div className={clsx(styles.feedback, result.correct ? styles.correct : styles.incorrect)}>
      {/* tabIndex -1: focus lands here after "Check answer" */}
      <h3 id={headingId} tabIndex={-1} className={styles.feedbackHeading}>
        <span aria-hidden="true" className={styles.icon}>
          {result.correct ? '✓' : '✗'}
        </span>{' '}
        {result.correct ? 'Correct' : 'Not quite'}
      </h3>
      {more && <p>{more}</p>}
      <p>{question.explanation}</p>
      <ReviewLink question={question} titles={titles} />
      {result.correct && guess && <GuessToggle {...guess} />}
    </div>
  );
}
