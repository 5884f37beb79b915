// Calendar days in the learner's own time zone, as `YYYY-MM-DD` strings: reviews fall due on a day,
// not at an hour, and "tomorrow" means after the learner's midnight, wherever they are.

/** A local calendar day, `YYYY-MM-DD`. Strings of this shape sort in date order. */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The learner's local day at `ms` (milliseconds since the epoch). */
export function localDay(ms: number): Day {
  const date = new Date(ms);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Day numbers count from 1970-01-01 on a calendar without time zones or daylight saving. */
function dayNumber(day: Day): number {
  const [, y, m, d] = DAY.exec(day) ?? [];
  return Math.round(Date.UTC(Number(y), Number(m) - 1, Number(d)) / MS_PER_DAY);
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (2026-02-30 is not). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  return addDays(value, 0) === value;
}

export function addDays(day: Day, days: number): Day {
  return new Date((dayNumber(day) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** How many days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}
