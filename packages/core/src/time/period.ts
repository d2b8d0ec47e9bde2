import {
  civilFromDays,
  DAY_MS,
  daysFromCivil,
  daysOfMonthIndex,
  monthIndexOfDays,
  pad,
} from './civil';
import { type PeriodGranularity, parsePeriodKey } from './period-key';
import { createZone } from './zone';

export type { PeriodGranularity } from './period-key';

/** A period's instants: `start` inclusive, `end` exclusive (epoch ms). */
export interface PeriodBounds {
  start: number;
  end: number;
}

/**
 * Puts instants into calendar periods of one granularity in one time zone, as integers.
 *
 * Ordinals: `day` = local day number since 1970-01-01; `week` = ISO weeks (Monday first) since the
 * week of 1970-01-01; `month` = `year * 12 + month - 1`; `quarter` = `year * 4 + quarter - 1`;
 * `year` = the year. Consecutive periods have consecutive ordinals.
 */
export interface PeriodIndexer {
  readonly granularity: PeriodGranularity;
  /** Canonical IANA name. */
  readonly timeZone: string;
  /** The ordinal of the period containing `ms`. No allocation; `NaN` for a non-finite instant. */
  ordinalOf(ms: number): number;
  /**
   * The period key of an ordinal: `'2026-03-05'`, `'2026-W09'` (ISO week-year), `'2026-03'`,
   * `'2026-Q1'` or `'2026'`. Keys are zero-padded, so one granularity's keys sort as strings.
   * @throws RangeError for a non-integer ordinal.
   */
  keyOf(ordinal: number): string;
  /**
   * For a record whose `period` is a key (agents, customers): the ordinal of this indexer's period
   * that contains the key's period, when it nests inside one — a day nests in every granularity; a
   * month in month, quarter and year; a quarter in quarter and year; a year in year; an ISO week
   * only in week (weeks straddle months and years). `undefined` for a coarser key, a week in a
   * non-week evaluation, or a malformed key: the engine reports those records as unattributed.
   */
  ordinalOfKey(key: string): number | undefined;
  /**
   * The instants of a period in the zone: `start` is the first instant of its first local day
   * (the transition instant if midnight is skipped by DST), `end` the start of the next period.
   * @throws RangeError for a non-integer ordinal.
   */
  boundsOf(ordinal: number): PeriodBounds;
  /**
   * The period's bounds when every instant in `[start, end)` belongs to it — true unless the
   * zone's offset changes within two days of a boundary (a transition there can move local time
   * back across it); `undefined` then. Lets a hot loop test two numbers instead of calling
   * {@link ordinalOf} for instants in the period it saw last.
   */
  cacheRangeOf(ordinal: number): PeriodBounds | undefined;
}

const granularities: readonly PeriodGranularity[] = ['day', 'week', 'month', 'quarter', 'year'];

/** ISO week ordinal (weeks since the Monday 1969-12-29) of a day number. */
const weekOfDays = (days: number): number => Math.floor((days + 3) / 7);

function checkOrdinal(ordinal: number): void {
  if (!Number.isInteger(ordinal)) {
    throw new RangeError(
      `Period ordinal ${ordinal} is not an integer: pass a value from ordinalOf`,
    );
  }
}

/** The ordinal of the period of `granularity` holding local day number `days`. */
function ordinalOfDays(granularity: PeriodGranularity, days: number): number {
  switch (granularity) {
    case 'day':
      return days;
    case 'week':
      return weekOfDays(days);
    case 'month':
      return monthIndexOfDays(days);
    case 'quarter':
      return Math.floor(monthIndexOfDays(days) / 3);
    case 'year':
      return Math.floor(monthIndexOfDays(days) / 12);
  }
}

/** First local day of the period and first local day after it. */
function dayRange(granularity: PeriodGranularity, ordinal: number): [number, number] {
  switch (granularity) {
    case 'day':
      return [ordinal, ordinal + 1];
    case 'week':
      return [ordinal * 7 - 3, ordinal * 7 + 4];
    case 'month':
      return [daysOfMonthIndex(ordinal), daysOfMonthIndex(ordinal + 1)];
    case 'quarter':
      return [daysOfMonthIndex(ordinal * 3), daysOfMonthIndex(ordinal * 3 + 3)];
    case 'year':
      return [daysFromCivil(ordinal, 1, 1), daysFromCivil(ordinal + 1, 1, 1)];
  }
}

function keyOfOrdinal(granularity: PeriodGranularity, ordinal: number): string {
  switch (granularity) {
    case 'day': {
      const { year, month, day } = civilFromDays(ordinal);
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    }
    case 'week': {
      // The Thursday of an ISO week decides its week-year.
      const thursday = ordinal * 7;
      const year = Math.floor(monthIndexOfDays(thursday) / 12);
      const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
      return `${pad(year, 4)}-W${pad(week, 2)}`;
    }
    case 'month': {
      const year = Math.floor(ordinal / 12);
      return `${pad(year, 4)}-${pad(ordinal - year * 12 + 1, 2)}`;
    }
    case 'quarter': {
      const year = Math.floor(ordinal / 4);
      return `${pad(year, 4)}-Q${ordinal - year * 4 + 1}`;
    }
    case 'year':
      return pad(ordinal, 4);
  }
}

function ordinalOfKeyIn(granularity: PeriodGranularity, key: string): number | undefined {
  const parsed = parsePeriodKey(key);
  if (parsed === undefined) return undefined;
  switch (parsed.granularity) {
    case 'day':
      return ordinalOfDays(granularity, daysFromCivil(parsed.year, parsed.month, parsed.day));
    case 'week': {
      if (granularity !== 'week') return undefined;
      // Week 1 is the week holding 4 January.
      const jan4 = daysFromCivil(parsed.year, 1, 4);
      return weekOfDays(jan4) + parsed.week - 1;
    }
    case 'month': {
      const mi = parsed.year * 12 + parsed.month - 1;
      if (granularity === 'month') return mi;
      if (granularity === 'quarter') return Math.floor(mi / 3);
      return granularity === 'year' ? parsed.year : undefined;
    }
    case 'quarter':
      if (granularity === 'quarter') return parsed.year * 4 + parsed.quarter - 1;
      return granularity === 'year' ? parsed.year : undefined;
    case 'year':
      return granularity === 'year' ? parsed.year : undefined;
  }
}

/** Largest window of days {@link MonthTable} keeps (~1,100 years). */
const MAX_TABLE_DAYS = 400_000;

/**
 * Local day number → month, quarter or year ordinal through a lazily filled typed array over the
 * days touched: one array read instead of the ~10 dependent divisions of civil-from-days.
 */
class MonthTable {
  private table = new Int32Array(0);
  private base = 0;

  constructor(private readonly fromMonthIndex: (monthIndex: number) => number) {}

  get(days: number): number {
    const i = days - this.base;
    return i >= 0 && i < this.table.length ? this.table[i]! : this.slow(days);
  }

  private slow(days: number): number {
    if (!Number.isFinite(days)) return Number.NaN;
    const slack = Math.max(366, this.table.length);
    const start = this.table.length === 0 ? days - slack : Math.min(this.base, days - slack);
    const end =
      this.table.length === 0
        ? days + slack
        : Math.max(this.base + this.table.length, days + slack);
    if (end - start > MAX_TABLE_DAYS) return this.fromMonthIndex(monthIndexOfDays(days));
    const table = new Int32Array(end - start);
    for (let d = start; d < end; ) {
      const mi = monthIndexOfDays(d);
      const ordinal = this.fromMonthIndex(mi);
      const next = Math.min(daysOfMonthIndex(mi + 1), end);
      table.fill(ordinal, d - start, next - start);
      d = next;
    }
    this.table = table;
    this.base = start;
    return table[days - start]!;
  }
}

/**
 * Creates a {@link PeriodIndexer} for calendar periods in a time zone. Create it once per
 * evaluation: it owns the zone's offset cache, so `ordinalOf` over a million records costs a
 * million `Map` hits and a little integer arithmetic.
 *
 * @throws RangeError for an unknown granularity or time zone.
 * @example
 * const months = createPeriodIndexer('month', 'Asia/Shanghai');
 * months.keyOf(months.ordinalOf(Date.UTC(2026, 11, 31, 16, 30))); // '2027-01' (00:30 in Shanghai)
 */
export function createPeriodIndexer(
  granularity: PeriodGranularity,
  timeZone: string,
): PeriodIndexer {
  if (!granularities.includes(granularity)) {
    throw new RangeError(
      `Unknown period granularity "${String(granularity)}": use one of ${granularities.join(', ')}`,
    );
  }
  const zone = createZone(timeZone);
  const localDay = (ms: number): number => Math.floor((ms + zone.offsetAt(ms)) / DAY_MS);
  let ordinalOf: (ms: number) => number;
  switch (granularity) {
    case 'day':
      ordinalOf = localDay;
      break;
    case 'week':
      ordinalOf = (ms) => weekOfDays(localDay(ms));
      break;
    default: {
      const divisor = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
      const table = new MonthTable((mi) => Math.floor(mi / divisor));
      ordinalOf = (ms) => table.get(localDay(ms));
    }
  }
  return {
    granularity,
    timeZone: zone.timeZone,
    ordinalOf,
    keyOf(ordinal) {
      checkOrdinal(ordinal);
      return keyOfOrdinal(granularity, ordinal);
    },
    ordinalOfKey: (key) => ordinalOfKeyIn(granularity, key),
    boundsOf(ordinal) {
      checkOrdinal(ordinal);
      const [first, next] = dayRange(granularity, ordinal);
      return {
        start: zone.wallClockReaches(first * DAY_MS),
        end: zone.wallClockReaches(next * DAY_MS),
      };
    },
    cacheRangeOf(ordinal) {
      checkOrdinal(ordinal);
      const [first, next] = dayRange(granularity, ordinal);
      const start = zone.wallClockReaches(first * DAY_MS);
      const end = zone.wallClockReaches(next * DAY_MS);
      const steady = (at: number) =>
        zone.offsetAt(at - 2 * DAY_MS) === zone.offsetAt(at) &&
        zone.offsetAt(at) === zone.offsetAt(at + 2 * DAY_MS);
      return steady(start) && steady(end) ? { start, end } : undefined;
    },
  };
}

/**
 * The key of the period of `granularity` that holds the instant `ms` in `timeZone`. A convenience
 * for one-off calls; in loops use {@link createPeriodIndexer}.
 *
 * @throws RangeError for a non-finite instant, an unknown granularity or time zone.
 * @example periodKey(Date.UTC(2027, 0, 1), 'week', 'UTC') // '2026-W53'
 */
export function periodKey(ms: number, granularity: PeriodGranularity, timeZone: string): string {
  if (!Number.isFinite(ms)) {
    throw new RangeError(`periodKey: the instant ${ms} is not a finite epoch-ms number`);
  }
  const indexer = createPeriodIndexer(granularity, timeZone);
  return indexer.keyOf(indexer.ordinalOf(ms));
}

/**
 * The instants of the period named by `key` in `timeZone`: `start` inclusive, `end` exclusive.
 *
 * @throws RangeError for a malformed key or an unknown time zone.
 * @example periodBounds('2026-03', 'UTC') // { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) }
 */
export function periodBounds(key: string, timeZone: string): PeriodBounds {
  const parsed = parsePeriodKey(key);
  if (parsed === undefined) {
    throw new RangeError(
      `Invalid period key "${key}": use "2026", "2026-Q1", "2026-03", "2026-W09" or "2026-03-05"`,
    );
  }
  const indexer = createPeriodIndexer(parsed.granularity, timeZone);
  return indexer.boundsOf(ordinalOfKeyIn(parsed.granularity, key) as number);
}
