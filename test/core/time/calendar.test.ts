import { describe, expect, it } from 'vitest';
import {
  type BusinessCalendarSpec,
  businessCalendar,
  createZone,
  weekdayHours,
} from '@servicescore/core';

const H = 3_600_000;
const M = 60_000;

const utc = businessCalendar({ timeZone: 'UTC', hours: weekdayHours() });

describe('elapsed: the KPIS.md example', () => {
  it('counts 1 h 30 business and 60 h 30 calendar from Friday 21:00 to Monday 09:30', () => {
    const friday = Date.UTC(2026, 2, 6, 21); // Friday 2026-03-06 21:00
    const monday = Date.UTC(2026, 2, 9, 9, 30); // Monday 2026-03-09 09:30
    // Friday after 17:00 and the weekend count nothing; Monday 08:00–09:30 = 1 h 30
    expect(utc.elapsed(friday, monday)).toBe(1 * H + 30 * M);
    // 3 h to midnight + 48 h weekend + 9 h 30 = 60 h 30
    expect(monday - friday).toBe(60 * H + 30 * M);
  });

  it('reads the same example in local wall time in Shanghai', () => {
    const sh = createZone('Asia/Shanghai');
    const calendar = businessCalendar({ timeZone: 'Asia/Shanghai', hours: weekdayHours() });
    expect(calendar.elapsed(sh.fromLocal(2026, 3, 6, 21), sh.fromLocal(2026, 3, 9, 9, 30))).toBe(
      90 * M,
    );
  });

  it('still counts 1 h 30 in New York across the spring-forward weekend (59 h 30 of calendar time)', () => {
    const ny = createZone('America/New_York');
    const calendar = businessCalendar({ timeZone: 'America/New_York', hours: weekdayHours() });
    const friday = ny.fromLocal(2026, 3, 6, 21);
    const monday = ny.fromLocal(2026, 3, 9, 9, 30);
    expect(calendar.elapsed(friday, monday)).toBe(90 * M);
    // Sunday 2026-03-08 has 23 hours
    expect(monday - friday).toBe(59 * H + 30 * M);
  });
});

describe('elapsed', () => {
  it('skips the lunch break of a split shift', () => {
    const calendar = businessCalendar({
      timeZone: 'UTC',
      hours: {
        1: [
          ['08:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
    });
    // Monday 2026-03-09 11:00 → 14:00: 11–12 (1 h) + 13–14 (1 h)
    expect(calendar.elapsed(Date.UTC(2026, 2, 9, 11), Date.UTC(2026, 2, 9, 14))).toBe(2 * H);
  });

  it('counts whole working days in a long span', () => {
    // Monday 2026-03-02 00:00 → Monday 2026-03-30 00:00: 4 weeks × 5 days × 9 h = 180 h
    expect(utc.elapsed(Date.UTC(2026, 2, 2), Date.UTC(2026, 2, 30))).toBe(180 * H);
  });

  it('is zero for equal instants and negative when to is before from', () => {
    const t = Date.UTC(2026, 2, 9, 10);
    expect(utc.elapsed(t, t)).toBe(0);
    expect(utc.elapsed(t + H, t)).toBe(-H);
    expect(Object.is(utc.elapsed(Date.UTC(2026, 2, 8, 12), Date.UTC(2026, 2, 8, 10)), 0)).toBe(
      true,
    );
  });

  it('gives NaN for a non-finite instant', () => {
    expect(utc.elapsed(Number.NaN, 0)).toBeNaN();
    expect(utc.elapsed(0, Number.POSITIVE_INFINITY)).toBeNaN();
  });

  it('reads a range ending at 24:00 as ending at midnight', () => {
    const calendar = businessCalendar({ timeZone: 'UTC', hours: { 6: [['20:00', '24:00']] } });
    // Saturday 2026-03-07 00:00 → Monday: 20:00–24:00 = 4 h
    expect(calendar.elapsed(Date.UTC(2026, 2, 7), Date.UTC(2026, 2, 9))).toBe(4 * H);
    expect(calendar.isWorkingTime(Date.UTC(2026, 2, 7, 23, 59))).toBe(true);
    expect(calendar.isWorkingTime(Date.UTC(2026, 2, 8))).toBe(false);
  });
});

describe('elapsed across DST', () => {
  const ny = createZone('America/New_York');
  const nySundays = businessCalendar({
    timeZone: 'America/New_York',
    hours: { 7: [['01:00', '03:00']] },
  });
  const lh = createZone('Australia/Lord_Howe');
  const lhSundays = businessCalendar({
    timeZone: 'Australia/Lord_Howe',
    hours: { 7: [['01:00', '03:00']] },
  });
  const wholeDay = (zone: typeof ny, y: number, m: number, d: number) =>
    [zone.fromLocal(y, m, d), zone.fromLocal(y, m, d + 1)] as const;

  it('gives 01:00–03:00 two hours on an ordinary Sunday in New York', () => {
    expect(nySundays.elapsed(...wholeDay(ny, 2026, 3, 15))).toBe(2 * H);
  });

  it('gives 01:00–03:00 one hour on the spring-forward Sunday 2026-03-08 (02:00 → 03:00)', () => {
    // 01:00 EST = 06:00Z; 03:00 EDT = 07:00Z
    expect(nySundays.elapsed(...wholeDay(ny, 2026, 3, 8))).toBe(1 * H);
  });

  it('gives 01:00–03:00 three hours on the fall-back Sunday 2026-11-01 (02:00 → 01:00)', () => {
    // 01:00 EDT = 05:00Z; 03:00 EST = 08:00Z
    expect(nySundays.elapsed(...wholeDay(ny, 2026, 11, 1))).toBe(3 * H);
  });

  it('gives 01:00–03:00 two and a half hours on Lord Howe fall-back Sunday 2026-04-05 (02:00 → 01:30)', () => {
    // 01:00 LHDT (+11) = 14:00Z; 03:00 LHST (+10:30) = 16:30Z on 04-04
    expect(lhSundays.elapsed(...wholeDay(lh, 2026, 4, 5))).toBe(2.5 * H);
  });

  it('gives 01:00–03:00 one and a half hours on Lord Howe spring-forward Sunday 2026-10-04 (02:00 → 02:30)', () => {
    // 01:00 LHST (+10:30) = 14:30Z; 03:00 LHDT (+11) = 16:00Z on 10-03
    expect(lhSundays.elapsed(...wholeDay(lh, 2026, 10, 4))).toBe(1.5 * H);
  });

  it('starts a range that begins inside the gap when the clock jumps', () => {
    const calendar = businessCalendar({
      timeZone: 'America/New_York',
      hours: { 7: [['02:30', '04:00']] },
    });
    // The clock passes 02:30 at the jump (07:00Z = 03:00 EDT); work until 04:00 EDT = 1 h
    expect(calendar.elapsed(...wholeDay(ny, 2026, 3, 8))).toBe(1 * H);
    expect(calendar.isWorkingTime(Date.UTC(2026, 2, 8, 7))).toBe(true);
  });

  it('gives a range entirely inside the gap no working time', () => {
    const calendar = businessCalendar({
      timeZone: 'America/New_York',
      hours: { 7: [['02:00', '02:30']] },
    });
    expect(calendar.elapsed(...wholeDay(ny, 2026, 3, 8))).toBe(0);
    expect(calendar.elapsed(...wholeDay(ny, 2026, 3, 15))).toBe(30 * M);
  });
});

describe('holidays and make-up working days', () => {
  // Illustrative National-Day-style schedule (patterned on 调休; not an official calendar):
  // closed Thu 10-01 … Wed 10-07, working Sunday 09-27 and Saturday 10-10.
  const sh = createZone('Asia/Shanghai');
  const calendar = businessCalendar({
    timeZone: 'Asia/Shanghai',
    hours: weekdayHours('09:00', '18:00'),
    holidays: [
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    workdays: { '2026-09-27': [['09:00', '18:00']], '2026-10-10': [['09:00', '12:00']] },
  });

  it('counts nothing during the holiday week', () => {
    // Wed 09-30 17:00 → Thu 10-08 10:00: 17–18 on 09-30 + 09–10 on 10-08 = 2 h
    expect(calendar.elapsed(sh.fromLocal(2026, 9, 30, 17), sh.fromLocal(2026, 10, 8, 10))).toBe(
      2 * H,
    );
    expect(calendar.isWorkingTime(sh.fromLocal(2026, 10, 5, 10))).toBe(false);
  });

  it('counts a make-up Sunday and Saturday with their own hours', () => {
    expect(calendar.isWorkingTime(sh.fromLocal(2026, 9, 27, 10))).toBe(true);
    expect(calendar.elapsed(sh.fromLocal(2026, 9, 27), sh.fromLocal(2026, 9, 28))).toBe(9 * H);
    expect(calendar.elapsed(sh.fromLocal(2026, 10, 10), sh.fromLocal(2026, 10, 11))).toBe(3 * H);
    // An ordinary Sunday stays closed
    expect(calendar.elapsed(sh.fromLocal(2026, 10, 11), sh.fromLocal(2026, 10, 12))).toBe(0);
  });

  it('moves a due instant past the holidays', () => {
    // 1 h left on 09-30, the second hour on 10-08 09:00–10:00
    expect(calendar.addWorkingTime(sh.fromLocal(2026, 9, 30, 17), 2 * H)).toBe(
      sh.fromLocal(2026, 10, 8, 10),
    );
  });
});

describe('addWorkingTime', () => {
  it('adds inside the same working day', () => {
    expect(utc.addWorkingTime(Date.UTC(2026, 2, 9, 9), 2 * H)).toBe(Date.UTC(2026, 2, 9, 11));
  });

  it('is due at the end of the range when the amount runs out exactly there', () => {
    // Friday 16:00 + 1 h = Friday 17:00, not Monday 08:00
    expect(utc.addWorkingTime(Date.UTC(2026, 2, 6, 16), H)).toBe(Date.UTC(2026, 2, 6, 17));
    expect(utc.addWorkingTime(Date.UTC(2026, 2, 6, 16), H + 1)).toBe(
      Date.UTC(2026, 2, 9, 8, 0, 0, 1),
    );
  });

  it('gives the next working instant for zero (Zendesk rule)', () => {
    expect(utc.addWorkingTime(Date.UTC(2026, 2, 6, 21), 0)).toBe(Date.UTC(2026, 2, 9, 8));
    expect(utc.addWorkingTime(Date.UTC(2026, 2, 6, 17), 0)).toBe(Date.UTC(2026, 2, 9, 8));
    expect(utc.addWorkingTime(Date.UTC(2026, 2, 9, 10), 0)).toBe(Date.UTC(2026, 2, 9, 10));
  });

  it('walks whole days for a long amount', () => {
    // Friday 21:00 + 24 working hours: Mon 9 h + Tue 9 h + Wed 6 h → Wednesday 14:00
    expect(utc.addWorkingTime(Date.UTC(2026, 2, 6, 21), 24 * H)).toBe(Date.UTC(2026, 2, 11, 14));
  });

  it('rejects a negative or non-finite amount and passes NaN through for a non-finite start', () => {
    expect(() => utc.addWorkingTime(0, -1)).toThrow(/addWorkingTime: the amount -1/);
    expect(() => utc.addWorkingTime(0, Number.NaN)).toThrow(RangeError);
    expect(utc.addWorkingTime(Number.NaN, H)).toBeNaN();
  });

  it('rejects at once an amount that would end after the last Date instant (found by fuzzing)', () => {
    // 1e300 ms of working time needs at least 1e300 ms of calendar time, far past 8.64e15; before
    // the fix the day-by-day walk never finished and filled memory.
    expect(() => utc.addWorkingTime(0, 1e300)).toThrow(/ends after the instant domain/);
    expect(() => utc.addWorkingTime(1e15, 8.64e15 - 1e15 + 1)).toThrow(RangeError);
  });
});

describe('isWorkingTime', () => {
  it('includes a range start and excludes its end', () => {
    expect(utc.isWorkingTime(Date.UTC(2026, 2, 9, 8))).toBe(true);
    expect(utc.isWorkingTime(Date.UTC(2026, 2, 9, 8) - 1)).toBe(false);
    expect(utc.isWorkingTime(Date.UTC(2026, 2, 9, 17))).toBe(false);
    expect(utc.isWorkingTime(Date.UTC(2026, 2, 8, 12))).toBe(false); // Sunday
    expect(utc.isWorkingTime(Number.NaN)).toBe(false);
  });
});

describe('spec validation', () => {
  const spec = (patch: Partial<BusinessCalendarSpec>): BusinessCalendarSpec => ({
    timeZone: 'UTC',
    hours: weekdayHours(),
    ...patch,
  });

  it('gives Monday to Friday 08:00–17:00 by default', () => {
    expect(weekdayHours()).toEqual({
      1: [['08:00', '17:00']],
      2: [['08:00', '17:00']],
      3: [['08:00', '17:00']],
      4: [['08:00', '17:00']],
      5: [['08:00', '17:00']],
    });
  });

  it('names a bad time zone', () => {
    expect(() => businessCalendar(spec({ timeZone: 'Mars/Base' }))).toThrow(
      'businessCalendar: timeZone: Unknown time zone "Mars/Base"',
    );
  });

  it('names a time that is not HH:mm', () => {
    expect(() => businessCalendar(spec({ hours: { 1: [['8:00', '17:00']] } }))).toThrow(
      'businessCalendar: hours[1][0][0] "8:00" is not a time',
    );
    expect(() => businessCalendar(spec({ hours: { 1: [['08:00', '24:30']] } }))).toThrow(
      /hours\[1\]\[0\]\[1\] "24:30"/,
    );
    expect(() => businessCalendar(spec({ hours: { 1: [['24:00', '24:00']] } }))).toThrow(
      /hours\[1\]\[0\]\[0\] "24:00"/,
    );
  });

  it('names a range that does not end after it starts', () => {
    expect(() => businessCalendar(spec({ hours: { 2: [['22:00', '06:00']] } }))).toThrow(
      /hours\[2\]\[0\] ends at "06:00", not after its start "22:00"/,
    );
  });

  it('names overlapping ranges and accepts touching ones', () => {
    expect(() =>
      businessCalendar(
        spec({
          hours: {
            3: [
              ['08:00', '12:00'],
              ['11:00', '13:00'],
            ],
          },
        }),
      ),
    ).toThrow(/hours\[3\]\[1\] \("11:00"–"13:00"\) overlaps hours\[3\]\[0\]/);
    const touching = businessCalendar(
      spec({
        hours: {
          3: [
            ['12:00', '17:00'],
            ['08:00', '12:00'],
          ],
        },
      }),
    );
    // Wednesday 2026-03-11: 08:00–17:00 = 9 h
    expect(touching.elapsed(Date.UTC(2026, 2, 11), Date.UTC(2026, 2, 12))).toBe(9 * H);
  });

  it('names a weekday key outside 1–7', () => {
    expect(() => businessCalendar(spec({ hours: { 0: [['08:00', '17:00']] } as never }))).toThrow(
      'businessCalendar: hours key "0" is not an ISO weekday',
    );
  });

  it('rejects hours with no working time on any weekday', () => {
    expect(() => businessCalendar(spec({ hours: {} }))).toThrow(
      /hours has no working time on any weekday/,
    );
    expect(() => businessCalendar(spec({ hours: { 1: [] } }))).toThrow(/hours has no working time/);
  });

  it('names a bad holiday or make-up date and a date listed as both', () => {
    expect(() => businessCalendar(spec({ holidays: ['2026-10-01', '2026-02-30'] }))).toThrow(
      'businessCalendar: holidays[1] "2026-02-30" is not a date: use "YYYY-MM-DD"',
    );
    expect(() =>
      businessCalendar(spec({ workdays: { '2026/09/27': [['09:00', '18:00']] } })),
    ).toThrow(/workdays\["2026\/09\/27"\] key/);
    expect(() =>
      businessCalendar(
        spec({ holidays: ['2026-10-01'], workdays: { '2026-10-01': [['09:00', '18:00']] } }),
      ),
    ).toThrow(/workdays\["2026-10-01"\] is also listed in holidays/);
    expect(() => businessCalendar(spec({ workdays: { '2026-09-27': [] } }))).toThrow(
      /workdays\["2026-09-27"\] has no ranges/,
    );
  });
});
