// A quiz as Moodle GIFT text (https://docs.moodle.org/en/GIFT_format), generated at build time from
// the quiz data. Single-answer and true/false questions are multiple choice with one right option;
// multiple-answer questions give each right option an equal share of 100% and each wrong one an
// equal share of −100%; order questions become matching questions (each step to its position),
// whose per-step reasons join the general feedback, as GIFT has no feedback per matching pair.
import type { Option, Question, Quiz } from '../types';

/** GIFT's special characters, escaped with a backslash; line breaks as `\n`. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Moodle accepts only some percentages; 100/n for n = 1…10 are among them (5 decimals, as Moodle writes them). */
function share(n: number): string {
  return String(Math.round((100 / n) * 100000) / 100000);
}

export const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'];

function choiceLines(options: Option[], weighted: boolean): string[] {
  const right = options.filter((o) => o.correct).length;
  const wrong = options.length - right;
  return options.map((option) => {
    const text = `${giftEscape(option.text)}#${giftEscape(option.feedback)}`;
    if (!weighted) return `  ${option.correct ? '=' : '~'}${text}`;
    return `  ~%${option.correct ? share(right) : `-${share(wrong)}`}%${text}`;
  });
}

function answerBlock(question: Question): { lines: string[]; feedback: string } {
  switch (question.kind) {
    case 'single':
    case 'true-false':
      return { lines: choiceLines(question.options, false), feedback: question.explanation };
    case 'multiple':
      return { lines: choiceLines(question.options, true), feedback: question.explanation };
    case 'order': {
      const lines = question.steps.map(
        (step, index) => `  =${giftEscape(step.text)} -> ${ORDINALS[index] ?? ''}`,
      );
      const reasons = question.steps.map((step, index) => `${index + 1}. ${step.text}: ${step.feedback}`);
      return { lines, feedback: `${question.explanation}\n${reasons.join('\n')}` };
    }
  }
}

/** Questions GIFT cannot carry, each named: the build stops on any. */
export function giftProblems(quiz: Quiz): string[] {
  return quiz.questions
    .filter((q) => q.kind === 'order' && q.steps.length > ORDINALS.length)
    .map(
      (q) =>
        `quiz "${quiz.id}", question "${q.id}": GIFT export supports order questions of at most ${ORDINALS.length} steps`,
    );
}

export function quizToGift(quiz: Quiz): string {
  const header = [
    `// ${quiz.title}`,
    '// Exported from the course at build time; each explanation is the general feedback.',
    '',
    `$CATEGORY: ${quiz.title}`,
    '',
  ];
  const questions = quiz.questions.map((question) => {
    const { lines, feedback } = answerBlock(question);
    const prompt =
      question.kind === 'order'
        ? `${question.prompt} (Match each step to its place in the order.)`
        : question.prompt;
    return [
      `::${giftEscape(question.id)}::${giftEscape(prompt)} {`,
      ...lines,
      `  ####${giftEscape(feedback)}`,
      '}',
      '',
    ].join('\n');
  });
  return [...header, ...questions].join('\n');
}
