// The learner's progress page: each quiz's status, overall completion, where to continue, lessons
// already opened, and moving or erasing the data. Everything is read from this browser only.
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { ReactNode } from 'react';
import { attemptBreakdown, quizStatus, restoreAttempt } from '../../quiz/attempt';
import type { CatalogEntry, QuestionSet } from '../../quiz/catalog';
import { quizPage } from '../../quiz/pages';
import type { QuizProgress } from '../../quiz/progress';
import { visitsByRecency } from '../../quiz/progress';
import type { Quiz } from '../../quiz/types';
import { labelFromPath } from '../../quiz/visits';
import { useToday } from '../../hooks/useToday';
import { useCourseStorage } from '../Quiz/useCourseStorage';
import StorageNotice from '../StorageNotice';
import { breakdownText, IdeasToRevisit, LessonChecks, ReviewStatus } from './LearningSections';
import ProgressTransfer from './ProgressTransfer';
import styles from './styles.module.css';

export interface Props {
  quizzes: readonly Quiz[];
  /**
   * Site paths (without the base URL) of the course's pages. Stored visits to any other path (a
   * lesson since removed, or a value planted in storage or an imported file) are not shown as links.
   */
  coursePages: ReadonlySet<string>;
  /** The modules' check sets (questions inside the lessons), with their titles. */
  checkSets?: readonly QuestionSet[];
  /** Every question of the course, for review and ideas to revisit. */
  catalog?: readonly CatalogEntry[];
}

const percent = (correct: number, total: number) => `${Math.round((correct / total) * 100)}%`;
const date = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });

function statusText(quiz: Quiz, saved: QuizProgress | undefined): string {
  const status = quizStatus(saved);
  if (status === 'not-started' || !saved) return 'Not started';
  if (status === 'passed') {
    const best = saved.best;
    return best
      ? `Passed, best score ${best.correct} of ${best.total} (${percent(best.correct, best.total)})`
      : 'Passed';
  }
  if (saved.last) {
    const { correct, total } = saved.last;
    return `In progress: last score ${correct} of ${total} (${percent(correct, total)}), pass mark ${Math.round(quiz.passThreshold * 100)}%`;
  }
  return `In progress: ${restoreAttempt(quiz, saved).checked.size} of ${quiz.questions.length} questions checked`;
}

const ICONS = { 'not-started': '○', 'in-progress': '◐', passed: '✓' } as const;
const STATUS_CLASSES = {
  'not-started': styles.notStarted,
  'in-progress': styles.inProgress,
  passed: styles.passed,
} as const;

export default function ProgressDashboard({
  quizzes,
  coursePages,
  checkSets = [],
  catalog = [],
}: Props): ReactNode {
  const hydrated = useIsBrowser();
  const today = useToday();
  const { store, snapshot } = useCourseStorage();
  const { progress } = snapshot;
  const passed = quizzes.filter((q) => progress.quizzes[q.id]?.passed).length;
  const visits = visitsByRecency(progress).filter((visit) => coursePages.has(visit.path));
  const last = visits[0];

  return (
    <div className={styles.dashboard}>
      <p className={styles.privacy}>
        Your progress stays in this browser on this device. Nothing is sent anywhere: there is no account and
        no tracking. To continue on another device, download your progress file and import it there.
      </p>
      {hydrated && !snapshot.persistent && (
        <StorageNotice notice={snapshot.notice} meanwhile="What you do now lasts only for this visit." />
      )}
      {!hydrated && <p>Your progress appears here once the page has loaded (it needs JavaScript).</p>}

      <section aria-labelledby="progress-overall">
        <h2 id="progress-overall">Overall</h2>
        <p>
          <label htmlFor="progress-completion">
            {passed} of {quizzes.length} quizzes passed
          </label>{' '}
          <progress id="progress-completion" max={quizzes.length} value={passed} className={styles.bar} />{' '}
          {visits.length === 1 ? '1 lesson opened.' : `${visits.length} lessons opened.`}
        </p>
        <h3>Continue where you left off</h3>
        {last ? (
          <p>
            <Link to={last.path}>{last.title ?? labelFromPath(last.path)}</Link>{' '}
            <span className={styles.meta}>(opened {date(last.at)})</span>
          </p>
        ) : (
          <p>
            You have not opened a lesson yet. <Link to="/learn/welcome">Start with the welcome page</Link>.
          </p>
        )}
      </section>

      {today !== null && <ReviewStatus progress={progress} catalog={catalog} today={today} />}
      {hydrated && <IdeasToRevisit progress={progress} catalog={catalog} />}

      <section aria-labelledby="progress-modules">
        <h2 id="progress-modules">Quizzes</h2>
        <ul className={styles.modules}>
          {quizzes.map((quiz) => {
            const saved = progress.quizzes[quiz.id];
            const status = quizStatus(saved);
            const detail = breakdownText(attemptBreakdown(quiz, saved));
            return (
              <li key={quiz.id} className={STATUS_CLASSES[status]}>
                <span aria-hidden="true" className={styles.icon}>
                  {ICONS[status]}
                </span>
                <span>
                  <Link to={quizPage(quiz)}>{quiz.title}</Link>
                  {hydrated && <span className={styles.status}>{statusText(quiz, saved)}</span>}
                  {hydrated && detail && <span className={styles.status}>Current attempt: {detail}</span>}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      {hydrated && <LessonChecks progress={progress} sets={checkSets} />}

      <section aria-labelledby="progress-lessons">
        <h2 id="progress-lessons">Lessons already opened</h2>
        {visits.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul>
            {visits.map((visit) => (
              <li key={visit.path}>
                <Link to={visit.path}>{visit.title ?? labelFromPath(visit.path)}</Link>{' '}
                <span className={styles.meta}>({date(visit.at)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <ProgressTransfer store={store} progress={progress} interactive={hydrated} />
    </div>
  );
}
