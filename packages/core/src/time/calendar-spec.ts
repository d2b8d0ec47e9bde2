// Validation and compilation of a business-calendar spec (private to calendar.ts).
import { boundsOption, type InstantBounds, type InstantDomain } from '../data/instant';
import { daysFromCivil, HOUR_MS, MINUTE_MS } from './civil';
import { rejectUnknownKeys } from '../option-keys';
import { parsePeriodKey } from './period-key';
import { assertTimeZone } from './zone';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Working ranges of one day as local `'HH:mm'` pairs, e.g. `[['08:00', '12:00'], ['13:00', '17:00']]`. */
export type WorkingRanges = ReadonlyArray<readonly [string, string]>;

/** What {@link businessCalendar} is built from. */
export interface BusinessCalendarSpec {
  /** IANA time zone the wall times are read in. */
  timeZone: string;
  /**
   * Working ranges per ISO weekday (1 = Monday … 7 = Sunday); a missing weekday is closed. Times
   * are `'HH:mm'`, a range ends after it starts within the same day (`'24:00'` may end one;
   * shifts across midnight are split in two), ranges of a day must not overlap (touching is fine).
   */
  hours: Partial<Record<IsoWeekday, WorkingRanges>>;
  /** Local dates `'YYYY-MM-DD'` closed all day. @default [] */
  holidays?: readonly string[];
  /** Make-up working days (调休) `'YYYY-MM-DD'` with their own ranges; they replace the weekday's hours. @default {} */
  workdays?: Readonly<Record<string, WorkingRanges>>;
  /**
   * The years the calendar's arithmetic accepts instants in (UTC): an instant outside is a
   * RangeError, never a walk of thousands of years. Give it the `instantDomain` of the evaluation
   * when that is wider than the default.
   * @default { fromYear: 1900, toYear: 2199 } (`DEFAULT_INSTANT_DOMAIN`)
   */
  instantDomain?: InstantDomain | undefined;
}

/** A validated spec: ranges as flat `[start, end, …]` ms since local midnight. */
export interface CompiledSpec {
  readonly timeZone: string;
  /** Index 1–7 by ISO weekday; index 0 unused. */
  readonly weekly: readonly (readonly number[])[];
  readonly holidays: ReadonlySet<number>;
  readonly workdays: ReadonlyMap<number, readonly number[]>;
  readonly bounds: InstantBounds;
}

const TIME = /^(\d{2}):(\d{2})$/;

function fail(message: string): never {
  throw new RangeError(`businessCalendar: ${message}`);
}

function parseTime(value: unknown, field: string, isEnd: boolean): number {
  const m = typeof value === 'string' ? TIME.exec(value) : null;
  const h = m ? Number(m[1]) : Number.NaN;
  const min = m ? Number(m[2]) : Number.NaN;
  const ok = min < 60 && (h < 24 || (isEnd && h === 24 && min === 0));
  if (!ok) {
    fail(
      `${field} ${JSON.stringify(value)} is not a time: use "HH:mm" from "00:00" to "23:59"${isEnd ? ' (or "24:00" to end at midnight)' : ''}`,
    );
  }
  return h * HOUR_MS + min * MINUTE_MS;
}

const show = (ms: number): string =>
  `"${String(Math.floor(ms / HOUR_MS)).padStart(2, '0')}:${String((ms % HOUR_MS) / MINUTE_MS).padStart(2, '0')}"`;

function compileRanges(ranges: unknown, field: string): number[] {
  if (!Array.isArray(ranges)) fail(`${field} must be an array of ['HH:mm', 'HH:mm'] pairs`);
  const parsed: Array<{ start: number; end: number; field: string }> = [];
  ranges.forEach((range: unknown, i) => {
    const f = `${field}[${i}]`;
    if (!Array.isArray(range) || range.length !== 2) fail(`${f} must be a ['HH:mm', 'HH:mm'] pair`);
    const start = parseTime(range[0], `${f}[0]`, false);
    const end = parseTime(range[1], `${f}[1]`, true);
    if (end <= start) {
      fail(
        `${f} ends at ${show(end)}, not after its start ${show(start)}: a range must end after it starts within the day (split a shift across midnight at "24:00")`,
      );
    }
    parsed.push({ start, end, field: f });
  });
  parsed.sort((a, b) => a.start - b.start);
  const flat: number[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const r = parsed[i]!;
    const prev = parsed[i - 1];
    if (prev !== undefined && r.start < prev.end) {
      fail(
        `${r.field} (${show(r.start)}–${show(r.end)}) overlaps ${prev.field} (${show(prev.start)}–${show(prev.end)}): ranges of a day must not overlap`,
      );
    }
    if (prev !== undefined && r.start === prev.end) flat[flat.length - 1] = r.end;
    else flat.push(r.start, r.end);
  }
  return flat;
}

function parseDate(value: unknown, field: string): number {
  const parsed = typeof value === 'string' ? parsePeriodKey(value) : undefined;
  if (parsed?.granularity !== 'day') {
    fail(`${field} ${JSON.stringify(value)} is not a date: use "YYYY-MM-DD"`);
  }
  return daysFromCivil(parsed.year, parsed.month, parsed.day);
}

/** Validates a spec; every problem is a RangeError naming the field and the rule. */
export function compileSpec(spec: BusinessCalendarSpec): CompiledSpec {
  if (spec === null || typeof spec !== 'object') fail('the spec must be an object');
  rejectUnknownKeys('businessCalendar', 'field', spec, [
    'timeZone',
    'hours',
    'holidays',
    'workdays',
    'instantDomain',
  ]);
  let bounds: InstantBounds;
  try {
    bounds = boundsOption('businessCalendar', spec.instantDomain);
  } catch (error) {
    fail((error as Error).message.replace(/^businessCalendar: option /, ''));
  }
  let timeZone: string;
  try {
    timeZone = assertTimeZone(spec.timeZone);
  } catch (error) {
    fail(`timeZone: ${(error as Error).message}`);
  }
  if (spec.hours === null || typeof spec.hours !== 'object') {
    fail('hours must be an object of ISO weekday (1 = Monday … 7 = Sunday) → ranges');
  }
  const weekly: number[][] = [[], [], [], [], [], [], [], []];
  for (const [key, ranges] of Object.entries(spec.hours)) {
    if (!/^[1-7]$/.test(key)) {
      fail(`hours key "${key}" is not an ISO weekday: use 1 (Monday) to 7 (Sunday)`);
    }
    if (ranges !== undefined) weekly[Number(key)] = compileRanges(ranges, `hours[${key}]`);
  }
  if (weekly.every((r) => r.length === 0)) {
    fail(
      `hours has no working time on any weekday: give at least one range, e.g. weekdayHours('08:00', '17:00')`,
    );
  }
  const holidays = new Set<number>();
  (spec.holidays ?? []).forEach((date, i) => {
    holidays.add(parseDate(date, `holidays[${i}]`));
  });
  const workdays = new Map<number, number[]>();
  for (const [date, ranges] of Object.entries(spec.workdays ?? {})) {
    const field = `workdays["${date}"]`;
    const day = parseDate(date, `${field} key`);
    if (holidays.has(day))
      fail(`${field} is also listed in holidays: a date is either closed or a make-up working day`);
    const flat = compileRanges(ranges, field);
    if (flat.length === 0) fail(`${field} has no ranges: list a closed date in holidays instead`);
    workdays.set(day, flat);
  }
  return { timeZone, weekly, holidays, workdays, bounds };
}
