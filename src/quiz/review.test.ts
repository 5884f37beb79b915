import { dueQuestions, isDue, LAST_BOX, nextReviewDay, nextSlot, type ReviewItem } from './review';

const item = (over: Partial<ReviewItem>): ReviewItem => ({
  box: 0,
  due: '2026-03-02',
  fp: 'fp',
  last: 'missed',
  at: 0,
  before: null,
  ...over,
});

describe('the Leitner schedule', () => {
  it('brings a missed question back the next day, then 3, 7 and 21 days after right answers', () => {
    let slot = nextSlot(null, 'missed', '2026-03-01');
    expect(slot).toEqual({ box: 0, due: '2026-03-02' });
    slot = nextSlot(slot, 'right', '2026-03-02');
    expect(slot).toEqual({ box: 1, due: '2026-03-05' });
    slot = nextSlot(slot, 'right', '2026-03-05');
    expect(slot).toEqual({ box: 2, due: '2026-03-12' });
    slot = nextSlot(slot, 'right', '2026-03-12');
    expect(slot).toEqual({ box: 3, due: '2026-04-02' });
    slot = nextSlot(slot, 'right', '2026-04-02');
    expect(slot).toEqual({ box: LAST_BOX, due: '2026-04-23' });
  });

  it('treats a guess like a miss', () => {
    expect(nextSlot({ box: 2, due: '2026-03-01' }, 'guessed', '2026-03-01')).toEqual({
      box: 0,
      due: '2026-03-02',
    });
  });

  it('puts a question first answered right in the last box', () => {
    expect(nextSlot(null, 'right', '2026-03-01')).toEqual({ box: LAST_BOX, due: '2026-03-22' });
  });

  it('does not move a question out for a right answer before it is due', () => {
    expect(nextSlot({ box: 1, due: '2026-03-05' }, 'right', '2026-03-03')).toEqual({
      box: 1,
      due: '2026-03-05',
    });
  });

  it('brings a question back after a miss even before it was due', () => {
    expect(nextSlot({ box: 3, due: '2026-03-20' }, 'missed', '2026-03-03')).toEqual({
      box: 0,
      due: '2026-03-04',
    });
  });
});

describe('isDue', () => {
  it('is due on and after its day', () => {
    expect(isDue({ box: 1, due: '2026-03-05' }, '2026-03-04')).toBe(false);
    expect(isDue({ box: 1, due: '2026-03-05' }, '2026-03-05')).toBe(true);
    expect(isDue({ box: 1, due: '2026-03-05' }, '2026-04-30')).toBe(true);
  });

  it('never hides a question for longer than its interval when the clock was set back', () => {
    // Scheduled on 2026-03-02 for 2026-03-05 (box 1, 3 days); the clock now says 2026-02-01.
    expect(isDue({ box: 1, due: '2026-03-05' }, '2026-02-01')).toBe(true);
    expect(isDue({ box: 1, due: '2026-03-05' }, '2026-03-02')).toBe(false);
  });
});

describe('dueQuestions and nextReviewDay', () => {
  const questions = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ key: `set/${id}`, fp: 'fp' }));
  const review = {
    'set/a': item({ box: 2, due: '2026-03-01' }),
    'set/b': item({ box: 0, due: '2026-03-02' }),
    'set/c': item({ box: 0, due: '2026-03-01', fp: 'old' }), // the question changed since
    'set/d': item({ box: 2, due: '2026-03-08' }),
    // set/e: never answered
  };

  it('lists due questions, lowest box first, without changed or unanswered ones', () => {
    expect(dueQuestions(review, questions, '2026-03-02').map((q) => q.key)).toEqual(['set/b', 'set/a']);
    expect(dueQuestions(review, questions, '2026-03-02', 1).map((q) => q.key)).toEqual(['set/b']);
    expect(dueQuestions(review, questions, '2026-03-01').map((q) => q.key)).toEqual(['set/a']);
    expect(dueQuestions({ 'set/d': review['set/d'] }, questions, '2026-03-02')).toEqual([]);
  });

  it('names the next day something is due', () => {
    expect(nextReviewDay(review, questions, '2026-03-02')).toBe('2026-03-08');
    expect(nextReviewDay(review, questions, '2026-03-01')).toBe('2026-03-02');
    expect(nextReviewDay({}, questions, '2026-03-02')).toBeUndefined();
  });
});
