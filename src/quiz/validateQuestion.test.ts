// Each question-level rule of the validator, with a malformed fixture and its exact message.
import { at, makeQuiz, option, withQuestion } from './__fixtures__/quiz';
import type { LinkChecker } from './types';
import { validateQuiz } from './validate';

const FILE = 'src/data/quizzes/demo.ts';
const AT = `${FILE}: quiz "demo-quiz"`;

function step(q: Record<string, unknown>, index: number) {
  return at(q.steps as Record<string, unknown>[], index);
}

describe('validateQuiz: question rules', () => {
  it.each([
    [
      'no correct option',
      0,
      (q: Record<string, unknown>) => {
        option(q, 0).correct = false;
      },
      'question "q-single": has no correct option',
    ],
    [
      'a single with two correct',
      0,
      (q: Record<string, unknown>) => {
        option(q, 1).correct = true;
      },
      'question "q-single": a "single" question must have exactly one correct option (found 2)',
    ],
    [
      'duplicate option ids',
      1,
      (q: Record<string, unknown>) => {
        option(q, 2).id = 'tnf';
      },
      'question "q-multiple": option id "tnf" is used 2 times',
    ],
    [
      'an option without feedback',
      1,
      (q: Record<string, unknown>) => {
        option(q, 1).feedback = ' ';
      },
      'question "q-multiple": option "il6" has no feedback',
    ],
    [
      'an option without text',
      1,
      (q: Record<string, unknown>) => {
        delete option(q, 1).text;
      },
      'question "q-multiple": option "il6" has no text',
    ],
    [
      'an option without a correct flag',
      1,
      (q: Record<string, unknown>) => {
        option(q, 2).correct = 'no';
      },
      'question "q-multiple": option "insulin" must set correct: true or false',
    ],
    [
      'an option id that is not kebab-case',
      1,
      (q: Record<string, unknown>) => {
        option(q, 2).id = 'Insulin';
      },
      'question "q-multiple": option 3 needs a kebab-case id',
    ],
    [
      'a misconception tag outside the closed list',
      0,
      (q: Record<string, unknown>) => {
        option(q, 2).misconception = 'muscle-makes-insulin';
      },
      'question "q-single": option "muscle" has the unknown misconception tag "muscle-makes-insulin" (add it to src/data/misconceptions.ts or use one listed there)',
    ],
    [
      'a misconception tag spelled differently from the list',
      0,
      (q: Record<string, unknown>) => {
        option(q, 2).misconception = 'association-equals-cause';
      },
      'question "q-single": option "muscle" has the unknown misconception tag "association-equals-cause" (add it to src/data/misconceptions.ts or use one listed there)',
    ],
    [
      'two options with the same text',
      0,
      (q: Record<string, unknown>) => {
        option(q, 2).text = 'The pancreas';
      },
      'question "q-single": two options have the same text "The pancreas"',
    ],
    [
      'the correct text repeated as a distractor, in other case and spacing',
      0,
      (q: Record<string, unknown>) => {
        option(q, 1).text = '  the PANCREAS ';
      },
      'question "q-single": two options have the same text "The pancreas"',
    ],
    [
      'fewer than two options',
      0,
      (q: Record<string, unknown>) => {
        q.options = (q.options as unknown[]).slice(0, 1);
      },
      'question "q-single": a "single" question needs at least two options (found 1)',
    ],
    [
      'options that are not a list',
      0,
      (q: Record<string, unknown>) => {
        q.options = 'a, b';
      },
      'question "q-single": a "single" question needs a list of options',
    ],
    [
      'a true-false with three options',
      2,
      (q: Record<string, unknown>) => {
        (q.options as unknown[]).push({ id: 'maybe', text: 'Maybe', correct: false, feedback: 'No.' });
      },
      'question "q-true-false": a "true-false" question must have exactly 2 options (found 3)',
    ],
    [
      'a true-false with both correct',
      2,
      (q: Record<string, unknown>) => {
        option(q, 0).correct = true;
      },
      'question "q-true-false": a "true-false" question must have exactly one correct option (found 2)',
    ],
    [
      'an order question with two steps',
      3,
      (q: Record<string, unknown>) => {
        q.steps = (q.steps as unknown[]).slice(0, 2);
      },
      'question "q-order": an "order" question needs at least three steps (found 2)',
    ],
    [
      'an order question with duplicate step ids',
      3,
      (q: Record<string, unknown>) => {
        step(q, 3).id = 'fat';
      },
      'question "q-order": step id "fat" is used 2 times',
    ],
    [
      'an order question with duplicate step texts',
      3,
      (q: Record<string, unknown>) => {
        step(q, 3).text = 'Fat tissue enlarges';
      },
      'question "q-order": two steps have the same text "Fat tissue enlarges"',
    ],
    [
      'a step without feedback',
      3,
      (q: Record<string, unknown>) => {
        delete step(q, 1).feedback;
      },
      'question "q-order": step "macrophages" has no feedback',
    ],
    [
      'an empty prompt',
      0,
      (q: Record<string, unknown>) => {
        q.prompt = '';
      },
      'question "q-single": the prompt is empty',
    ],
    [
      'an empty explanation',
      0,
      (q: Record<string, unknown>) => {
        q.explanation = '  ';
      },
      'question "q-single": the explanation is empty',
    ],
    [
      'a lesson not starting with /',
      0,
      (q: Record<string, unknown>) => {
        q.lesson = 'learn/demo/insulin';
      },
      'question "q-single": lesson "learn/demo/insulin" must be a site path starting with "/"',
    ],
    [
      'a missing lesson',
      0,
      (q: Record<string, unknown>) => {
        delete q.lesson;
      },
      'question "q-single": has no lesson link',
    ],
    [
      'a missing level',
      0,
      (q: Record<string, unknown>) => {
        delete q.level;
      },
      'question "q-single": level must be "recall" (remembering a fact) or "apply" (using an idea in a new situation); found undefined',
    ],
    [
      'a misspelled level',
      0,
      (q: Record<string, unknown>) => {
        q.level = 'application';
      },
      'question "q-single": level must be "recall" (remembering a fact) or "apply" (using an idea in a new situation); found "application"',
    ],
    [
      'an unknown kind',
      0,
      (q: Record<string, unknown>) => {
        q.kind = 'essay';
      },
      'question "q-single": unknown kind "essay" (expected one of single, multiple, true-false, order)',
    ],
    [
      'a question id that is not kebab-case',
      0,
      (q: Record<string, unknown>) => {
        q.id = 'Q 1';
      },
      'question 1: the question needs a kebab-case id',
    ],
    [
      'a duplicate question id',
      1,
      (q: Record<string, unknown>) => {
        q.id = 'q-single';
      },
      'question "q-single": the question id is used 2 times',
    ],
  ])('rejects %s', (_name, index, change, message) => {
    expect(validateQuiz(withQuestion(index, change), FILE)).toEqual([`${AT}: ${message}`]);
  });

  describe('lesson links', () => {
    const links: LinkChecker = {
      pageExists: (path) =>
        ['/learn/demo/insulin', '/learn/demo/cytokines', '/learn/demo/cycle'].includes(path),
      anchorExists: (path, anchor) =>
        (path === '/learn/demo/insulin' && anchor === 'what-insulin-does') ||
        (path === '/learn/demo/cycle' && anchor === 'steps'),
    };

    it('accepts links to existing pages and anchors', () => {
      expect(validateQuiz(makeQuiz(), FILE, links)).toEqual([]);
    });

    it('rejects a page that does not exist', () => {
      const quiz = withQuestion(1, (q) => {
        q.lesson = '/learn/demo/missing';
      });
      expect(validateQuiz(quiz, FILE, links)).toEqual([
        `${AT}: question "q-multiple": lesson page "/learn/demo/missing" does not exist`,
      ]);
    });

    it('rejects an anchor that does not exist', () => {
      const quiz = withQuestion(0, (q) => {
        q.lesson = '/learn/demo/insulin#gone';
      });
      expect(validateQuiz(quiz, FILE, links)).toEqual([
        `${AT}: question "q-single": lesson anchor "#gone" does not exist on page "/learn/demo/insulin"`,
      ]);
    });
  });
});
