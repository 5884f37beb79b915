// One question: a native form with a fieldset and legend, the answer controls, "Check answer",
// then feedback. Before hydration the controls are disabled and the answer sits in <details>.
import type { FormEvent, ReactNode } from 'react';
import { canCheck } from '../../quiz/attempt';
import { scoreQuestion } from '../../quiz/score';
import { initialStepOrder } from '../../quiz/shuffle';
import type { Answer, Question } from '../../quiz/types';
import AnswerDetails from './AnswerDetails';
import { usePrinting } from '../../hooks/usePrinting';
import ChoiceOptions from './ChoiceOptions';
import Feedback, { type GuessMark, type LessonTitles } from './Feedback';
import OrderSteps from './OrderSteps';
import styles from './styles.module.css';

const HINTS: Record<Question['kind'], string> = {
  single: 'Choose one answer.',
  multiple: 'Choose all that apply.',
  'true-false': 'True or false?',
  order: 'Use “Move up” and “Move down” to put the steps in order.',
};

/** Where paper needs other words than the screen (shown only in print). */
const PAPER_HINTS: Partial<Record<Question['kind'], string>> = {
  order: 'Number the steps in order, first to last.',
};

interface Props {
  quizId: string;
  question: Question;
  /** 1-based. */
  number: number;
  total: number;
  domId: string;
  answer: Answer | undefined;
  checked: boolean;
  interactive: boolean;
  onAnswer(answer: Answer): void;
  onCheck(): void;
  announce(message: string): void;
  titles: LessonTitles;
  /** Replaces "Question n of m" (a check inside a lesson says "Check yourself"). */
  label?: string;
  guess?: GuessMark;
  /** Shown after the feedback, e.g. "Try again" for a check inside a lesson. */
  after?: ReactNode;
}

export default function QuestionView(props: Props): ReactNode {
  const { question, domId, answer, checked, interactive, onAnswer } = props;
  const printing = usePrinting();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (interactive && !checked && canCheck(question, answer)) props.onCheck();
  };
  return (
    // tabIndex -1: focus target after "Retry" and "Reset"
    // data-question: scripts/check-build.mjs loads the quiz engine's chunk only where this is.
    <form id={domId} tabIndex={-1} className={styles.question} onSubmit={submit} data-question="">
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>
          <span id={`${domId}-label`} className={styles.questionNumber}>
            {props.label ?? `Question ${props.number} of ${props.total}`}
          </span>
          <span id={`${domId}-prompt`} className={styles.prompt}>
            {question.prompt}
          </span>
          <span className={styles.hint}>
            {PAPER_HINTS[question.kind] ? (
              <>
                <span className={styles.screenHint}>{HINTS[question.kind]}</span>
                <span className={styles.paperHint}>{PAPER_HINTS[question.kind]}</span>
              </>
            ) : (
              HINTS[question.kind]
            )}
          </span>
        </legend>
        {question.kind === 'order' ? (
          <OrderSteps
            question={question}
            answer={answer ?? initialStepOrder(props.quizId, question).map((s) => s.id)}
            checked={checked}
            interactive={interactive}
            onAnswer={onAnswer}
            announce={props.announce}
          />
        ) : (
          <ChoiceOptions
            quizId={props.quizId}
            question={question}
            domId={domId}
            answer={answer}
            checked={checked}
            interactive={interactive}
            onAnswer={onAnswer}
          />
        )}
      </fieldset>
      {checked ? (
        <Feedback
          question={question}
          result={scoreQuestion(question, answer)}
          headingId={`${domId}-result`}
          titles={props.titles}
          guess={props.guess}
        />
      ) : (
        <button
          type="submit"
          className="button button--primary"
          disabled={!interactive || !canCheck(question, answer)}
        >
          Check answer
        </button>
      )}
      {checked && props.after}
      {/* Once the question works, its answer comes back for print only (open, see the CSS). */}
      {(!interactive || printing) && <AnswerDetails question={question} printOnly={interactive} />}
    </form>
  );
}
