import fc from 'fast-check';
import { businessCalendar, type BusinessCalendar, weekdayHours } from '@servicescore/core';
import { describe, expect, it } from 'vitest';
import { anyValue, deepFreeze, fuzz, nastyNumber, tolerant } from './fuzz-kit';

const HOUR = 3_600_000;
const time = fc.constantFrom(
  '00:00',
  '08:00',
  '12:00',
  '13:00',
  '17:00',
  '23:59',
  '24:00',
  '25:00',
  '8:00',
  '',
);
const ranges = fc.array(fc.tuple(time, time), { maxLength: 3 });
const spec = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record(
      {
        timeZone: fc.constantFrom(
          'Asia/Shanghai',
          'America/New_York',
          'Australia/Lord_Howe',
          'UTC',
          'Mars/Base',
        ),
        hours: fc.oneof(
          fc.constant(weekdayHours()),
          fc.dictionary(fc.constantFrom('1', '3', '6', '7', '8'), ranges, { maxKeys: 3 }),
        ),
        holidays: fc.array(fc.constantFrom('2026-10-01', '2026-02-30', '2026-03-02'), {
          maxLength: 2,
        }),
        workdays: fc.dictionary(fc.constantFrom('2026-03-01', '2026-10-01', 'x'), ranges, {
          maxKeys: 2,
        }),
      },
      { requiredKeys: ['timeZone', 'hours'] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);
/**
 * Instants in 2026–2027 mostly, with the odd one a decade away (2016, 2036) or non-finite. Each case
 * builds a fresh calendar, so every day walked is built anew (~10 µs): see the limitation below.
 */
const instant = fc.oneof(
  { weight: 16, arbitrary: fc.integer({ min: 1_767_225_600_000, max: 1_830_000_000_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(1.45e12, 2.1e12, Number.NaN, Number.POSITIVE_INFINITY, -0),
  },
);
// KNOWN LIMITATION (reported, not fixed): `elapsed` and `addWorkingTime` walk day by day (~10 µs
// per new day), so spans of millions of days (an amount of 1e14 ms, an instant in year −271 000)
// take minutes and fill the far-day cache. Amounts are kept to 200 h or past the last instant
// (rejected at once since the fix), and instants to a decade or two.
const amount = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 200 * HOUR }) },
  { weight: 1, arbitrary: nastyNumber.filter((n) => !(n > 1e12 && n <= 8.64e15 + 2e12)) },
);

describe('fuzz: business calendar', () => {
  it('businessCalendar builds, or rejects a bad spec with a RangeError naming the field (a TypeError for an unknown field)', () => {
    fuzz('businessCalendar', [spec], (s) => {
      const unknownField = /^businessCalendar: unknown field `/;
      const namesField =
        /^businessCalendar: (the spec must be an object|(timeZone|hours|holidays|workdays|instantDomain)\b)/;
      try {
        businessCalendar(deepFreeze(s) as never);
      } catch (error) {
        if (error instanceof TypeError) expect(error.message).toMatch(unknownField);
        else {
          expect(error).toBeInstanceOf(RangeError);
          expect((error as Error).message).toMatch(namesField);
        }
      }
    });
  });

  it('elapsed is finite, antisymmetric and never more than the calendar time; addWorkingTime inverts it', () => {
    fuzz(
      'businessCalendar().elapsed/addWorkingTime',
      [spec, instant, instant, amount],
      (s, from, to, ms) => {
        const cal: BusinessCalendar | undefined = tolerant(() =>
          businessCalendar(deepFreeze(s) as never),
        );
        if (cal === undefined) return;
        const e = cal.elapsed(from, to);
        if (!Number.isFinite(from) || !Number.isFinite(to)) {
          expect(e).toBeNaN();
        } else {
          expect(Number.isFinite(e)).toBe(true);
          expect(Math.abs(e)).toBeLessThanOrEqual(Math.abs(to - from));
          // Antisymmetric (=== so that 0 and −0 agree).
          expect(cal.elapsed(to, from) === -e).toBe(true);
        }
        const due = tolerant(() => cal.addWorkingTime(from, ms));
        if (due === undefined) return;
        if (!Number.isFinite(from)) {
          expect(due).toBeNaN();
          return;
        }
        expect(Number.isFinite(due)).toBe(true);
        expect(due).toBeGreaterThanOrEqual(from);
        // Instants are whole-ish ms: a fractional amount (5e-324) is lost in from + ms.
        expect(Math.abs(cal.elapsed(from, due) - ms)).toBeLessThan(1);
      },
    );
  });
});
