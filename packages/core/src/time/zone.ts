import { HOUR_MS } from './civil';
import { FixedZone, IntlZone } from './zone-impl';

export { civilFromDays, daysFromCivil } from './civil';

/** How to read a wall time that occurs twice (autumn overlap) or never (spring gap). */
export type Disambiguation = 'earlier' | 'later' | 'reject';

/** The wall-clock reading of an instant in a time zone. */
export interface LocalParts {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/**
 * One IANA time zone with its offsets cached, for hot loops over epoch-ms instants.
 *
 * A "local ms" is a wall time written as milliseconds since 1970-01-01T00:00 *local*
 * (`daysFromCivil(y, m, d) * 86_400_000 + time of day`): integer arithmetic on wall times.
 */
export interface Zone {
  /** The canonical name (as the platform's ICU spells it, e.g. `'Asia/Shanghai'`, `'UTC'`). */
  readonly timeZone: string;
  /**
   * Milliseconds to add to the UTC instant `ms` to get its local wall time (+8 h in Shanghai).
   * `NaN` for a non-finite instant.
   */
  offsetAt(ms: number): number;
  /** The wall-clock reading of `ms`; every field is `NaN` for a non-finite instant. */
  localParts(ms: number): LocalParts;
  /**
   * The instant whose wall time is the given date and time. A wall time skipped by a spring-forward
   * gap gives `NaN` with `'reject'`, otherwise the instant shifted forward by the gap (02:30 on a
   * New York spring-forward day is 03:30 EDT), as Temporal's `'compatible'`. A wall time that
   * occurs twice gives its first occurrence with `'earlier'`, its second with `'later'`, `NaN`
   * with `'reject'`. Month and day roll over (month 13 is January of the next year).
   *
   * @default hour, minute, second, ms: 0; disambiguation: 'earlier'
   * @example createZone('Asia/Shanghai').fromLocal(2026, 1, 1) // Date.UTC(2025, 11, 31, 16)
   */
  fromLocal(
    year: number,
    month: number,
    day: number,
    hour?: number,
    minute?: number,
    second?: number,
    ms?: number,
    disambiguation?: Disambiguation,
  ): number;
  /** {@link Zone.fromLocal} for a wall time given in local ms. @default disambiguation: 'earlier' */
  fromLocalMs(localMs: number, disambiguation?: Disambiguation): number;
  /**
   * The first instant at which the wall clock reads `localMs` or later: the earlier occurrence of
   * a repeated wall time, and the transition instant itself for a wall time skipped by a gap. This
   * is when a shift "starting at 02:30" starts on a day that jumps from 02:00 to 03:00.
   */
  wallClockReaches(localMs: number): number;
}

interface ZoneInfo {
  readonly canonical: string;
  readonly format: Intl.DateTimeFormat;
}

// Memo cache of Intl objects (allowed module state): constructing a DateTimeFormat costs ~50 µs.
const infos = new Map<string, ZoneInfo>();

function zoneInfo(timeZone: string): ZoneInfo {
  let info = infos.get(timeZone);
  if (info === undefined) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(
        `Unknown time zone "${timeZone}": use an IANA name such as "Asia/Shanghai"`,
      );
    }
    info = { canonical: format.resolvedOptions().timeZone, format };
    infos.set(timeZone, info);
  }
  return info;
}

/**
 * Checks an IANA time-zone name and returns its canonical spelling (`'asia/shanghai'` →
 * `'Asia/Shanghai'`, `'US/Eastern'` → `'America/New_York'`, `'Etc/UTC'` → `'UTC'`), as the
 * platform's ICU canonicalises it. Offset strings such as `'+08:00'` are not accepted: use
 * `'Etc/GMT-8'` or a city.
 *
 * @throws RangeError `Unknown time zone "Mars/Base": use an IANA name such as "Asia/Shanghai"`.
 *
 * @example
 * assertTimeZone('asia/shanghai'); // 'Asia/Shanghai'
 * assertTimeZone('US/Eastern'); // 'America/New_York'
 */
export function assertTimeZone(timeZone: string): string {
  if (typeof timeZone !== 'string' || timeZone === '') {
    throw new RangeError(
      `Unknown time zone "${String(timeZone)}": use an IANA name such as "Asia/Shanghai"`,
    );
  }
  return zoneInfo(timeZone).canonical;
}

/** Offset of zones that never change (UTC, `Etc/GMT±N`), else `undefined`. */
function fixedOffsetOf(canonical: string): number | undefined {
  if (canonical === 'UTC' || canonical === 'Etc/GMT' || canonical === 'Etc/UTC') return 0;
  const m = /^Etc\/GMT([+-])(\d{1,2})$/.exec(canonical);
  // POSIX sign: Etc/GMT-8 is eight hours *ahead* of UTC.
  return m ? (m[1] === '+' ? -1 : 1) * Number(m[2]) * HOUR_MS : undefined;
}

/**
 * A {@link Zone} for an IANA name, with offsets computed by `Intl.DateTimeFormat` and cached in
 * the returned object: per UTC day (a typed array indexed by day number), and per 15-minute bucket
 * (a `Map`) on the few days with a transition, so a million lookups cost a million array reads
 * and two Intl calls per day touched. UTC and
 * `Etc/GMT±N` take a fixed-offset fast path. Create one zone per loop and reuse it.
 *
 * Offsets are sampled on whole seconds and transitions are assumed to fall on quarter hours
 * (true of every zone since local mean time was abandoned, ~1900).
 *
 * @throws RangeError for an unknown zone (see {@link assertTimeZone}).
 * @example
 * const zone = createZone('America/New_York');
 * zone.offsetAt(Date.UTC(2026, 6, 1)); // -14_400_000 (EDT, UTC−4)
 */
export function createZone(timeZone: string): Zone {
  const canonical = assertTimeZone(timeZone);
  const fixed = fixedOffsetOf(canonical);
  return fixed === undefined
    ? new IntlZone(canonical, zoneInfo(timeZone).format)
    : new FixedZone(canonical, fixed);
}
