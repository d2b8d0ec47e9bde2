// Issue 12: business-calendar arithmetic is O(weeks), not O(days), and refuses non-number arguments.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { businessCalendar, weekdayHours } from '@servicescore/core';
import { FixedZone, IntlZone } from '../../../packages/core/src/time/zone-impl';

const H = 3_600_000;
const DAY = 86_400_000;

// The core project shares one module graph per worker (isolate: false): a spy on a prototype
// must not outlive its test, even a failing one.
afterEach(() => {
  vi.restoreAllMocks();
});

describe('calendar spans skip whole weeks', () => {
  it('counts 52 whole weeks of Mon–Fri 08:00–17:00 as 52 × 45 h', () => {
    const utc = businessCalendar({ timeZone: 'UTC', hours: weekdayHours() });
    // 2024-01-01 is a Monday; + 364 days = Monday 2024-12-30. Each week: 5 days × 9 h = 45 h.
    // 52 × 45 h = 2,340 h.
    expect(utc.elapsed(Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 30))).toBe(2340 * H);
  });

  it('subtracts holidays and adds make-up days inside skipped spans', () => {
    const cal = businessCalendar({
      timeZone: 'UTC',
      hours: weekdayHours(),
      holidays: ['2024-05-01', '2024-05-02'], // Wednesday, Thursday: −2 × 9 h
      workdays: { '2024-05-11': [['09:00', '12:00']] }, // Saturday: +3 h
    });
    // Same 52 weeks as above: 2,340 h − 18 h + 3 h = 2,325 h.
    expect(cal.elapsed(Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 30))).toBe(2325 * H);
  });

  it('agrees with a day-by-day sum across DST changes over ten years (New York)', () => {
    const ny = businessCalendar({
      timeZone: 'America/New_York',
      hours: { ...weekdayHours('01:00', '03:00'), 6: [['00:00', '24:00']] },
      holidays: ['2026-11-26', '2030-07-04'],
    });
    const from = Date.UTC(2025, 0, 1, 17, 30);
    const to = Date.UTC(2035, 0, 1, 3, 15);
    // Reference: one-day slices, each short enough never to take the week path.
    let byDay = 0;
    for (let t = from; t < to; t += DAY) byDay += ny.elapsed(t, Math.min(t + DAY, to));
    expect(ny.elapsed(from, to)).toBe(byDay);
    // addWorkingTime inverts elapsed over the same decade.
    expect(ny.elapsed(from, ny.addWorkingTime(from, byDay))).toBe(byDay);
  });

  it('refuses a 9999-12-31 sentinel instead of walking 8,000 years (issue 12: 197 s)', () => {
    const utc = businessCalendar({ timeZone: 'UTC', hours: weekdayHours() });
    const from = Date.UTC(2026, 2, 2, 9);
    const sentinel = Date.UTC(9999, 11, 31, 23, 59, 59);
    expect(() => utc.elapsed(from, sentinel)).toThrow(
      `elapsed: argument \`to\` ${sentinel} is outside the instant domain, years 1900–2199 (UTC)`,
    );
    expect(() => utc.elapsed(sentinel, from)).toThrow(RangeError);
    expect(() => utc.addWorkingTime(8.64e15, 1)).toThrow(/argument `from`/);
    expect(() => utc.addWorkingTime(from, 8.64e15)).toThrow(/ends after the instant domain/);
  });

  it('walks the whole domain (1900–2199) in years and weeks, not days (counted work, no timing)', () => {
    const utc = businessCalendar({ timeZone: 'UTC', hours: weekdayHours() });
    const spy = vi.spyOn(FixedZone.prototype, 'wallClockReaches');
    const first = Date.UTC(1900, 0, 1);
    const last = Date.UTC(2200, 0, 1) - 1;
    const worked = utc.elapsed(first, last);
    // A day-by-day walk builds ~110,000 days (2 wallClockReaches each); the week walk builds only
    // the days at the ends of each local year (≤ 6 per year, 300 years).
    expect(spy.mock.calls.length).toBeLessThan(300 * 6 * 2);
    const built = spy.mock.calls.length;
    // 2026-03-02 is a Monday; from 09:00 that day: 8 h, then Tue–Fri 4 × 9 h = 44 h that week.
    const from = Date.UTC(2026, 2, 2, 9);
    expect(utc.addWorkingTime(from, 44 * H)).toBe(Date.UTC(2026, 2, 6, 17));
    expect(utc.addWorkingTime(first, worked)).toBeLessThanOrEqual(last);
    // A second pass over the same span reuses the cached year totals: almost no new days.
    utc.elapsed(first + 1, last - 1);
    expect(spy.mock.calls.length - built).toBeLessThan(100);
    spy.mockRestore();
  });

  it('walks a century with DST in far fewer Intl-backed day builds than days', () => {
    const ny = businessCalendar({ timeZone: 'America/New_York', hours: weekdayHours() });
    const spy = vi.spyOn(IntlZone.prototype, 'wallClockReaches');
    ny.elapsed(Date.UTC(2000, 0, 3), Date.UTC(2100, 0, 4));
    // ~36,500 days; only the two DST weeks of each year (≈ 200 weeks ≈ 1,400 days, 2 calls each) are built.
    expect(spy.mock.calls.length).toBeLessThan(4_000);
    spy.mockRestore();
  });
});

describe('whole years are counted once and reused', () => {
  it('agrees with week-by-week sums across year boundaries, both directions', () => {
    const ny = businessCalendar({
      timeZone: 'America/New_York',
      hours: weekdayHours('09:00', '17:00'),
      holidays: ['2027-01-01', '2030-12-25'],
      workdays: { '2028-07-01': [['10:00', '12:00']] },
    });
    const from = Date.UTC(2026, 5, 15, 14);
    const to = Date.UTC(2031, 2, 3, 20);
    // Reference: 30-day slices never hold a whole local year, so they take the week path only.
    let slices = 0;
    for (let t = from; t < to; t += 30 * DAY) slices += ny.elapsed(t, Math.min(t + 30 * DAY, to));
    expect(ny.elapsed(from, to)).toBe(slices);
    expect(ny.elapsed(to, from)).toBe(-slices);
    // addWorkingTime crosses the same years and lands where elapsed says.
    const due = ny.addWorkingTime(from, slices);
    expect(ny.elapsed(from, due)).toBe(slices);
    expect(due).toBeLessThanOrEqual(to);
  });
});

describe('calendar arguments are type-checked', () => {
  const utc = businessCalendar({ timeZone: 'UTC', hours: weekdayHours() });
  const t = Date.UTC(2026, 2, 2, 9);
  it('addWorkingTime(ms, "3600000") is a TypeError naming `ms`, not string concatenation', () => {
    expect(() => utc.addWorkingTime(t, '3600000' as unknown as number)).toThrow(
      /addWorkingTime: argument `ms` must be a number/,
    );
  });
  it('elapsed with an ISO string is a TypeError naming `from`, not NaN', () => {
    expect(() => utc.elapsed('2026-03-03T14:00:00Z' as unknown as number, t)).toThrow(TypeError);
    expect(() => utc.elapsed('2026-03-03T14:00:00Z' as unknown as number, t)).toThrow(/`from`/);
  });
  it('isWorkingTime and workingIntervals check their arguments too', () => {
    expect(() => utc.isWorkingTime(null as unknown as number)).toThrow(
      /isWorkingTime: argument `ms`/,
    );
    expect(() => utc.workingIntervals!(t, undefined as unknown as number)).toThrow(/`to`/);
  });
});
