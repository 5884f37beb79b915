// A small valid quiz with one question of each kind, for unit and component tests.
import type { Quiz } from '../types';

export function makeQuiz(): Quiz {
  return {
    id: 'demo-quiz',
    title: 'Demo quiz',
    module: 'demo',
    passThreshold: 0.7,
    questions: [
      {
        id: 'q-single',
        kind: 'single',
        level: 'recall',
        prompt: 'Which organ makes insulin?',
        explanation: 'Beta cells in the pancreas make insulin.',
        lesson: '/learn/demo/insulin#what-insulin-does',
        options: [
          { id: 'pancreas', text: 'The pancreas', correct: true, feedback: 'Yes, its beta cells.' },
          { id: 'liver', text: 'The liver', correct: false, feedback: 'The liver responds to it.' },
          {
            id: 'muscle',
            text: 'Skeletal muscle',
            correct: false,
            feedback: 'Muscle takes up glucose.',
            misconception: 'mouse-equals-human',
          },
        ],
      },
      {
        id: 'q-multiple',
        kind: 'multiple',
        level: 'recall',
        prompt: 'Which are cytokines?',
        explanation: 'TNF-alpha and IL-6 are cytokines; insulin is a hormone.',
        lesson: '/learn/demo/cytokines',
        lessonTitle: 'Cytokines',
        options: [
          { id: 'tnf', text: 'TNF-alpha', correct: true, feedback: 'A cytokine.' },
          { id: 'il6', text: 'IL-6', correct: true, feedback: 'Also a cytokine.' },
          { id: 'insulin', text: 'Insulin', correct: false, feedback: 'A hormone.' },
        ],
      },
      {
        id: 'q-true-false',
        kind: 'true-false',
        level: 'recall',
        prompt: 'Insulin resistance is the same as type 2 diabetes.',
        explanation: 'Insulin resistance comes years before diabetes, if at all.',
        lesson: '/learn/demo/insulin',
        options: [
          {
            id: 'true',
            text: 'True',
            correct: false,
            feedback: 'No: it often precedes it.',
            misconception: 'ir-equals-diabetes',
          },
          { id: 'false', text: 'False', correct: true, feedback: 'Right.' },
        ],
      },
      {
        id: 'q-order',
        kind: 'order',
        level: 'recall',
        prompt: 'Put the steps in order.',
        explanation: 'Fat grows, macrophages come, cytokines block signalling.',
        lesson: '/learn/demo/cycle#steps',
        steps: [
          { id: 'fat', text: 'Fat tissue enlarges', feedback: 'It starts here.' },
          { id: 'macrophages', text: 'Macrophages arrive', feedback: 'They are recruited.' },
          { id: 'cytokines', text: 'Cytokines are released', feedback: 'Macrophages release them.' },
          { id: 'block', text: 'Insulin signalling is blocked', feedback: 'The end result.' },
        ],
      },
    ],
  };
}

/** The fixture as plain data with one question replaced, so malformed shapes are allowed. */
export function withQuestion(index: number, change: (q: Record<string, unknown>) => void): unknown {
  const quiz = structuredClone(makeQuiz()) as unknown as { questions: Record<string, unknown>[] };
  change(at(quiz.questions, index));
  return quiz;
}

/** The item at `index`, failing the test if there is none. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

export function option(q: Record<string, unknown>, index: number) {
  return at(q.options as Record<string, unknown>[], index);
}
