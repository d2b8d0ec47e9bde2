import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertTimeZone, createZone } from '@servicescore/core';
import { civilFromDays, daysFromCivil } from '@servicescore/core/advanced';

const H = 3_600_000;
const M = 60_000;

/** Reference offset straight from a fresh Intl formatter (no cache). */
function intlOffset(timeZone: string, ms: number): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  const whole = Math.floor(ms / 1000) * 1000;
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - whole;
}

describe('assertTimeZone', () => {
  it('returns the canonical spelling of a zone name', () => {
    expect(assertTimeZone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(assertTimeZone('US/Eastern')).toBe('America/New_York');
    expect(assertTimeZone('Etc/UTC')).toBe('UTC');
  });

  it('rejects an unknown zone with a message that suggests an IANA name', () => {
    expect(() => assertTimeZone('Mars/Base')).toThrow(
      new RangeError('Unknown time zone "Mars/Base": use an IANA name such as "Asia/Shanghai"'),
    );
    expect(() => createZone('')).toThrow(RangeError);
  });
});

describe('daysFromCivil and civilFromDays', () => {
  it('numbers days from 1970-01-01', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    // Date.UTC(2026, 2, 5) / 86_400_000 = 20517
    expect(daysFromCivil(2026, 3, 5)).toBe(20517);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(civilFromDays(20517)).toEqual({ year: 2026, month: 3, day: 5 });
  });

  it('rolls month 13 and day 0 over', () => {
    expect(daysFromCivil(2026, 13, 1)).toBe(daysFromCivil(2027, 1, 1));
    expect(daysFromCivil(2026, 3, 0)).toBe(daysFromCivil(2026, 2, 28));
    expect(daysFromCivil(2026, 0, 1)).toBe(daysFromCivil(2025, 12, 1));
  });

  it('agrees with Date.UTC for any day from 800 BC to AD 7400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 2_000_000 }), (days) => {
        const d = new Date(days * 86_400_000);
        const civil = civilFromDays(days);
        expect(civil).toEqual({
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
        });
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
      }),
    );
  });
});

describe('offsetAt', () => {
  it('gives the offset at the last representable instant, not "Invalid time value" (found by fuzzing)', () => {
    // 8.64e15 is the last Date instant; its UTC day ends past it, and that end was asked of Intl.
    // 8.64e15 is 13 September 275760: Intl carries New York's DST rule on, so EDT, −4 h.
    expect(createZone('America/New_York').offsetAt(8.64e15)).toBe(-4 * H);
    expect(createZone('Asia/Shanghai').offsetAt(8.64e15)).toBe(8 * H);
  });

  it('gives UTC+8 all year in Shanghai and 0 in UTC', () => {
    expect(createZone('Asia/Shanghai').offsetAt(Date.UTC(2026, 0, 15))).toBe(8 * H);
    expect(createZone('Asia/Shanghai').offsetAt(Date.UTC(2026, 6, 15))).toBe(8 * H);
    expect(createZone('UTC').offsetAt(Date.UTC(2026, 6, 15))).toBe(0);
  });

  it('follows POSIX signs in Etc/GMT zones (Etc/GMT-8 is UTC+8)', () => {
    expect(createZone('Etc/GMT-8').offsetAt(0)).toBe(8 * H);
    expect(createZone('Etc/GMT+5').offsetAt(0)).toBe(-5 * H);
  });

  it('switches New York to EDT at 2026-03-08T07:00Z and back to EST at 2026-11-01T06:00Z', () => {
    const ny = createZone('America/New_York');
    // 02:00 EST = 07:00Z; 02:00 EDT = 06:00Z
    expect(ny.offsetAt(Date.UTC(2026, 2, 8, 7) - 1)).toBe(-5 * H);
    expect(ny.offsetAt(Date.UTC(2026, 2, 8, 7))).toBe(-4 * H);
    expect(ny.offsetAt(Date.UTC(2026, 10, 1, 6) - 1)).toBe(-4 * H);
    expect(ny.offsetAt(Date.UTC(2026, 10, 1, 6))).toBe(-5 * H);
  });

  it('handles Lord Howe half-hour DST (2026-04-05 and 2026-10-04)', () => {
    const lh = createZone('Australia/Lord_Howe');
    // 02:00 LHDT (+11) on 04-05 = 15:00Z on 04-04 → clocks go back to 01:30 (+10:30)
    expect(lh.offsetAt(Date.UTC(2026, 3, 4, 15) - 1)).toBe(11 * H);
    expect(lh.offsetAt(Date.UTC(2026, 3, 4, 15))).toBe(10.5 * H);
    // 02:00 LHST (+10:30) on 10-04 = 15:30Z on 10-03 → clocks jump to 02:30 (+11)
    expect(lh.offsetAt(Date.UTC(2026, 9, 3, 15, 30) - 1)).toBe(10.5 * H);
    expect(lh.offsetAt(Date.UTC(2026, 9, 3, 15, 30))).toBe(11 * H);
  });

  it('keeps exact offsets for instants more than a millennium apart', () => {
    const ny = createZone('America/New_York');
    expect(ny.offsetAt(Date.UTC(2026, 0, 15))).toBe(-5 * H);
    // Far outside the cached day window: a separate map
    expect(ny.offsetAt(Date.UTC(3500, 6, 1))).toBe(
      intlOffset('America/New_York', Date.UTC(3500, 6, 1)),
    );
    // Local mean time before 1883: −4:56:02
    expect(ny.offsetAt(Date.UTC(800, 0, 1))).toBe(-(4 * H + 56 * M + 2000));
  });

  it('gives NaN for a non-finite instant', () => {
    expect(createZone('America/New_York').offsetAt(Number.NaN)).toBeNaN();
    expect(createZone('UTC').offsetAt(Number.POSITIVE_INFINITY)).toBeNaN();
  });

  it('matches Intl for any instant from 1990 to 2040 in zones with DST', () => {
    const zones = ['America/New_York', 'Australia/Lord_Howe', 'Europe/London', 'America/Santiago'];
    const cached = zones.map((z) => createZone(z));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: zones.length - 1 }),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (i, ms) => {
          expect(cached[i]!.offsetAt(ms)).toBe(intlOffset(zones[i]!, ms));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('localParts', () => {
  it('reads 2026-12-31T16:30Z as Friday 2027-01-01 00:30 in Shanghai', () => {
    expect(createZone('Asia/Shanghai').localParts(Date.UTC(2026, 11, 31, 16, 30, 15, 250))).toEqual(
      {
        year: 2027,
        month: 1,
        day: 1,
        hour: 0,
        minute: 30,
        second: 15,
        millisecond: 250,
        weekday: 5,
      },
    );
  });

  it('reads the repeated 01:30 in New York on 2026-11-01 once in EDT, once in EST', () => {
    const ny = createZone('America/New_York');
    // 05:30Z − 4 h = 01:30 EDT; 06:30Z − 5 h = 01:30 EST; Sunday = 7
    expect(ny.localParts(Date.UTC(2026, 10, 1, 5, 30))).toMatchObject({
      day: 1,
      hour: 1,
      minute: 30,
      weekday: 7,
    });
    expect(ny.localParts(Date.UTC(2026, 10, 1, 6, 30))).toMatchObject({
      day: 1,
      hour: 1,
      minute: 30,
      weekday: 7,
    });
  });
});

describe('fromLocal', () => {
  it('turns a Shanghai wall time into the instant 8 hours earlier in UTC', () => {
    expect(createZone('Asia/Shanghai').fromLocal(2027, 1, 1, 0, 30)).toBe(
      Date.UTC(2026, 11, 31, 16, 30),
    );
    expect(createZone('UTC').fromLocal(2026, 3, 5, 9, 30, 15, 5)).toBe(
      Date.UTC(2026, 2, 5, 9, 30, 15, 5),
    );
  });

  it('shifts a wall time inside the spring-forward gap forward by the gap, or rejects it', () => {
    const ny = createZone('America/New_York');
    // 02:30 does not exist on 2026-03-08; read with EST (−5 h): 07:30Z = 03:30 EDT
    expect(ny.fromLocal(2026, 3, 8, 2, 30)).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(ny.fromLocal(2026, 3, 8, 2, 30, 0, 0, 'later')).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(ny.fromLocal(2026, 3, 8, 2, 30, 0, 0, 'reject')).toBeNaN();
  });

  it('picks the first or second occurrence of a repeated wall time, or rejects it', () => {
    const ny = createZone('America/New_York');
    // 01:30 EDT = 05:30Z; 01:30 EST = 06:30Z
    expect(ny.fromLocal(2026, 11, 1, 1, 30)).toBe(Date.UTC(2026, 10, 1, 5, 30));
    expect(ny.fromLocal(2026, 11, 1, 1, 30, 0, 0, 'earlier')).toBe(Date.UTC(2026, 10, 1, 5, 30));
    expect(ny.fromLocal(2026, 11, 1, 1, 30, 0, 0, 'later')).toBe(Date.UTC(2026, 10, 1, 6, 30));
    expect(ny.fromLocal(2026, 11, 1, 1, 30, 0, 0, 'reject')).toBeNaN();
  });

  it('handles Lord Howe half-hour overlap and gap', () => {
    const lh = createZone('Australia/Lord_Howe');
    // 2026-04-05 01:45 occurs at +11 (14:45Z) and at +10:30 (15:15Z) on 04-04
    expect(lh.fromLocal(2026, 4, 5, 1, 45)).toBe(Date.UTC(2026, 3, 4, 14, 45));
    expect(lh.fromLocal(2026, 4, 5, 1, 45, 0, 0, 'later')).toBe(Date.UTC(2026, 3, 4, 15, 15));
    // 2026-10-04 02:15 is skipped; read at +10:30: 02:15 − 10:30 = 15:45Z on 10-03 (= 02:45 LHDT)
    expect(lh.fromLocal(2026, 10, 4, 2, 15)).toBe(Date.UTC(2026, 9, 3, 15, 45));
    expect(lh.fromLocal(2026, 10, 4, 2, 15, 0, 0, 'reject')).toBeNaN();
  });

  it('round-trips localParts for any instant', () => {
    const zones = ['America/New_York', 'Australia/Lord_Howe', 'Asia/Shanghai'].map((z) =>
      createZone(z),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (i, ms) => {
          const zone = zones[i]!;
          const p = zone.localParts(ms);
          const earlier = zone.fromLocal(
            p.year,
            p.month,
            p.day,
            p.hour,
            p.minute,
            p.second,
            p.millisecond,
            'earlier',
          );
          const later = zone.fromLocal(
            p.year,
            p.month,
            p.day,
            p.hour,
            p.minute,
            p.second,
            p.millisecond,
            'later',
          );
          expect([earlier, later]).toContain(ms);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('wallClockReaches', () => {
  it('gives the transition instant for a wall time skipped by a gap', () => {
    const ny = createZone('America/New_York');
    // 02:30 on 2026-03-08 is never shown; the clock jumps past it at 07:00Z
    expect(ny.wallClockReaches(daysFromCivil(2026, 3, 8) * 24 * H + 2 * H + 30 * M)).toBe(
      Date.UTC(2026, 2, 8, 7),
    );
  });

  it('gives the first occurrence of a repeated wall time', () => {
    const ny = createZone('America/New_York');
    expect(ny.wallClockReaches(daysFromCivil(2026, 11, 1) * 24 * H + 1 * H + 30 * M)).toBe(
      Date.UTC(2026, 10, 1, 5, 30),
    );
  });
});
