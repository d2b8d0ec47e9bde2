import { type BusinessCalendarSpec, type CompiledSpec, compileSpec } from './calendar-spec';
import type { InstantBounds } from '../data/instant';
import { civilFromDays, DAY_MS, daysFromCivil } from './civil';
import { overlap, WorkDays } from './work-days';
import { createZone, type Zone } from './zone';

export type { BusinessCalendarSpec, IsoWeekday, WorkingRanges } from './calendar-spec';

/**
 * Working hours in a time zone: durations and SLA due instants that count working time only.
 *
 * Working time is a set of half-open intervals `[start, end)` of instants: the weekday's local
 * ranges (or a make-up day's, or none on a holiday) turned into instants on each local date, so a
 * range keeps its wall times across DST — 01:00–03:00 on a spring-forward day (02:00 → 03:00) is
 * one hour of work, on a fall-back day three. A wall time skipped by a gap is read as the
 * transition instant; a repeated one as its first occurrence.
 */
export interface BusinessCalendar {
  /** Canonical IANA name. */
  readonly timeZone: string;
  /**
   * Milliseconds of working time between two instants; `-elapsed(to, from)` when `to < from`.
   * `NaN` when either instant is not finite (garbage in, so the caller's "unknown" propagates).
   * Whole plain weeks are skipped at once, so a span costs O(weeks), not O(days).
   * @throws TypeError naming the argument when `from` or `to` is not a number (e.g. an ISO string);
   * RangeError for a finite instant outside the instant domain (years 1900–2199).
   * @example elapsed(Fri 21:00, Mon 09:30) with weekdays 08:00–17:00 → 5_400_000 (1 h 30 min)
   */
  elapsed(from: number, to: number): number;
  /**
   * The earliest instant at which `ms` of working time has passed since `from` — a target that
   * runs out at a range's end is due at that end (16:00 + 1 h on a 08:00–17:00 day is 17:00 the
   * same day). `ms = 0` gives the next working instant (Zendesk's rule: `from` itself during
   * working hours, else the start of the next range). `NaN` when `from` is not finite.
   * @throws RangeError when `ms` is negative or not finite, or ends after the last instant a
   * instant domain (years 1900–2199) or starts outside it; TypeError naming the argument when `from` or `ms` is not
   * a number (`addWorkingTime(t, '3600000')`).
   */
  addWorkingTime(from: number, ms: number): number;
  /** Whether `ms` falls inside working hours (a range's start is, its end is not). */
  isWorkingTime(ms: number): boolean;
  /**
   * The working intervals of the local days from `from`'s to `to`'s, as `[start, end, start, end …]`
   * epoch ms in time order (DST-correct instants). The SQL compiler turns them into a table, so
   * that a database counts business time by the same intervals as {@link elapsed}. A calendar a
   * host writes itself may leave it out; it then runs in `evaluate` only.
   */
  workingIntervals?(from: number, to: number): number[];
}

/** Throws a TypeError naming `method`'s argument `name` unless `value` is a number (epoch ms or ms). */
function assertNumber(method: string, name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') {
    const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
    throw new TypeError(
      `${method}: argument \`${name}\` must be a number of milliseconds, got ${typeof value} ${shown.slice(0, 60)}`,
    );
  }
}

/** Days in a row without working time after which `addWorkingTime` gives up (cannot happen with a valid spec). */
const MAX_IDLE_DAYS = 3660;
/** The calendar's instant domain (`BusinessCalendarSpec.instantDomain`): arithmetic stays in it. */
function checkDomain(method: string, name: string, ms: number, bounds: InstantBounds): void {
  if (ms < bounds.first || ms > bounds.last) {
    const { fromYear, toYear } = bounds.domain;
    throw new RangeError(
      `${method}: argument \`${name}\` ${ms} is outside the instant domain, years ${fromYear}–${toYear} (UTC) (a wider domain is businessCalendar's instantDomain option)`,
    );
  }
}

class Calendar implements BusinessCalendar {
  readonly timeZone: string;
  private readonly bounds: InstantBounds;
  private readonly zone: Zone;
  /** Each local day's working intervals (built on first use, cached). */
  private readonly workDays: WorkDays;
  /** Holidays and make-up days, ascending: the only days whose hours differ from their weekday's. */
  private readonly special: readonly number[];
  /** Working ms of a week without special days or offset change (the weekday totals summed). */
  private readonly weekTotal: number;
  /** Local year → its working ms. */
  private readonly years = new Map<number, number>();

  constructor(spec: CompiledSpec) {
    this.bounds = spec.bounds;
    this.zone = createZone(spec.timeZone);
    this.timeZone = this.zone.timeZone;
    this.workDays = new WorkDays(spec, this.zone);
    this.special = [...spec.holidays, ...spec.workdays.keys()].sort((a, b) => a - b);
    let total = 0;
    for (const ranges of spec.weekly) {
      for (let i = 0; i < ranges.length; i += 2) total += ranges[i + 1]! - ranges[i]!;
    }
    this.weekTotal = total;
  }

  /**
   * The instants `[start, end)` of the local days `d … d + 6` when those seven days are plain —
   * no holiday or make-up day, one UTC offset from the first midnight to the last (tzdata has no
   * two transitions that cancel within a week) — so their working time is exactly
   * {@link weekTotal}; `undefined` otherwise. Lets spans skip a week at a time: O(weeks), not O(days).
   */
  private plainWeek(d: number): readonly [number, number] | undefined {
    const special = this.special;
    let lo = 0;
    let hi = special.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (special[mid]! < d) lo = mid + 1;
      else hi = mid;
    }
    if (lo < special.length && special[lo]! < d + 7) return undefined;
    const localStart = d * DAY_MS;
    const localEnd = (d + 7) * DAY_MS;
    const offset = this.zone.offsetAt(localStart - this.zone.offsetAt(localStart));
    const start = localStart - offset;
    const end = localEnd - offset;
    if (this.zone.offsetAt(start) !== offset || this.zone.offsetAt(end) !== offset)
      return undefined;
    return [start, end];
  }

  /** Working time of the local days `[a, b)`, each clamped to `[from, to]`, a plain week at a time. */
  private walk(a: number, b: number, from: number, to: number): number {
    let sum = 0;
    for (let d = a; d < b; d++) {
      if (d + 7 <= b) {
        const week = this.plainWeek(d);
        if (week !== undefined && week[0] >= from && week[1] <= to) {
          sum += this.weekTotal;
          d += 6;
          continue;
        }
      }
      const day = this.workDays.day(d);
      sum += day.first >= from && day.last <= to ? day.total : overlap(day.bounds, from, to);
    }
    return sum;
  }

  /** Working time of local year `year` (cached). */
  private yearTotal(year: number): number {
    let total = this.years.get(year);
    if (total === undefined) {
      total = this.walk(
        daysFromCivil(year, 1, 1),
        daysFromCivil(year + 1, 1, 1),
        Number.NEGATIVE_INFINITY,
        Number.POSITIVE_INFINITY,
      );
      this.years.set(year, total);
    }
    return total;
  }

  elapsed(from: number, to: number): number {
    assertNumber('elapsed', 'from', from);
    assertNumber('elapsed', 'to', to);
    const span = to - from;
    if (!(span >= 0 && span < Number.POSITIVE_INFINITY)) {
      if (span < 0 && span > Number.NEGATIVE_INFINITY) {
        const back = this.elapsed(to, from);
        return back === 0 ? 0 : -back;
      }
      return Number.NaN;
    }
    checkDomain('elapsed', 'from', from, this.bounds);
    checkDomain('elapsed', 'to', to, this.bounds);
    const fromDay = this.workDays.localDay(from);
    const toDay = this.workDays.localDay(to);
    const first = this.workDays.day(fromDay);
    if (fromDay === toDay) return overlap(first.bounds, from, to);
    // Clamp both ends to [from, to]: robust even where the local date goes backwards (fall-back at midnight).
    let sum = overlap(first.bounds, from, to) + overlap(this.workDays.day(toDay).bounds, from, to);
    // Whole local years two days or more inside the span add their cached totals: O(weeks of the
    // partial years + years), so a century-long span costs a few hundred steps.
    // (Only spans of more than a year can hold one: ticket-sized spans skip the date arithmetic.)
    if (toDay - fromDay < 369) return sum + this.walk(fromDay + 1, toDay, from, to);
    let year = civilFromDays(fromDay + 2).year + 1;
    let start = daysFromCivil(year, 1, 1);
    if (daysFromCivil(year + 1, 1, 1) <= toDay - 2) {
      sum += this.walk(fromDay + 1, start, from, to);
      while (daysFromCivil(year + 1, 1, 1) <= toDay - 2) {
        sum += this.yearTotal(year);
        year += 1;
      }
      start = daysFromCivil(year, 1, 1);
      return sum + this.walk(start, toDay, from, to);
    }
    return sum + this.walk(fromDay + 1, toDay, from, to);
  }

  addWorkingTime(from: number, ms: number): number {
    assertNumber('addWorkingTime', 'from', from);
    assertNumber('addWorkingTime', 'ms', ms);
    if (!(ms >= 0 && ms < Number.POSITIVE_INFINITY)) {
      throw new RangeError(
        `addWorkingTime: the amount ${ms} is not a finite number of milliseconds ≥ 0`,
      );
    }
    if (!Number.isFinite(from)) return Number.NaN;
    // Working time never outruns calendar time, so such an amount would end past the last instant
    // a Date can hold (and walking there day by day would never finish).
    checkDomain('addWorkingTime', 'from', from, this.bounds);
    if (ms > this.bounds.last - from) {
      const { fromYear, toYear } = this.bounds.domain;
      throw new RangeError(
        `addWorkingTime: the amount ${ms} ms from ${from} ends after the instant domain (years ${fromYear}–${toYear}, UTC)`,
      );
    }
    let remaining = ms;
    let idle = 0;
    const fromDay = this.workDays.localDay(from);
    let nextYear = civilFromDays(fromDay).year + 1;
    let nextYearStart = daysFromCivil(nextYear, 1, 1);
    for (let d = fromDay; ; d++) {
      if (d >= nextYearStart) {
        // A whole local year that does not use up the amount: skip it at once.
        if (d === nextYearStart && d > fromDay + 1) {
          const total = this.yearTotal(nextYear);
          if (remaining > total) {
            remaining -= total;
            idle = 0;
            nextYear += 1;
            nextYearStart = daysFromCivil(nextYear, 1, 1);
            d = nextYearStart - 1;
            continue;
          }
        }
        while (nextYearStart <= d) {
          nextYear += 1;
          nextYearStart = daysFromCivil(nextYear, 1, 1);
        }
      }
      if (d > fromDay && d + 7 <= nextYearStart && remaining > this.weekTotal) {
        const week = this.plainWeek(d);
        if (week !== undefined && week[0] >= from) {
          remaining -= this.weekTotal;
          idle = 0;
          d += 6;
          continue;
        }
      }
      const day = this.workDays.day(d);
      if (day.last <= from) {
        if (++idle > MAX_IDLE_DAYS) break;
        continue;
      }
      idle = 0;
      // A whole day inside the span that does not use up the amount: skip it at once.
      if (day.first >= from && day.total < remaining) {
        remaining -= day.total;
        continue;
      }
      const b = day.bounds;
      for (let i = 0; i < b.length; i += 2) {
        const s = Math.max(b[i]!, from);
        const avail = b[i + 1]! - s;
        if (avail <= 0) continue;
        if (remaining === 0) return s;
        if (remaining <= avail) return s + remaining;
        remaining -= avail;
      }
    }
    throw new Error(`addWorkingTime: no working time in ${MAX_IDLE_DAYS} days after ${from}`);
  }

  workingIntervals(from: number, to: number): number[] {
    assertNumber('workingIntervals', 'from', from);
    assertNumber('workingIntervals', 'to', to);
    const out: number[] = [];
    const last = this.workDays.localDay(to);
    for (let d = this.workDays.localDay(from); d <= last; d++)
      out.push(...this.workDays.day(d).bounds);
    return out;
  }

  isWorkingTime(ms: number): boolean {
    assertNumber('isWorkingTime', 'ms', ms);
    if (!Number.isFinite(ms)) return false;
    const b = this.workDays.day(this.workDays.localDay(ms)).bounds;
    for (let i = 0; i < b.length; i += 2) {
      if (ms >= b[i]! && ms < b[i + 1]!) return true;
    }
    return false;
  }
}

/**
 * Builds a {@link BusinessCalendar} from working hours per weekday, holidays and make-up working
 * days, all in local wall time of `timeZone`. Each local day's intervals are computed once and
 * cached by day number, and spans walk whole days, so `elapsed` on ticket pairs costs a few `Map`
 * hits (about 0.1 µs).
 *
 * Rules: a holiday closes its whole date; a make-up day (`workdays`) uses its own ranges whatever
 * its weekday; a date cannot be both.
 *
 * @throws RangeError naming the field for a bad time zone, `'HH:mm'`, a range that does not end
 * after it starts, overlapping ranges, a bad date, a weekday key outside 1–7, or no working time
 * on any weekday.
 * @example
 * const calendar = businessCalendar({
 *   timeZone: 'Asia/Shanghai',
 *   hours: weekdayHours('09:00', '18:00'),
 *   holidays: ['2026-10-01', '2026-10-02'],
 *   workdays: { '2026-09-27': [['09:00', '18:00']] },
 * });
 * calendar.elapsed(createdAt, firstResponseAt); // working ms
 */
export function businessCalendar(spec: BusinessCalendarSpec): BusinessCalendar {
  return new Calendar(compileSpec(spec));
}

/**
 * Monday-to-Friday hours with one range each day, for {@link BusinessCalendarSpec.hours}.
 *
 * @default start '08:00', end '17:00'
 * @example weekdayHours('09:00', '18:00') // { 1: [['09:00', '18:00']], …, 5: [['09:00', '18:00']] }
 */
export function weekdayHours(
  start = '08:00',
  end = '17:00',
): Record<1 | 2 | 3 | 4 | 5, ReadonlyArray<readonly [string, string]>> {
  const day = [[start, end] as const];
  return { 1: day, 2: day, 3: day, 4: day, 5: day };
}
