// One review session: the questions due today (at most SESSION_SIZE), fixed when the session starts
// so they stay on screen while the learner answers them. Each check records the answer for review
// and misconceptions (src/quiz/learning.ts); the answers themselves are not kept: a review is not an
// attempt at a quiz, and the quiz pages keep their own answers.
import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useState, type ReactNode } from 'react';
import type { CourseStructureData } from '../../data/course.types';
import { useToday } from '../../hooks/useToday';
import { dayLabel } from '../../lib/dayLabel';
import type { CatalogEntry } from '../../quiz/catalog';
import type { Day } from '../../quiz/days';
import { markGuessed, recordAnswer } from '../../quiz/learning';
import { dueQuestions, nextReviewDay, SESSION_SIZE } from '../../quiz/review';
import { scoreQuestion } from '../../quiz/score';
import type { Answer } from '../../quiz/types';
import { guessAnnouncement } from '../Quiz/Feedback';
import QuestionView from '../Quiz/QuestionView';
import quizStyles from '../Quiz/styles.module.css';
import { useCourseStorage } from '../Quiz/useCourseStorage';
import { useFocusAfterRender } from '../Quiz/useFocusAfterRender';
import StorageNotice from '../StorageNotice';
import styles from './styles.module.css';

interface Session {
  today: Day;
  entries: CatalogEntry[];
}

export default function ReviewSession({ catalog }: { catalog: readonly CatalogEntry[] }): ReactNode {
  const today = useToday();
  const { store, snapshot } = useCourseStorage();
  // The session is the list of due questions, fixed from the learner's first answer on, so that a
  // question stays on screen after answering it moves it out of today's list.
  const [fixed, setFixed] = useState<Session | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const focus = useFocusAfterRender();

  if (today === null) {
    return <p>Your review appears here once the page has loaded (it needs JavaScript).</p>;
  }
  const review = snapshot.progress.review;
  const session = fixed ?? { today, entries: dueQuestions(review, catalog, today, SESSION_SIZE) };
  const { entries } = session;
  const domId = (entry: CatalogEntry) => `review-${entry.setId}-${entry.question.id}`;
  const done = entries.filter((e) => checked.has(e.key));
  const right = done.filter((e) => scoreQuestion(e.question, answers[e.key]).correct).length;
  // A guess mark lives in the review schedule itself (the answer checked here was recorded there).
  const isGuessed = (entry: CatalogEntry) => checked.has(entry.key) && review[entry.key]?.last === 'guessed';
  const guessedCount = entries.filter(isGuessed).length;
  const complete = entries.length > 0 && done.length === entries.length;
  const stillDue = dueQuestions(review, catalog, session.today).length;
  const next = nextReviewDay(review, catalog, session.today);

  function startAnother() {
    setFixed(null);
    setAnswers({});
    setChecked(new Set());
    setAnnouncement('A new review session started.');
  }

  function answer(entry: CatalogEntry, value: Answer) {
    setFixed(session);
    setAnswers((all) => ({ ...all, [entry.key]: value }));
  }

  function check(entry: CatalogEntry, index: number) {
    const answer = answers[entry.key];
    if (!answer) return;
    setFixed(session);
    store.update((progress) =>
      recordAnswer(progress, { setId: entry.setId, question: entry.question, answer, at: Date.now() }),
    );
    const nextChecked = new Set(checked).add(entry.key);
    setChecked(nextChecked);
    const result = scoreQuestion(entry.question, answer).correct ? 'correct' : 'not quite';
    let message = `Question ${index + 1}: ${result}.`;
    if (nextChecked.size === entries.length) message += ' Review session complete.';
    setAnnouncement(message);
    focus(`${domId(entry)}-result`);
  }

  return (
    <div className={styles.session}>
      {!snapshot.persistent && (
        <StorageNotice notice={snapshot.notice} meanwhile="The review still works for this visit." />
      )}
      {entries.length === 0 ? (
        <NothingDue hasHistory={Object.keys(review).length > 0} next={next} today={session.today} />
      ) : (
        <>
          <p className={styles.count}>
            {entries.length === 1 ? '1 question' : `${entries.length} questions`} due today
            {stillDue > entries.length ? ` (of ${stillDue}; the rest come in the next session)` : ''}.
          </p>
          <ol className={quizStyles.questions}>
            {entries.map((entry, index) => (
              <li key={entry.key}>
                <QuestionView
                  quizId={entry.setId}
                  question={entry.question}
                  number={index + 1}
                  total={entries.length}
                  label={`Question ${index + 1} of ${entries.length} · from ${entry.setTitle}`}
                  domId={domId(entry)}
                  answer={answers[entry.key]}
                  checked={checked.has(entry.key)}
                  interactive
                  onAnswer={(value) => answer(entry, value)}
                  onCheck={() => check(entry, index)}
                  announce={setAnnouncement}
                  titles={(path) => snapshot.progress.visits[path]?.title}
                  guess={{
                    guessed: isGuessed(entry),
                    onGuessed: (mark) => {
                      store.update((progress) => markGuessed(progress, entry.setId, entry.question, mark));
                      setAnnouncement(guessAnnouncement(mark, `Question ${index + 1}`));
                    },
                  }}
                />
              </li>
            ))}
          </ol>
          <div className={quizStyles.summary}>
            {complete ? (
              <>
                <h2 id="review-summary" tabIndex={-1} className={styles.summaryHeading}>
                  Session complete
                </h2>
                <p>
                  <strong>
                    {right} of {entries.length}
                  </strong>{' '}
                  right{guessedCount > 0 ? `, ${guessedCount} of them marked as guesses` : ''}.{' '}
                  {stillDue > 0
                    ? `${stillDue === 1 ? '1 more question is' : `${stillDue} more questions are`} due today.`
                    : next
                      ? `Nothing more is due today. Next review ${dayLabel(next, today)}.`
                      : 'Nothing more is scheduled.'}
                </p>
                {stillDue > 0 && (
                  <button type="button" className="button button--primary" onClick={startAnother}>
                    Start another session
                  </button>
                )}
              </>
            ) : (
              <p>
                {done.length} of {entries.length} questions checked.
              </p>
            )}
          </div>
        </>
      )}
      <p className={quizStyles.visuallyHidden} aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function NothingDue({ hasHistory, next, today }: { hasHistory: boolean; next?: Day; today: Day }): ReactNode {
  const { modules } = usePluginData('course-structure') as CourseStructureData;
  const firstLesson = modules[0]?.firstLesson;
  if (!hasHistory) {
    return (
      <p className={styles.count}>
        Nothing to review yet. Answer the checks in the lessons and the module quizzes
        {firstLesson ? (
          <>
            {' '}
            (<Link to={firstLesson}>start with module 1</Link>)
          </>
        ) : null}
        : the questions you miss or guess come back here.
      </p>
    );
  }
  return (
    <p className={styles.count}>
      Nothing due — {next ? `next review ${dayLabel(next, today)}` : 'nothing is scheduled'}. See what you
      have covered on <Link to="/progress">your progress page</Link>.
    </p>
  );
}
