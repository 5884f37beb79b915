// A quiz as an IMS QTI 2.1 content package (a zip that Canvas, Moodle and Blackboard import):
// `imsmanifest.xml`, one assessment test and one assessment item per question, generated at build
// time from the quiz data. Choice questions are choice interactions with each option's feedback
// (modal feedback keyed by the chosen options); order questions are order interactions. Every item
// also shows the question's explanation after answering.
import { strToU8, zipSync } from 'fflate';
import type { Question, Quiz } from '../types';

const QTI_NS =
  'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"';
const CP_NS =
  'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd"';

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** QTI identifiers must start with a letter; course ids may start with a digit. */
export const choiceId = (id: string): string => `C-${id}`;
export const itemId = (id: string): string => `Q-${id}`;

const value = (id: string) => `<value>${choiceId(id)}</value>`;

function interaction(question: Question): {
  cardinality: string;
  correct: string[];
  body: string;
  feedback: string;
} {
  const prompt = `<prompt>${xmlEscape(question.prompt)}</prompt>`;
  if (question.kind === 'order') {
    const choices = question.steps.map(
      (s) => `<simpleChoice identifier="${choiceId(s.id)}">${xmlEscape(s.text)}</simpleChoice>`,
    );
    const reasons = question.steps
      .map((s, i) => `<li>${i + 1}. ${xmlEscape(s.text)}: ${xmlEscape(s.feedback)}</li>`)
      .join('');
    return {
      cardinality: 'ordered',
      correct: question.steps.map((s) => s.id),
      body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${choices.join('')}</orderInteraction>`,
      feedback: `<ol>${reasons}</ol>`,
    };
  }
  const choices = question.options.map(
    (o) => `<simpleChoice identifier="${choiceId(o.id)}">${xmlEscape(o.text)}</simpleChoice>`,
  );
  const multiple = question.kind === 'multiple';
  return {
    cardinality: multiple ? 'multiple' : 'single',
    correct: question.options.filter((o) => o.correct).map((o) => o.id),
    body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="${multiple ? 0 : 1}">${prompt}${choices.join('')}</choiceInteraction>`,
    feedback: '',
  };
}

export function questionToQti(question: Question): string {
  const { cardinality, correct, body, feedback } = interaction(question);
  const options = question.kind === 'order' ? [] : question.options;
  const optionFeedback = options.map(
    (o) =>
      `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${choiceId(o.id)}" showHide="show"><p>${xmlEscape(o.text)}: ${xmlEscape(o.feedback)}</p></modalFeedback>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem ${QTI_NS} identifier="${itemId(question.id)}" title="${xmlEscape(question.id)}" adaptive="false" timeDependent="false">`,
    `<responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="identifier"><correctResponse>${correct.map(value).join('')}</correctResponse></responseDeclaration>`,
    '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    `<outcomeDeclaration identifier="FEEDBACK" cardinality="${cardinality === 'ordered' ? 'single' : cardinality}" baseType="identifier"/>`,
    '<outcomeDeclaration identifier="EXPLAIN" cardinality="single" baseType="identifier"/>',
    `<itemBody>${body}</itemBody>`,
    '<responseProcessing>',
    '<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>',
    '<setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseIf>',
    '<responseElse><setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseElse></responseCondition>',
    cardinality === 'ordered'
      ? ''
      : '<setOutcomeValue identifier="FEEDBACK"><variable identifier="RESPONSE"/></setOutcomeValue>',
    '<setOutcomeValue identifier="EXPLAIN"><baseValue baseType="identifier">SHOWN</baseValue></setOutcomeValue>',
    '</responseProcessing>',
    ...optionFeedback,
    `<modalFeedback outcomeIdentifier="EXPLAIN" identifier="SHOWN" showHide="show"><p>${xmlEscape(question.explanation)}</p>${feedback}</modalFeedback>`,
    '</assessmentItem>',
    '',
  ].join('\n');
}

const itemFile = (question: Question) => `items/${question.id}.xml`;

export function quizToQtiTest(quiz: Quiz): string {
  const refs = quiz.questions.map(
    (q) => `<assessmentItemRef identifier="${itemId(q.id)}" href="${itemFile(q)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest ${QTI_NS} identifier="T-${quiz.id}" title="${xmlEscape(quiz.title)}">`,
    '<testPart identifier="P-1" navigationMode="nonlinear" submissionMode="simultaneous">',
    `<assessmentSection identifier="S-1" title="${xmlEscape(quiz.title)}" visible="true">`,
    ...refs,
    '</assessmentSection>',
    '</testPart>',
    '</assessmentTest>',
    '',
  ].join('\n');
}

export function qtiManifest(quiz: Quiz): string {
  const items = quiz.questions.map(
    (q) =>
      `<resource identifier="R-${q.id}" type="imsqti_item_xmlv2p1" href="${itemFile(q)}"><file href="${itemFile(q)}"/></resource>`,
  );
  const dependencies = quiz.questions.map((q) => `<dependency identifierref="R-${q.id}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest ${CP_NS} identifier="M-${quiz.id}">`,
    '<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '<organizations/>',
    '<resources>',
    `<resource identifier="R-test-${quiz.id}" type="imsqti_test_xmlv2p1" href="assessment.xml"><file href="assessment.xml"/>${dependencies.join('')}</resource>`,
    ...items,
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The whole package, zipped. The same quiz always gives the same bytes (fixed file dates). */
export function quizToQtiZip(quiz: Quiz): Uint8Array {
  const mtime = new Date('2000-01-01T00:00:00Z');
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    'imsmanifest.xml': [strToU8(qtiManifest(quiz)), { mtime }],
    'assessment.xml': [strToU8(quizToQtiTest(quiz)), { mtime }],
  };
  for (const question of quiz.questions)
    files[itemFile(question)] = [strToU8(questionToQti(question)), { mtime }];
  return zipSync(files, { level: 9 });
}
