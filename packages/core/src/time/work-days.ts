// The working intervals of each local day of a business calendar, as instants: built from the
// spec on first use (a holiday has none, a make-up day its own ranges, any other day its weekday's)
// and cached in a window over the days touched.
import type { CompiledSpec } from './calendar-spec';
import { DAY_MS, isoWeekdayOfDays } from './civil';
import type { Zone } from './zone';

/** One local day's working intervals as instants. */
export interface WorkDay {
  /** Flat `[start, end, start, end, …]` epoch ms, ascending. */
  readonly bounds: readonly number[];
  readonly total: number;
  /** First start and last end (`+∞` / `-∞` on a closed day). */
  readonly first: number;
  readonly last: number;
}

/** Overlap of a day's intervals with `[lo, hi]`. */
export function overlap(bounds: readonly number[], lo: number, hi: number): number {
  let sum = 0;
  for (let i = 0; i < bounds.length; i += 2) {
    const s = Math.max(bounds[i]!, lo);
    const e = Math.min(bounds[i + 1]!, hi);
    if (e > s) sum += e - s;
  }
  return sum;
}

/** Largest window of cached days. */
const MAX_WINDOW_DAYS = 400_000;

/** Each local day's working intervals, by local day number (days since 1970-01-01, local). */
export class WorkDays {
  /** Local day `base + i` → its working intervals, built on first use (a window over the days touched). */
  private days: (WorkDay | undefined)[] = [];
  private base = 0;
  /** Days outside the window (far-flung instants). */
  private readonly farDays = new Map<number, WorkDay>();

  constructor(
    private readonly spec: CompiledSpec,
    private readonly zone: Zone,
  ) {}

  /** The local day of an instant. */
  localDay(ms: number): number {
    return Math.floor((ms + this.zone.offsetAt(ms)) / DAY_MS);
  }

  /** The working intervals of local day `d`. */
  day(d: number): WorkDay {
    const cached = this.days[d - this.base];
    return cached !== undefined ? cached : this.daySlow(d);
  }

  private daySlow(d: number): WorkDay {
    let i = d - this.base;
    if (i < 0 || i >= this.days.length) {
      // Widen the window with a year of slack, unless it would exceed ~1,100 years.
      const start = this.days.length === 0 ? d - 366 : Math.min(this.base, d - 366);
      const end =
        this.days.length === 0 ? d + 366 : Math.max(this.base + this.days.length, d + 366);
      if (end - start > MAX_WINDOW_DAYS) {
        let far = this.farDays.get(d);
        if (far === undefined) {
          far = this.build(d);
          this.farDays.set(d, far);
        }
        return far;
      }
      const days = new Array<WorkDay | undefined>(end - start).fill(undefined);
      this.days.forEach((day, j) => {
        days[this.base - start + j] = day;
      });
      this.days = days;
      this.base = start;
      i = d - start;
    }
    const day = this.build(d);
    this.days[i] = day;
    return day;
  }

  private build(d: number): WorkDay {
    const { weekly, holidays, workdays } = this.spec;
    const ranges = workdays.get(d) ?? (holidays.has(d) ? [] : weekly[isoWeekdayOfDays(d)]!);
    const bounds: number[] = [];
    let total = 0;
    const midnight = d * DAY_MS;
    for (let i = 0; i < ranges.length; i += 2) {
      const s = this.zone.wallClockReaches(midnight + ranges[i]!);
      const e = this.zone.wallClockReaches(midnight + ranges[i + 1]!);
      if (e > s) {
        bounds.push(s, e);
        total += e - s;
      }
    }
    const first = bounds.length > 0 ? bounds[0]! : Number.POSITIVE_INFINITY;
    const last = bounds.length > 0 ? bounds[bounds.length - 1]! : Number.NEGATIVE_INFINITY;
    return { bounds, total, first, last };
  }
}
