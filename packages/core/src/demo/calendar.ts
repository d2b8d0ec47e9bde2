import type { Random } from './random';

/** Milliseconds in an hour and a day. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Asia/Shanghai is UTC+8 all year (no DST), so the demo uses a fixed offset. */
export const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** The demo's months: keys `'2026-05'` … and their starts in epoch ms (`starts.length = keys.length + 1`). */
export interface DemoMonths {
  keys: string[];
  starts: number[];
}

/** Calendar months of Beijing time from `year`-`month` (1-based), `count` of them. */
export function beijingMonths(year: number, month: number, count: number): DemoMonths {
  const keys: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i <= count; i++) {
    const index = year * 12 + month - 1 + i;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    // Date.UTC is plain arithmetic on its arguments: no clock read, no machine time zone.
    starts.push(Date.UTC(y, m - 1, 1) - BEIJING_OFFSET_MS);
    if (i < count) keys.push(`${y}-${m < 10 ? '0' : ''}${m}`);
  }
  return { keys, starts };
}

/** Index of the month holding instant `t` (clamped to the range). */
export function monthIndexOf(t: number, starts: readonly number[]): number {
  let i = 0;
  const last = starts.length - 2;
  while (i < last && t >= (starts[i + 1] as number)) i++;
  return i;
}

/** Beijing hour of day (0–23) of an instant. */
export function beijingHour(t: number): number {
  return Math.floor(((((t + BEIJING_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

/** Weekday of an instant in Beijing time: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function beijingWeekday(t: number): number {
  return (((Math.floor((t + BEIJING_OFFSET_MS) / DAY_MS) + 4) % 7) + 7) % 7;
}

/** Relative arrival intensity by Beijing hour on a working day: peaks 09–11 and 14–16. */
export const ticketWeekdayHours = [
  0.12, 0.08, 0.06, 0.05, 0.05, 0.08, 0.15, 0.4, 1.2, 3.0, 3.4, 2.8, 1.6, 2.2, 3.0, 3.2, 2.8, 2.0,
  1.0, 0.7, 0.5, 0.35, 0.25, 0.15,
];

/** Weekend: about half the volume, a flatter late-morning peak. */
export const ticketWeekendHours = [
  0.08, 0.05, 0.04, 0.03, 0.03, 0.05, 0.1, 0.25, 0.6, 1.3, 1.6, 1.5, 1.0, 1.1, 1.4, 1.4, 1.2, 0.9,
  0.6, 0.45, 0.35, 0.25, 0.15, 0.1,
];

/** Phone lines are staffed 08:00–20:00; a few calls still come in outside. */
export const callWeekdayHours = [
  0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.2, 1.4, 3.2, 3.6, 3.0, 1.7, 2.3, 3.2, 3.4, 2.9, 2.0,
  1.1, 0.6, 0.15, 0.08, 0.05, 0.03,
];

/** Phone lines at the weekend. */
export const callWeekendHours = [
  0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.03, 0.1, 0.7, 1.4, 1.7, 1.5, 1.0, 1.1, 1.4, 1.4, 1.2, 0.8,
  0.5, 0.3, 0.08, 0.04, 0.03, 0.02,
];

/**
 * `n` arrival instants in `[start, end)`, ascending, whole seconds, with hour-of-day and weekday
 * intensity from the profiles and a linear growth of `growthPerMonth` (0.02 = +2 % a month).
 *
 * Sorted uniforms come from normalised cumulative exponential spacings (O(n), no sort), then go
 * through the inverse of the piecewise-constant hourly intensity.
 */
export function sampleArrivals(
  n: number,
  start: number,
  end: number,
  weekdayHours: readonly number[],
  weekendHours: readonly number[],
  growthPerMonth: number,
  random: Random,
): Float64Array {
  const hours = Math.round((end - start) / HOUR_MS);
  const cumulative = new Float64Array(hours + 1);
  const perHourGrowth = growthPerMonth / (30.44 * 24);
  for (let h = 0; h < hours; h++) {
    const t = start + h * HOUR_MS;
    const weekday = beijingWeekday(t);
    const profile = weekday === 0 || weekday === 6 ? weekendHours : weekdayHours;
    const weight = (profile[beijingHour(t)] as number) * (1 + perHourGrowth * h);
    cumulative[h + 1] = (cumulative[h] as number) + weight;
  }
  const total = cumulative[hours] as number;

  const out = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += random.exponential();
    out[i] = sum;
  }
  const scale = total / (sum + random.exponential());
  let h = 0;
  for (let i = 0; i < n; i++) {
    const target = (out[i] as number) * scale;
    while (h < hours - 1 && (cumulative[h + 1] as number) <= target) h++;
    const lo = cumulative[h] as number;
    const within = (target - lo) / ((cumulative[h + 1] as number) - lo);
    const t = start + (h + (within < 1 ? within : 0.9999)) * HOUR_MS;
    out[i] = Math.floor(t / 1000) * 1000;
  }
  return out;
}
