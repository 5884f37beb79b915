import type { Reference } from '../../data/bibliography.types';
import { groupByKind, modulesCiting, shortCitation, studyVisible } from './model';

const entry = (fields: Partial<Reference>): Reference => ({
  key: 'smith2001',
  authors: ['Smith J'],
  year: 2001,
  title: 'T',
  journal: 'J',
  note: 'N',
  evidence: 'animal',
  ...fields,
});

describe('shortCitation', () => {
  it('names one, two or more authors, and says when none were confirmed', () => {
    expect(shortCitation(entry({}))).toBe('Smith 2001');
    expect(shortCitation(entry({ authors: ['Browning JD', 'Horton JD'] }))).toBe('Browning and Horton 2001');
    expect(shortCitation(entry({ authors: ['Lee A', 'Kim B', 'et al.'] }))).toBe('Lee et al. 2001');
    expect(shortCitation(entry({ authors: [] }))).toBe('[Authors not confirmed] 2001');
  });
});

describe('studyVisible and grouping', () => {
  it('shows a study when its kind is chosen (or none is) and it is cited in the chosen module', () => {
    const study = { kind: 'animal' as const, modules: [2, 3] };
    expect(studyVisible(study, { kinds: new Set(), module: null })).toBe(true);
    expect(studyVisible(study, { kinds: new Set(['animal']), module: 3 })).toBe(true);
    expect(studyVisible(study, { kinds: new Set(['human-trial']), module: null })).toBe(false);
    expect(studyVisible(study, { kinds: new Set(), module: 1 })).toBe(false);
  });

  it('lists modules once, in order, and groups studies people-first', () => {
    const lesson = (module: number) => ({ path: '/learn/x', title: 'X', module });
    expect(modulesCiting([lesson(3), lesson(1), lesson(3)])).toEqual([1, 3]);
    const groups = groupByKind([entry({}), entry({ key: 'lee2010', evidence: 'human-trial' })]);
    expect(groups.map((group) => group.kind)).toEqual(['human-trial', 'animal']);
  });
});
