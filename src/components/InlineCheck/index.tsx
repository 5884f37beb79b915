// A check inside a lesson: one question of the module's check set, placed right after the idea it
// tests (`::check{id="…"}`, plugins/remark-checks). Same engine, storage and review schedule as the
// module quizzes; without JavaScript it is the question with its answer in a <details>.
import { useAfterHydration } from '../../hooks/useAfterHydration';
import { useMemo, useState, type ReactNode } from 'react';
import { scoreQuestion } from '../../quiz/score';
import type { Question } from '../../quiz/types';
import { guessAnnouncement } from '../Quiz/Feedback';
import QuestionView from '../Quiz/QuestionView';
import quizStyles from '../Quiz/styles.module.css';
import { useFocusAfterRender } from '../Quiz/useFocusAfterRender';
import { useQuizState } from '../Quiz/useQuizState';
import styles from './styles.module.css';

export interface Props {
  /** The module's check set, `<module>-checks`. */
  setId: string;
  question: Question;
}

export default function InlineCheck({ setId, question }: Props): ReactNode {
  const set = useMemo(() => ({ id: setId, questions: [question] }), [setId, question]);
  // Off in the server's HTML and while hydrating; then on (src/hooks/useAfterHydration.ts).
  const interactive = useAfterHydration();
  const state = useQuizState(set);
  const [announcement, setAnnouncement] = useState('');
  const focus = useFocusAfterRender();
  const domId = `check-${setId}-${question.id}`;
  const checked = state.checked.has(question.id);
  const answer = state.answers[question.id];
  const right = checked && scoreQuestion(question, answer).correct;

  function check() {
    state.check(question.id);
    const result = scoreQuestion(question, answer).correct ? 'correct' : 'not quite';
    setAnnouncement(`Check: ${result}.`);
    focus(`${domId}-result`);
  }

  function tryAgain() {
    state.retryMissed();
    setAnnouncement('Cleared: try the check again.');
    focus(domId);
  }

  return (
    // Named "Check yourself" and its question, so that two checks on a page are told apart.
    <section
      className={`${quizStyles.quiz} ${styles.check}`}
      aria-labelledby={`${domId}-label ${domId}-prompt`}
    >
      <QuestionView
        quizId={setId}
        question={question}
        number={1}
        total={1}
        label="Check yourself"
        domId={domId}
        answer={answer}
        checked={checked}
        interactive={interactive}
        onAnswer={(next) => state.setAnswer(question.id, next)}
        onCheck={check}
        announce={setAnnouncement}
        titles={state.lessonTitle}
        guess={{
          guessed: state.guessed.has(question.id),
          onGuessed: (guessed) => {
            state.setGuessed(question.id, guessed);
            setAnnouncement(guessAnnouncement(guessed));
          },
        }}
        after={
          checked && !right ? (
            <button type="button" className="button button--secondary button--sm" onClick={tryAgain}>
              Try again
            </button>
          ) : undefined
        }
      />
      <p className={quizStyles.visuallyHidden} aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
