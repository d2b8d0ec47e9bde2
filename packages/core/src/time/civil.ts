/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), after Howard
 * Hinnant's `days_from_civil` / `civil_from_days`. Integer maths only: no `Date`, no allocation
 * except where a function returns an object.
 */

/** Milliseconds in a minute, an hour and a (civil, 24 h) day. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * Day number (days since 1970-01-01) of a proleptic Gregorian date. `month` outside 1–12 and
 * `day` outside the month roll over (month 13 of 2026 is January 2027; day 0 is the previous
 * month's last day), so callers can step periods by adding to the fields.
 *
 * @example daysFromCivil(2026, 3, 5) // 20517
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  if (month < 1 || month > 12) {
    const carry = Math.floor((month - 1) / 12);
    year += carry;
    month -= carry * 12;
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The proleptic Gregorian date of a day number (days since 1970-01-01).
 *
 * @example civilFromDays(20517) // { year: 2026, month: 3, day: 5 }
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const mi = monthIndexOfDays(days);
  const year = Math.floor(mi / 12);
  const month = mi - year * 12 + 1;
  return { year, month, day: days - daysFromCivil(year, month, 1) + 1 };
}

/** `year * 12 + month - 1` of a day number, without allocating. */
export function monthIndexOfDays(days: number): number {
  const z = days + 719_468;
  // Fast path on 32-bit integers (truncation = floor for z ≥ 0): years 0 to ~5.8 million.
  if (z >= 0 && z <= 0x7fffffff) {
    const era = (z / 146_097) | 0;
    const doe = z - era * 146_097;
    const yoe =
      ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
    const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
    const mp = ((5 * doy + 2) / 153) | 0;
    return mp < 10 ? (yoe + era * 400) * 12 + mp + 2 : (yoe + era * 400 + 1) * 12 + mp - 10;
  }
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. 1970-01-01 was a Thursday. */
export function isoWeekdayOfDays(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Day number of the first day of a month index (`year * 12 + month - 1`). */
export function daysOfMonthIndex(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return daysFromCivil(year, monthIndex - year * 12 + 1, 1);
}

/** Zero-padded decimal, for period keys that sort as strings. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
