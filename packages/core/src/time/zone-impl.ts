// Zone implementations (private to zone.ts): a fixed offset, and Intl-backed with offset caches.
import {
  DAY_MS,
  daysFromCivil,
  HOUR_MS,
  isoWeekdayOfDays,
  MINUTE_MS,
  monthIndexOfDays,
} from './civil';
import type { Disambiguation, LocalParts, Zone } from './zone';

/** The last instant a `Date` (and so `Intl`) can hold, epoch ms. */
const MAX_DATE_MS = 8.64e15;

/** Transitions happen on quarter hours of UTC; offsets are cached per 15-minute bucket on transition days. */
const BUCKET_MS = 15 * MINUTE_MS;

function partsOf(zone: Zone, ms: number): LocalParts {
  const local = ms + zone.offsetAt(ms);
  const days = Math.floor(local / DAY_MS);
  const mi = monthIndexOfDays(days);
  const year = Math.floor(mi / 12);
  const month = mi - year * 12 + 1;
  let rest = local - days * DAY_MS;
  const hour = Math.floor(rest / HOUR_MS);
  rest -= hour * HOUR_MS;
  const minute = Math.floor(rest / MINUTE_MS);
  rest -= minute * MINUTE_MS;
  const second = Math.floor(rest / 1000);
  return {
    year,
    month,
    day: days - daysFromCivil(year, month, 1) + 1,
    hour,
    minute,
    second,
    millisecond: rest - second * 1000,
    weekday: isoWeekdayOfDays(days),
  };
}

function localMsOf(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  return (
    daysFromCivil(year, month, day) * DAY_MS +
    hour * HOUR_MS +
    minute * MINUTE_MS +
    second * 1000 +
    ms
  );
}

export class FixedZone implements Zone {
  constructor(
    readonly timeZone: string,
    private readonly offset: number,
  ) {}
  offsetAt(ms: number): number {
    return Number.isFinite(ms) ? this.offset : Number.NaN;
  }
  localParts(ms: number): LocalParts {
    return partsOf(this, ms);
  }
  fromLocal(
    year: number,
    month: number,
    day: number,
    hour?: number,
    minute?: number,
    second?: number,
    ms?: number,
  ): number {
    return localMsOf(year, month, day, hour, minute, second, ms) - this.offset;
  }
  fromLocalMs(localMs: number): number {
    return localMs - this.offset;
  }
  wallClockReaches(localMs: number): number {
    return localMs - this.offset;
  }
}

/** Marks a UTC day with a transition in the day table (offsets are finite). */
const TRANSITION = Number.POSITIVE_INFINITY;
/** The day table covers at most this many days (~1,100 years); instants beyond use a Map. */
const MAX_TABLE_DAYS = 400_000;

export class IntlZone implements Zone {
  /** UTC day `tableBase + i` → offset for the whole day, `TRANSITION`, or `NaN` = not computed yet. */
  private table = new Float64Array(0);
  private tableBase = 0;
  /** Days outside the table (far-flung instants), same encoding. */
  private readonly farDays = new Map<number, number>();
  /** 15-minute UTC bucket → offset, only for days with a transition (they happen on quarter hours). */
  private readonly buckets = new Map<number, number>();

  constructor(
    readonly timeZone: string,
    private readonly format: Intl.DateTimeFormat,
  ) {}

  offsetAt(ms: number): number {
    const i = Math.floor(ms / DAY_MS) - this.tableBase;
    if (i >= 0 && i < this.table.length) {
      const offset = this.table[i]!;
      if (offset < TRANSITION) return offset; // false for NaN and TRANSITION
    }
    return this.offsetSlow(ms);
  }

  private offsetSlow(ms: number): number {
    if (!Number.isFinite(ms)) return Number.NaN;
    const day = Math.floor(ms / DAY_MS);
    const dayOffset = this.dayOffset(day);
    if (dayOffset !== TRANSITION) return dayOffset;
    const bucket = Math.floor(ms / BUCKET_MS);
    let offset = this.buckets.get(bucket);
    if (offset === undefined) {
      offset = this.intlOffset(bucket * BUCKET_MS);
      this.buckets.set(bucket, offset);
    }
    return offset;
  }

  /** The offset of a whole UTC day, or `TRANSITION`; computes and stores it on first use. */
  private dayOffset(day: number): number {
    if (!this.covers(day)) this.grow(day);
    const inTable = this.covers(day);
    let offset = inTable ? this.table[day - this.tableBase]! : this.farDays.get(day);
    if (offset === undefined || Number.isNaN(offset)) {
      const start = this.intlOffset(day * DAY_MS);
      // Equal offsets at both ends: no transition inside (two that cancel within a UTC day do not occur in tzdata).
      offset = start === this.intlOffset((day + 1) * DAY_MS) ? start : TRANSITION;
      if (inTable) this.table[day - this.tableBase] = offset;
      else this.farDays.set(day, offset);
    }
    return offset;
  }

  private covers(day: number): boolean {
    return day >= this.tableBase && day < this.tableBase + this.table.length;
  }

  /** Widens the day table to hold `day` (with a year of slack), unless it would get too large. */
  private grow(day: number): void {
    const old = this.table;
    const start = old.length === 0 ? day - 366 : Math.min(this.tableBase, day - 366);
    const end = old.length === 0 ? day + 366 : Math.max(this.tableBase + old.length, day + 366);
    if (end - start > MAX_TABLE_DAYS) return;
    const table = new Float64Array(end - start).fill(Number.NaN);
    if (old.length > 0) table.set(old, this.tableBase - start);
    this.table = table;
    this.tableBase = start;
  }

  /** One Intl call: the offset at `ms` (a whole second). */
  private intlOffset(ms: number): number {
    let year = 0;
    let month = 1;
    let day = 1;
    let hour = 0;
    let minute = 0;
    let second = 0;
    // The day after the last representable instant (8.64e15) is asked for its end offset: clamp,
    // since Intl throws "Invalid time value" beyond the Date range (the offset there is constant).
    for (const part of this.format.formatToParts(
      Math.min(Math.max(ms, -MAX_DATE_MS), MAX_DATE_MS),
    )) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
      }
    }
    return localMsOf(year, month, day, hour, minute, second) - ms;
  }

  localParts(ms: number): LocalParts {
    return partsOf(this, ms);
  }

  fromLocal(
    year: number,
    month: number,
    day: number,
    hour?: number,
    minute?: number,
    second?: number,
    ms?: number,
    disambiguation: Disambiguation = 'earlier',
  ): number {
    return this.fromLocalMs(localMsOf(year, month, day, hour, minute, second, ms), disambiguation);
  }

  fromLocalMs(localMs: number, disambiguation: Disambiguation = 'earlier'): number {
    if (!Number.isFinite(localMs)) return Number.NaN;
    // Offsets are within ±14 h, so the offsets a day either side bracket every candidate instant.
    const before = this.offsetAt(localMs - DAY_MS);
    const after = this.offsetAt(localMs + DAY_MS);
    if (before === after) return localMs - before;
    const t1 = localMs - before;
    const t2 = localMs - after;
    const valid1 = this.offsetAt(t1) === before;
    const valid2 = this.offsetAt(t2) === after;
    if (valid1 && valid2) {
      if (disambiguation === 'reject') return Number.NaN;
      return disambiguation === 'later' ? Math.max(t1, t2) : Math.min(t1, t2);
    }
    if (valid1) return t1;
    if (valid2) return t2;
    // In a gap: read the wall time with the offset before the transition, i.e. shift it forward.
    return disambiguation === 'reject' ? Number.NaN : t1;
  }

  wallClockReaches(localMs: number): number {
    if (!Number.isFinite(localMs)) return Number.NaN;
    const before = this.offsetAt(localMs - DAY_MS);
    const after = this.offsetAt(localMs + DAY_MS);
    if (before === after) return localMs - before;
    const t1 = localMs - before;
    const t2 = localMs - after;
    const valid1 = this.offsetAt(t1) === before;
    const valid2 = this.offsetAt(t2) === after;
    if (valid1 || valid2) return valid1 && valid2 ? Math.min(t1, t2) : valid1 ? t1 : t2;
    // In a gap the transition lies between t2 and t1, on a quarter hour: find it.
    for (let b = (Math.floor(t2 / BUCKET_MS) + 1) * BUCKET_MS; b < t1; b += BUCKET_MS) {
      if (this.offsetAt(b) !== before) return b;
    }
    return t1;
  }
}
