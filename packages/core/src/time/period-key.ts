/** Calendar period granularities. Weeks are ISO weeks (Monday first, week-year). */
export type PeriodGranularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A parsed period key. `month` is 1–12, `quarter` 1–4, `week` 1–53 (ISO). */
export type ParsedPeriodKey =
  | { granularity: 'year'; year: number }
  | { granularity: 'quarter'; year: number; quarter: number }
  | { granularity: 'month'; year: number; month: number }
  | { granularity: 'week'; year: number; week: number }
  | { granularity: 'day'; year: number; month: number; day: number };

const patterns = {
  year: /^(\d{4})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  week: /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/,
  day: /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

function isoWeeksInYear(year: number): number {
  // A year has 53 ISO weeks when 1 January is a Thursday, or a Wednesday in a leap year.
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/**
 * Parses a period key: `2026`, `2026-Q1`, `2026-03`, `2026-W09` (ISO week-year) or `2026-03-05`.
 * Returns `undefined` for anything else, including impossible dates (`2026-02-30`) and week 53 of
 * a 52-week year.
 *
 * @example
 * parsePeriodKey('2026-W09'); // { granularity: 'week', year: 2026, week: 9 }
 * parsePeriodKey('2026-03'); // { granularity: 'month', year: 2026, month: 3 }
 * parsePeriodKey('2026-02-30'); // undefined
 */
export function parsePeriodKey(key: string): ParsedPeriodKey | undefined {
  let m = patterns.year.exec(key);
  if (m) return { granularity: 'year', year: Number(m[1]) };
  m = patterns.quarter.exec(key);
  if (m) return { granularity: 'quarter', year: Number(m[1]), quarter: Number(m[2]) };
  m = patterns.month.exec(key);
  if (m) return { granularity: 'month', year: Number(m[1]), month: Number(m[2]) };
  m = patterns.week.exec(key);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    return week <= isoWeeksInYear(year) ? { granularity: 'week', year, week } : undefined;
  }
  m = patterns.day.exec(key);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCMonth() === month - 1 ? { granularity: 'day', year, month, day } : undefined;
  }
  return undefined;
}
