// The quiz view. Props: a validated Quiz. All state lives in the shared progress store (saved as the
// learner goes); the server renders a readable, non-interactive version with the answers in <details>.
import { useAfterHydration } from '../../hooks/useAfterHydration';
import { useMemo, useState, type ReactNode } from 'react';
import { nfc } from '../../data/text';
import { scoreAttempt, scoreQuestion } from '../../quiz/score';
import type { Quiz as QuizData } from '../../quiz/types';
import { guessAnnouncement } from './Feedback';
import QuestionView from './QuestionView';
import styles from './styles.module.css';
import { attemptIdeas } from '../../quiz/ideas';
import Summary from './Summary';
import { useFocusAfterRender } from './useFocusAfterRender';
import { useQuizState } from './useQuizState';
import StorageNotice from '../StorageNotice';

export interface Props {
  quiz: QuizData;
}

export default function Quiz({ quiz: data }: Props): ReactNode {
  // Quiz pages import their data file directly: its text is normalised here, where it is shown.
  const quiz = useMemo(() => nfc(data), [data]);
  // Off in the server's HTML and while hydrating; then on (src/hooks/useAfterHydration.ts).
  const interactive = useAfterHydration();
  const state = useQuizState(quiz);
  const [announcement, setAnnouncement] = useState('');
  const focus = useFocusAfterRender();
  const domId = (questionId: string) => `quiz-${quiz.id}-${questionId}`;
  const total = quiz.questions.length;

  function check(index: number) {
    const question = quiz.questions[index];
    if (!question) return;
    const result = scoreQuestion(question, state.answers[question.id]);
    let message = `Question ${index + 1}: ${result.correct ? 'correct' : 'not quite'}.`;
    if (quiz.questions.every((q) => q === question || state.checked.has(q.id))) {
      const score = scoreAttempt(quiz, state.answers);
      message += ` Quiz complete: ${score.correct} of ${score.total} right${score.passed ? ', passed' : ''}.`;
    }
    state.check(question.id);
    setAnnouncement(message);
    focus(`${domId(question.id)}-result`);
  }

  function retryMissed() {
    const first = state.score.missed[0];
    state.retryMissed();
    const count = state.score.missed.length;
    setAnnouncement(`${count === 1 ? '1 question' : `${count} questions`} cleared to try again.`);
    if (first) focus(domId(first));
  }

  function reset() {
    state.reset();
    setAnnouncement('The quiz was reset.');
    if (quiz.questions[0]) focus(domId(quiz.questions[0].id));
  }

  return (
    <section className={styles.quiz} aria-labelledby={`quiz-${quiz.id}`} data-quiz={quiz.id}>
      <h2 id={`quiz-${quiz.id}`}>{quiz.title}</h2>
      <p className={styles.intro}>
        {total} questions. Pass mark: {Math.round(quiz.passThreshold * 100)}%.
        {/* Always in the markup, shown once it is true (scripts running, storage working): the
            line is reserved from the first paint, so nothing below moves when it appears. */}{' '}
        <span className={interactive && state.persistent ? undefined : styles.notYet}>
          Your answers are saved in this browser as you go.
        </span>
      </p>
      {interactive && !state.persistent && (
        <StorageNotice notice={state.notice} meanwhile="The quiz still works for this visit." />
      )}
      <ol className={styles.questions}>
        {quiz.questions.map((question, index) => (
          <li key={question.id}>
            <QuestionView
              quizId={quiz.id}
              question={question}
              number={index + 1}
              total={total}
              domId={domId(question.id)}
              answer={state.answers[question.id]}
              checked={state.checked.has(question.id)}
              interactive={interactive}
              onAnswer={(answer) => state.setAnswer(question.id, answer)}
              onCheck={() => check(index)}
              announce={setAnnouncement}
              titles={state.lessonTitle}
              guess={{
                guessed: state.guessed.has(question.id),
                onGuessed: (guessed) => {
                  state.setGuessed(question.id, guessed);
                  setAnnouncement(guessAnnouncement(guessed, `Question ${index + 1}`));
                },
              }}
            />
          </li>
        ))}
      </ol>
      <Summary
        headingId={`quiz-${quiz.id}-summary`}
        score={state.score}
        guessedCount={state.guessed.size}
        ideas={state.complete ? attemptIdeas(quiz.questions, state.answers) : []}
        checkedCount={state.checked.size}
        complete={state.complete}
        passThreshold={quiz.passThreshold}
        saved={state.saved}
        interactive={interactive}
        onRetryMissed={retryMissed}
        onReset={reset}
      />
      <p className={styles.visuallyHidden} aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
