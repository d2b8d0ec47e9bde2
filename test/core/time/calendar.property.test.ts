import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessCalendar, createZone } from '@servicescore/core';

const H = 3_600_000;

// Split shifts, a Saturday morning, an early Sunday range that crosses the DST hours, holidays
// and a make-up day, in zones with hour and half-hour DST.
const spec = (timeZone: string) => ({
  timeZone,
  hours: {
    1: [
      ['08:00', '12:00'],
      ['13:00', '17:30'],
    ] as const,
    2: [['08:00', '17:00']] as const,
    3: [['08:00', '17:00']] as const,
    4: [['08:00', '17:00']] as const,
    5: [['08:00', '16:00']] as const,
    6: [['09:00', '12:00']] as const,
    7: [['01:00', '03:00']] as const,
  },
  holidays: ['2026-01-01', '2026-05-01', '2026-10-01', '2026-12-25'],
  workdays: { '2026-10-10': [['09:00', '18:00']] as const },
});
const calendars = ['America/New_York', 'Australia/Lord_Howe', 'Asia/Shanghai', 'UTC'].map((z) =>
  businessCalendar(spec(z)),
);

const instant = fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2027, 1, 1) });
const calendar = fc.constantFrom(...calendars);
const amount = fc.integer({ min: 0, max: 200 * H });

describe('business calendar properties', () => {
  it('adds up: elapsed(a, b) + elapsed(b, c) = elapsed(a, c)', () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, (cal, a, b, c) => {
        expect(cal.elapsed(a, b) + cal.elapsed(b, c)).toBe(cal.elapsed(a, c));
      }),
      { numRuns: 2000 },
    );
  });

  it('never exceeds calendar time: 0 ≤ elapsed(a, b) ≤ b − a', () => {
    fc.assert(
      fc.property(calendar, instant, instant, (cal, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const e = cal.elapsed(a, b);
        expect(e >= 0 && e <= b - a).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('inverts addWorkingTime: elapsed(a, addWorkingTime(a, x)) = x, at the earliest such instant', () => {
    fc.assert(
      fc.property(calendar, instant, amount, (cal, a, x) => {
        const due = cal.addWorkingTime(a, x);
        expect(due).toBeGreaterThanOrEqual(a);
        expect(cal.elapsed(a, due)).toBe(x);
        if (x > 0) expect(cal.elapsed(a, due - 1)).toBe(x - 1);
        else expect(due === a || cal.isWorkingTime(due)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts one millisecond exactly at the working instants', () => {
    fc.assert(
      fc.property(calendar, instant, (cal, t) => {
        expect(cal.elapsed(t, t + 1)).toBe(cal.isWorkingTime(t) ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the wall clock away from DST hours', () => {
    // Oracle: read the local time with a fresh zone and check the spec by hand.
    const timeZone = 'America/New_York';
    const cal = businessCalendar({ ...spec(timeZone), hours: { ...spec(timeZone).hours, 7: [] } });
    const zone = createZone(timeZone);
    const s = spec(timeZone);
    fc.assert(
      fc.property(instant, (t) => {
        const p = zone.localParts(t);
        const date = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
        const hm = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
        const ranges =
          (s.workdays as Record<string, readonly (readonly [string, string])[]>)[date] ??
          (s.holidays.includes(date) || p.weekday === 7
            ? []
            : s.hours[p.weekday as 1 | 2 | 3 | 4 | 5 | 6]);
        const expected = ranges.some(([a, b]) => a <= hm && hm < b);
        expect(cal.isWorkingTime(t)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
