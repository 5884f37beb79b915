// @vitest-environment node
// Every quiz of the course, exported and read back by independent parsers (gift-pegjs for GIFT,
// fast-xml-parser and fflate for QTI): every question, option, right answer and feedback must come
// back as the quiz data says.
import { parse as parseGift } from 'gift-pegjs';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { courseQuizzes } from '../../test/courseQuizzes';
import { makeQuiz } from '../__fixtures__/quiz';
import type { Question, Quiz } from '../types';
import { ORDINALS, giftProblems, quizToGift } from './gift';
import { choiceId, itemId, quizToQtiZip } from './qti';
import { exportProblems } from '../../../plugins/course-structure/exports';

const quizzes: { file: string; quiz: Quiz }[] = [
  ...(await courseQuizzes()).map(({ file, quiz }) => ({ file, quiz: quiz as Quiz })),
  { file: 'fixture', quiz: makeQuiz() },
];

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'text',
  isArray: (name) =>
    [
      'simpleChoice',
      'modalFeedback',
      'value',
      'resource',
      'file',
      'dependency',
      'assessmentItemRef',
      'li',
    ].includes(name),
});
type Node = Record<string, unknown> & { text?: string };
const text = (node: unknown): string =>
  typeof node === 'string' ? node : String((node as Node | undefined)?.text ?? '');

describe.each(quizzes)('exports of $file', ({ quiz }) => {
  it('GIFT: a parser reads back every question with its options, right answers and feedback', () => {
    expect(giftProblems(quiz)).toEqual([]);
    const parsed = parseGift(quizToGift(quiz)).filter((q) => q.type !== 'Category');
    expect(parsed.map((q) => q.title)).toEqual(quiz.questions.map((q) => q.id));
    for (const [index, question] of quiz.questions.entries()) {
      const read = parsed[index] as unknown as {
        type: string;
        stem: { text: string };
        globalFeedback: { text: string } | null;
        choices?: {
          isCorrect: boolean;
          weight: number | null;
          text: { text: string };
          feedback: { text: string } | null;
        }[];
        matchPairs?: { subquestion: { text: string }; subanswer: string }[];
      };
      expect(read.globalFeedback?.text.startsWith(question.explanation)).toBe(true);
      if (question.kind === 'order') {
        expect(read.type).toBe('Matching');
        expect(read.stem.text.startsWith(question.prompt)).toBe(true);
        expect(read.matchPairs?.map((p) => [p.subquestion.text, p.subanswer])).toEqual(
          question.steps.map((s, i) => [s.text, ORDINALS[i]]),
        );
        for (const step of question.steps) expect(read.globalFeedback?.text).toContain(step.feedback);
        continue;
      }
      expect(read.type).toBe('MC');
      expect(read.stem.text).toBe(question.prompt);
      expect(read.choices?.map((c) => c.text.text)).toEqual(question.options.map((o) => o.text));
      expect(read.choices?.map((c) => c.feedback?.text)).toEqual(question.options.map((o) => o.feedback));
      const right = (c: { isCorrect: boolean; weight: number | null }) => c.isCorrect || (c.weight ?? 0) > 0;
      expect(read.choices?.map(right)).toEqual(question.options.map((o) => o.correct));
      if (question.kind === 'multiple') {
        const total = (read.choices ?? []).filter(right).reduce((sum, c) => sum + (c.weight ?? 0), 0);
        expect(total).toBeCloseTo(100, 3);
      }
    }
  });

  it('QTI 2.1: the package lists every item, and each item reads back with its answer and feedback', () => {
    const files = unzipSync(quizToQtiZip(quiz));
    const manifest = xml.parse(strFromU8(files['imsmanifest.xml'] ?? new Uint8Array())) as {
      manifest: { resources: { resource: Node[] } };
    };
    const resources = manifest.manifest.resources.resource;
    expect(resources.filter((r) => r.type === 'imsqti_item_xmlv2p1')).toHaveLength(quiz.questions.length);
    for (const resource of resources)
      expect(files[String(resource.href)], String(resource.href)).toBeDefined();
    const test = xml.parse(strFromU8(files['assessment.xml'] ?? new Uint8Array())) as {
      assessmentTest: { title: string; testPart: { assessmentSection: { assessmentItemRef: Node[] } } };
    };
    expect(test.assessmentTest.title).toBe(quiz.title);
    const refs = test.assessmentTest.testPart.assessmentSection.assessmentItemRef;
    expect(refs.map((r) => r.identifier)).toEqual(quiz.questions.map((q) => itemId(q.id)));

    for (const [index, question] of quiz.questions.entries()) {
      const file = files[String(refs[index]?.href)];
      const item = (xml.parse(strFromU8(file ?? new Uint8Array())) as { assessmentItem: Node })
        .assessmentItem;
      expect(item.identifier).toBe(itemId(question.id));
      const declaration = item.responseDeclaration as {
        cardinality: string;
        correctResponse: { value: string[] };
      };
      const body = item.itemBody as Record<string, Node>;
      const feedback = (item.modalFeedback as Node[]).map((f) => ({
        id: String(f.identifier),
        text: JSON.stringify(f),
      }));
      const explanation = feedback.find((f) => f.id === 'SHOWN');
      expect(explanation?.text).toContain(JSON.stringify(question.explanation).slice(1, -1));
      if (question.kind === 'order') {
        expect(declaration.cardinality).toBe('ordered');
        expect(declaration.correctResponse.value).toEqual(question.steps.map((s) => choiceId(s.id)));
        const interaction = body.orderInteraction as { prompt: unknown; simpleChoice: Node[] };
        expect(text(interaction.prompt)).toBe(question.prompt);
        expect(interaction.simpleChoice.map(text)).toEqual(question.steps.map((s) => s.text));
        for (const step of question.steps)
          expect(explanation?.text).toContain(JSON.stringify(step.feedback).slice(1, -1));
        continue;
      }
      expect(declaration.cardinality).toBe(question.kind === 'multiple' ? 'multiple' : 'single');
      expect(declaration.correctResponse.value).toEqual(
        question.options.filter((o) => o.correct).map((o) => choiceId(o.id)),
      );
      const interaction = body.choiceInteraction as {
        prompt: unknown;
        simpleChoice: Node[];
        maxChoices: string;
      };
      expect(text(interaction.prompt)).toBe(question.prompt);
      expect(interaction.maxChoices).toBe(question.kind === 'multiple' ? '0' : '1');
      expect(interaction.simpleChoice.map((c) => [c.identifier, text(c)])).toEqual(
        question.options.map((o) => [choiceId(o.id), o.text]),
      );
      for (const option of question.options) {
        const shown = feedback.find((f) => f.id === choiceId(option.id));
        expect(shown?.text, `feedback of option ${option.id}`).toContain(
          JSON.stringify(option.feedback).slice(1, -1),
        );
      }
    }
  });
});

describe('what the exports cannot carry', () => {
  it('names an order question too long for GIFT', () => {
    const steps = Array.from({ length: 11 }, (_, i) => ({
      id: `s${i}`,
      text: `Step ${i}`,
      feedback: 'Because.',
    }));
    const long: Question = {
      id: 'long-order',
      kind: 'order',
      level: 'recall',
      prompt: 'Order them.',
      explanation: 'So.',
      lesson: '/learn/x',
      steps,
    };
    expect(giftProblems({ ...makeQuiz(), questions: [long] })).toEqual([
      `quiz "${makeQuiz().id}", question "long-order": GIFT export supports order questions of at most 10 steps`,
    ]);
    expect(
      exportProblems([{ file: 'docs/09-demo/quiz.ts', quiz: { ...makeQuiz(), questions: [long] } }]),
    ).toEqual([
      `docs/09-demo/quiz.ts: quiz "${makeQuiz().id}", question "long-order": GIFT export supports order questions of at most 10 steps`,
    ]);
  });

  it('escapes what GIFT and XML treat as syntax', () => {
    const quiz = makeQuiz();
    const tricky = {
      ...quiz,
      questions: quiz.questions.map((q) => ({ ...q, prompt: `${q.prompt} {a=b} #1 ~x: <y> & "z"` })),
    };
    expect(
      parseGift(quizToGift(tricky))
        .filter((q) => q.type !== 'Category')
        .map((q) => (q as unknown as { stem: { text: string } }).stem.text.split(' (Match')[0]),
    ).toEqual(tricky.questions.map((q) => q.prompt));
    const files = unzipSync(quizToQtiZip(tricky));
    for (const question of tricky.questions) {
      const item = xml.parse(strFromU8(files[`items/${question.id}.xml`] ?? new Uint8Array())) as {
        assessmentItem: { itemBody: Record<string, { prompt: unknown }> };
      };
      const interaction = Object.values(item.assessmentItem.itemBody)[0];
      expect(text(interaction?.prompt)).toBe(question.prompt);
    }
  });
});
