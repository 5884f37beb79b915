import { fingerprint } from './fingerprint';
import { attemptIdeas, ideasToRevisit } from './ideas';
import { questionCatalog } from './catalog';
import { markGuessed, misconceptionsShown, recordAnswer } from './learning';
import { emptyProgress, type Progress } from './progress';
import type { SingleQuestion } from './types';

const question: SingleQuestion = {
  id: 'crp-meaning',
  kind: 'single',
  level: 'apply',
  prompt: 'What does a high CRP tell you?',
  explanation: 'CRP is a general marker of inflammation.',
  lesson: '/learn/measuring/crp#what-is-crp',
  options: [
    { id: 'inflammation', text: 'Inflammation somewhere', correct: true, feedback: 'Yes.' },
    { id: 'ir', text: 'Insulin resistance', correct: false, feedback: 'No.', misconception: 'crp-tests-ir' },
    {
      id: 'other',
      text: 'Low insulin',
      correct: false,
      feedback: 'No.',
      misconception: 'ir-means-low-insulin',
    },
  ],
};
const catalog = questionCatalog([{ id: 'measuring-quiz', title: 'Module 5 quiz', questions: [question] }]);
const key = 'measuring-quiz/crp-meaning';
const day = (d: number, hour = 12) => new Date(2026, 2, d, hour).getTime();
const answer = (progress: Progress, option: string, at: number, guessed = false) =>
  recordAnswer(progress, { setId: 'measuring-quiz', question, answer: [option], at, guessed });

describe('recordAnswer', () => {
  it('schedules a miss for tomorrow and records its misconception', () => {
    const progress = answer(emptyProgress(), 'ir', day(1, 23));
    expect(progress.review[key]).toMatchObject({ box: 0, due: '2026-03-02', last: 'missed', before: null });
    expect(progress.misconceptions).toEqual({ 'crp-tests-ir': { count: 1, at: day(1, 23), question: key } });
  });

  it('counts a misconception each time it is shown', () => {
    let progress = answer(emptyProgress(), 'ir', day(1));
    progress = answer(progress, 'ir', day(2));
    expect(progress.misconceptions['crp-tests-ir']?.count).toBe(2);
    expect(misconceptionsShown(question, ['inflammation'])).toEqual([]);
  });

  it('treats a changed question as new', () => {
    const progress = answer(emptyProgress(), 'ir', day(1));
    const changed = { ...question, prompt: 'What does a CRP of 5 mg/L tell you?' };
    expect(fingerprint(changed)).not.toBe(fingerprint(question));
    const next = recordAnswer(progress, {
      setId: 'measuring-quiz',
      question: changed,
      answer: ['inflammation'],
      at: day(2),
    });
    expect(next.review[key]).toMatchObject({ box: 3, before: null, fp: fingerprint(changed) });
  });
});

describe('markGuessed', () => {
  it('schedules a guessed right answer like a miss, and unmarking restores the schedule', () => {
    const right = answer(emptyProgress(), 'inflammation', day(1));
    expect(right.review[key]).toMatchObject({ box: 3, due: '2026-03-22', last: 'right' });
    const guessed = markGuessed(right, 'measuring-quiz', question, true);
    expect(guessed.review[key]).toMatchObject({ box: 0, due: '2026-03-02', last: 'guessed' });
    expect(markGuessed(guessed, 'measuring-quiz', question, false).review[key]).toEqual(right.review[key]);
  });

  it('leaves a missed answer alone', () => {
    const missed = answer(emptyProgress(), 'ir', day(1));
    expect(markGuessed(missed, 'measuring-quiz', question, true)).toBe(missed);
  });
});

describe('ideasToRevisit', () => {
  it('lists a shown misconception with its lesson, and clears it after a right answer on it', () => {
    const missed = answer(emptyProgress(), 'ir', day(1));
    expect(ideasToRevisit(missed, catalog)).toEqual({
      open: [
        {
          tag: 'crp-tests-ir',
          description: 'CRP is a test for insulin resistance.',
          count: 1,
          at: day(1),
          lesson: question.lesson,
          cleared: false,
        },
      ],
      cleared: [],
    });
    const rightLater = answer(missed, 'inflammation', day(2));
    expect(ideasToRevisit(rightLater, catalog).cleared.map((i) => i.tag)).toEqual(['crp-tests-ir']);
    // A right guess does not clear it.
    const guessedLater = markGuessed(rightLater, 'measuring-quiz', question, true);
    expect(ideasToRevisit(guessedLater, catalog).open.map((i) => i.tag)).toEqual(['crp-tests-ir']);
  });

  it('skips tags the course no longer has', () => {
    const progress = {
      ...emptyProgress(),
      misconceptions: { 'retired-tag': { count: 1, at: 1, question: key } },
    };
    expect(ideasToRevisit(progress, catalog)).toEqual({ open: [], cleared: [] });
  });
});

describe('attemptIdeas', () => {
  it('lists each misconception of an attempt once, with the lesson of the first question showing it', () => {
    const again = { ...question, id: 'crp-again', lesson: '/learn/measuring/crp#again' };
    const ideas = attemptIdeas([question, again], { [question.id]: ['ir'], [again.id]: ['ir'] });
    expect(ideas).toEqual([
      { tag: 'crp-tests-ir', description: 'CRP is a test for insulin resistance.', lesson: question.lesson },
    ]);
    expect(attemptIdeas([question], { [question.id]: ['inflammation'] })).toEqual([]);
  });
});
