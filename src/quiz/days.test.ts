import { addDays, daysBetween, isDay, localDay } from './days';

describe('days', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-10', 21)).toBe('2026-03-31');
  });

  it('counts days between, either way', () => {
    expect(daysBetween('2026-03-01', '2026-03-04')).toBe(3);
    expect(daysBetween('2026-03-04', '2026-03-01')).toBe(-3);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2); // across a daylight-saving change
  });

  it('accepts only real calendar days', () => {
    expect(isDay('2026-02-28')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '', 20260101, null]) {
      expect(isDay(bad)).toBe(false);
    }
  });

  it('reads the day in the local time zone', () => {
    const lateEvening = new Date(2026, 2, 1, 23, 59).getTime();
    const justAfterMidnight = new Date(2026, 2, 2, 0, 1).getTime();
    expect(localDay(lateEvening)).toBe('2026-03-01');
    expect(localDay(justAfterMidnight)).toBe('2026-03-02');
  });
});
