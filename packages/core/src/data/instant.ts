import { DAY_MS, daysFromCivil } from '../time/civil';
import { rejectUnknownKeys } from '../option-keys';
import { InvalidValue, show } from './invalid-value';

/** Largest |epoch ms| a JavaScript `Date` can hold. */
const MAX_INSTANT = 8.64e15;

/** The years (UTC, inclusive) a record's instants may fall in. */
export interface InstantDomain {
  /** First accepted year. @default 1900 */
  readonly fromYear: number;
  /** Last accepted year. @default 2199 */
  readonly toYear: number;
}

/**
 * The default instant domain: years 1900–2199 (UTC). Service records outside it are placeholders
 * (`9999-12-31` for "never", `0001-01-01` for "unknown") or typos, and a single one would make a
 * business calendar walk thousands of years; they are rejected with the field and this reason.
 */
export const DEFAULT_INSTANT_DOMAIN: InstantDomain = Object.freeze({
  fromYear: 1900,
  toYear: 2199,
});

/** Accepted epoch-ms bounds `[first, last]` of a domain (both inclusive). */
export interface InstantBounds {
  readonly first: number;
  readonly last: number;
  readonly domain: InstantDomain;
}

/**
 * Checks an {@link InstantDomain} and returns its epoch-ms bounds: `fromYear`-01-01T00:00Z to
 * `toYear`-12-31T23:59:59.999Z. Years run from 1900 to 9999: ISO-8601 writes four digits, and
 * before 1900 time zones kept local mean time (offsets such as +08:05:43), which the zone code's
 * quarter-hour transitions do not describe.
 *
 * @throws TypeError when the domain is not an object with `fromYear` and `toYear` only; RangeError
 * when a year is not an integer from 1900 to 9999 or `toYear < fromYear`.
 * @example instantBounds({ fromYear: 2000, toYear: 2099 }).first // Date.UTC(2000, 0, 1)
 */
export function instantBounds(domain: InstantDomain = DEFAULT_INSTANT_DOMAIN): InstantBounds {
  if (typeof domain !== 'object' || domain === null)
    throw new TypeError(
      `instantDomain must be { fromYear, toYear } (e.g. { fromYear: 1900, toYear: 2199 }); got ${String(domain)}`,
    );
  rejectUnknownKeys('instantDomain', 'key', domain, ['fromYear', 'toYear']);
  const { fromYear, toYear } = domain;
  for (const [name, year] of [
    ['fromYear', fromYear],
    ['toYear', toYear],
  ] as const) {
    if (!Number.isInteger(year) || year < 1900 || year > 9999) {
      throw new RangeError(`instantDomain.${name} ${String(year)} is not a year from 1900 to 9999`);
    }
  }
  if (toYear < fromYear) {
    throw new RangeError(`instantDomain.toYear ${toYear} is before fromYear ${fromYear}`);
  }
  return yearBounds(fromYear, toYear);
}

/** The bounds of years already checked. */
function yearBounds(fromYear: number, toYear: number): InstantBounds {
  return {
    first: daysFromCivil(fromYear, 1, 1) * DAY_MS,
    last: daysFromCivil(toYear + 1, 1, 1) * DAY_MS - 1,
    domain: { fromYear, toYear },
  };
}

/**
 * The bounds of a function's `instantDomain` option: the default's when it is not given, else
 * {@link instantBounds} of it, its error started by the caller's name.
 */
export function boundsOption(caller: string, domain: InstantDomain | undefined): InstantBounds {
  if (domain === undefined) return DEFAULT_INSTANT_BOUNDS;
  try {
    return instantBounds(domain);
  } catch (error) {
    if (error instanceof TypeError) throw new TypeError(`${caller}: option ${error.message}`);
    if (error instanceof RangeError) throw new RangeError(`${caller}: option ${error.message}`);
    throw error;
  }
}

/** Bounds of {@link DEFAULT_INSTANT_DOMAIN}. */
export const DEFAULT_INSTANT_BOUNDS: InstantBounds = yearBounds(1900, 2199);

/** The reason for an instant outside the domain (`undefined` inside). `value` is what the reason quotes. */
export function outsideDomain(
  field: string,
  value: unknown,
  ms: number,
  bounds: InstantBounds,
): InvalidValue | undefined {
  if (ms >= bounds.first && ms <= bounds.last) return undefined;
  const { fromYear, toYear } = bounds.domain;
  const placeholder =
    ms > bounds.last
      ? ' (a "never" placeholder such as 9999-12-31 is not a date: leave the field empty)'
      : '';
  return new InvalidValue(
    `${field} ${show(value)} is outside the instant domain, years ${fromYear}–${toYear} (UTC)${placeholder}`,
  );
}

/** Wall-clock reading of an ISO string, as "local ms" (see {@link parseIsoString}). */
export interface IsoParts {
  /** The wall time as ms since 1970-01-01T00:00 on the same clock. */
  local: number;
  /** Offset in ms (local − UTC), or `undefined` when the string has none. */
  offset: number | undefined;
  /** Whether a time of day was given. */
  hasTime: boolean;
}

function daysInMonth(year: number, month: number): number {
  return daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1);
}

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Two digits at `i` as a number, or -1. */
function two(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * Reads an ISO-8601 / RFC 3339 date or date-time strictly, by character codes (no regex, no
 * substrings: it runs for every date of every record). Accepted: `YYYY-MM-DD`, optionally `T`
 * (or `t` or a space) `hh:mm[:ss[.f…]]` with 1–9 fraction digits (`,` also accepted), optionally
 * `Z` or `±hh[:mm]` / `±hhmm`. Returns `undefined` for any other shape and `null` for the right
 * shape with impossible parts (month 13, 30 February, hour 24).
 */
export function parseIsoString(text: string): IsoParts | null | undefined {
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y1 = two(text, 0);
  const y2 = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  if (y1 < 0 || y2 < 0 || month < 0 || day < 0) return undefined;
  const year = y1 * 100 + y2;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let i = 10;
  const sep = text.charCodeAt(10); // NaN past the end
  const hasTime = sep === 84 || sep === 116 || sep === 32; // T, t, space
  if (hasTime) {
    hour = two(text, 11);
    minute = two(text, 14);
    if (hour < 0 || minute < 0 || text.charCodeAt(13) !== 58) return undefined;
    i = 16;
    if (text.charCodeAt(i) === 58) {
      second = two(text, i + 1);
      if (second < 0) return undefined;
      i += 3;
      const dot = text.charCodeAt(i);
      if (dot === 46 || dot === 44) {
        let digits = 0;
        let scale = 100;
        i++;
        for (let d = digit(text, i); d >= 0; d = digit(text, ++i)) {
          ms += d * scale;
          scale /= 10;
          digits++;
        }
        if (digits === 0 || digits > 9) return undefined;
        ms = Math.floor(ms + 1e-9);
      }
    }
  }
  let offset: number | undefined;
  if (i < n) {
    const z = text.charCodeAt(i);
    if ((z === 90 || z === 122) && i + 1 === n) offset = 0;
    else if (z === 43 || z === 45) {
      const oh = two(text, i + 1);
      let om = 0;
      let end = i + 3;
      if (end < n) {
        if (text.charCodeAt(end) === 58) end++;
        om = two(text, end);
        end += 2;
      }
      if (oh < 0 || om < 0 || end !== n) return undefined;
      if (oh > 23 || om > 59) return null;
      offset = (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
    } else return undefined;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local =
    daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  return { local, offset, hasTime };
}

/**
 * The common case of {@link parseIsoString} for a full instant, with no allocation:
 * `YYYY-MM-DDThh:mm:ss[.f…]` then `Z` or `±hh:mm`, no surrounding space. Epoch ms, or `NaN` for
 * anything else (the caller then takes the general path, which explains what is wrong). The
 * instant domain is the caller's to check.
 */
export function fastIsoInstant(text: string): number {
  const n = text.length;
  if (
    n < 20 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  ) {
    return Number.NaN;
  }
  const y1 = two(text, 0);
  const y2 = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  if ((y1 | y2 | month | day | hour | minute | second) < 0) return Number.NaN;
  const year = y1 * 100 + y2;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return Number.NaN;
  }
  if (day > 28 && day > daysInMonth(year, month)) return Number.NaN;
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    let scale = 100;
    let digits = 0;
    i++;
    for (let d = digit(text, i); d >= 0; d = digit(text, ++i)) {
      ms += d * scale;
      scale /= 10;
      digits++;
    }
    if (digits === 0 || digits > 9) return Number.NaN;
    ms = Math.floor(ms + 1e-9);
  }
  let offset = 0;
  const z = text.charCodeAt(i);
  if (z === 90) {
    if (i + 1 !== n) return Number.NaN;
  } else if (z === 43 || z === 45) {
    const oh = two(text, i + 1);
    const om = two(text, i + 4);
    if (i + 6 !== n || text.charCodeAt(i + 3) !== 58 || oh < 0 || om < 0 || oh > 23 || om > 59) {
      return Number.NaN;
    }
    offset = (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  } else return Number.NaN;
  const epoch =
    daysFromCivil(year, month, day) * DAY_MS +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    ms -
    offset;
  // The caller checks the instant domain (it explains a rejection on the general path).
  return epoch;
}

/**
 * Reads an instant: a valid `Date`, finite epoch milliseconds, or an ISO-8601 string with `Z` or
 * an offset. Returns epoch ms, or an {@link InvalidValue} naming the field, the value and the rule.
 * A string without an offset (or a date alone) is ambiguous and rejected, never guessed. An
 * instant outside `bounds` (by default years 1900–2199, see {@link DEFAULT_INSTANT_DOMAIN}) is
 * rejected too.
 */
export function readInstant(
  field: string,
  value: unknown,
  bounds: InstantBounds = DEFAULT_INSTANT_BOUNDS,
): number | InvalidValue {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return new InvalidValue(`${field} ${show(value)} is not a finite number`);
    if (Math.abs(value) > MAX_INSTANT) {
      return new InvalidValue(
        `${field} ${show(value)} is outside the range of dates (epoch milliseconds)`,
      );
    }
    return outsideDomain(field, value, value, bounds) ?? value;
  }
  if (typeof value === 'string') {
    const fast = fastIsoInstant(value);
    if (!Number.isNaN(fast)) return outsideDomain(field, value, fast, bounds) ?? fast;
    const parts = parseIsoString(value.trim());
    if (parts === undefined) {
      return new InvalidValue(
        `${field} ${show(value)} is not an ISO-8601 date-time (e.g. 2026-03-01T08:00:00Z or 2026-03-01T16:00:00+08:00)`,
      );
    }
    if (parts === null) return new InvalidValue(`${field} ${show(value)} is not a valid date-time`);
    if (parts.offset === undefined) {
      return new InvalidValue(
        `${field} ${show(value)} has no UTC offset; add one or use mapRecords with a timeZone`,
      );
    }
    const ms = parts.local - parts.offset;
    if (Math.abs(ms) > MAX_INSTANT)
      return new InvalidValue(`${field} ${show(value)} is outside the range of dates`);
    return outsideDomain(field, value, ms, bounds) ?? ms;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return new InvalidValue(`${field} is an invalid Date`);
    return outsideDomain(field, value, ms, bounds) ?? ms;
  }
  if (value instanceof InvalidValue) return value;
  return new InvalidValue(
    `${field} ${show(value)} is not a Date, epoch milliseconds or an ISO-8601 string`,
  );
}
