import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PeriodGranularity, periodBounds, periodKey } from '@servicescore/core';
import { createPeriodIndexer } from '@servicescore/core/advanced';

const H = 3_600_000;
const granularities: PeriodGranularity[] = ['day', 'week', 'month', 'quarter', 'year'];
const zones = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe'];

const keysAt = (ms: number, timeZone: string) =>
  granularities.map((g) => periodKey(ms, g, timeZone));

describe('period keys', () => {
  it('puts 2026-12-31T16:30Z in 2027 in Shanghai (00:30 on 1 January) and 2026-W53', () => {
    // +8 h → 2027-01-01 00:30, a Friday; its ISO week (Mon 12-28 … Sun 01-03) has Thursday 2026-12-31
    expect(keysAt(Date.UTC(2026, 11, 31, 16, 30), 'Asia/Shanghai')).toEqual([
      '2027-01-01',
      '2026-W53',
      '2027-01',
      '2027-Q1',
      '2027',
    ]);
  });

  it('keeps the same instant in 2026 in UTC and New York', () => {
    const keys = ['2026-12-31', '2026-W53', '2026-12', '2026-Q4', '2026'];
    expect(keysAt(Date.UTC(2026, 11, 31, 16, 30), 'UTC')).toEqual(keys);
    // −5 h → 11:30 on 12-31
    expect(keysAt(Date.UTC(2026, 11, 31, 16, 30), 'America/New_York')).toEqual(keys);
  });

  it('keeps 2027-01-01T03:00Z in December in New York (22:00 EST on 12-31)', () => {
    expect(periodKey(Date.UTC(2027, 0, 1, 3), 'month', 'America/New_York')).toBe('2026-12');
    expect(periodKey(Date.UTC(2027, 0, 1, 3), 'month', 'UTC')).toBe('2027-01');
  });

  it('names ISO weeks by their week-year', () => {
    // Monday 2025-12-29 starts 2026-W01 (it holds Thursday 2026-01-01)
    expect(periodKey(Date.UTC(2025, 11, 29), 'week', 'UTC')).toBe('2026-W01');
    expect(periodKey(Date.UTC(2025, 11, 28, 23, 59), 'week', 'UTC')).toBe('2025-W52');
    // 2027-01-01 (Friday) is in 2026-W53; Monday 2027-01-04 starts 2027-W01
    expect(periodKey(Date.UTC(2027, 0, 1), 'week', 'UTC')).toBe('2026-W53');
    expect(periodKey(Date.UTC(2027, 0, 4), 'week', 'UTC')).toBe('2027-W01');
    // Thursday 2026-03-05: W01 starts 12-29, + 9 weeks = 03-02 starts W10
    expect(periodKey(Date.UTC(2026, 2, 5), 'week', 'UTC')).toBe('2026-W10');
  });

  it('changes day at local midnight on a DST day in New York', () => {
    // 2026-03-08 00:00 EST = 05:00Z; 2026-03-09 00:00 EDT = 04:00Z
    expect(periodKey(Date.UTC(2026, 2, 8, 5) - 1, 'day', 'America/New_York')).toBe('2026-03-07');
    expect(periodKey(Date.UTC(2026, 2, 8, 5), 'day', 'America/New_York')).toBe('2026-03-08');
    expect(periodKey(Date.UTC(2026, 2, 9, 4) - 1, 'day', 'America/New_York')).toBe('2026-03-08');
    expect(periodKey(Date.UTC(2026, 2, 9, 4), 'day', 'America/New_York')).toBe('2026-03-09');
  });

  it('zero-pads keys so that they sort chronologically as strings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...granularities),
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9000, 0, 1) }),
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9000, 0, 1) }),
        (g, z, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(periodKey(lo, g, z) <= periodKey(hi, g, z)).toBe(true);
        },
      ),
    );
  });

  it('rejects a non-finite instant and an unknown granularity', () => {
    expect(() => periodKey(Number.NaN, 'day', 'UTC')).toThrow(RangeError);
    expect(() => createPeriodIndexer('fortnight' as PeriodGranularity, 'UTC')).toThrow(
      /Unknown period granularity "fortnight"/,
    );
    expect(() => createPeriodIndexer('day', 'Mars/Base')).toThrow(/Unknown time zone "Mars\/Base"/);
  });
});

describe('ordinals', () => {
  it('numbers periods with consecutive integers', () => {
    const ms = Date.UTC(2026, 2, 5, 12);
    expect(createPeriodIndexer('day', 'UTC').ordinalOf(ms)).toBe(20517);
    // day 20517 + 3 = 20520 = 7 × 2931 → week 2931
    expect(createPeriodIndexer('week', 'UTC').ordinalOf(ms)).toBe(2931);
    expect(createPeriodIndexer('month', 'UTC').ordinalOf(ms)).toBe(2026 * 12 + 2);
    expect(createPeriodIndexer('quarter', 'UTC').ordinalOf(ms)).toBe(2026 * 4);
    expect(createPeriodIndexer('year', 'UTC').ordinalOf(ms)).toBe(2026);
  });

  it('keeps one indexer exact for instants more than a millennium apart', () => {
    const months = createPeriodIndexer('month', 'Asia/Shanghai');
    expect(months.keyOf(months.ordinalOf(Date.UTC(2026, 2, 5)))).toBe('2026-03');
    expect(months.keyOf(months.ordinalOf(Date.UTC(3526, 6, 31, 16)))).toBe('3526-08');
    expect(months.keyOf(months.ordinalOf(Date.UTC(1026, 0, 1)))).toBe('1026-01');
  });

  it('gives NaN for a non-finite instant and rejects a non-integer ordinal', () => {
    const days = createPeriodIndexer('day', 'America/New_York');
    expect(days.ordinalOf(Number.NaN)).toBeNaN();
    expect(() => days.keyOf(1.5)).toThrow(RangeError);
    expect(() => days.boundsOf(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips ordinal → key → ordinal and holds the instant within its bounds', () => {
    const indexers = granularities.flatMap((g) => zones.map((z) => createPeriodIndexer(g, z)));
    fc.assert(
      fc.property(
        fc.constantFrom(...indexers),
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }),
        (indexer, ms) => {
          const ordinal = indexer.ordinalOf(ms);
          const key = indexer.keyOf(ordinal);
          expect(indexer.ordinalOfKey(key)).toBe(ordinal);
          const { start, end } = indexer.boundsOf(ordinal);
          expect(start <= ms && ms < end).toBe(true);
          expect(indexer.boundsOf(ordinal + 1).start).toBe(end);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('ordinalOfKey', () => {
  it('places a day key in the period of every granularity that holds it', () => {
    expect(createPeriodIndexer('day', 'UTC').ordinalOfKey('2026-03-05')).toBe(20517);
    expect(createPeriodIndexer('week', 'UTC').ordinalOfKey('2026-03-05')).toBe(2931);
    expect(createPeriodIndexer('month', 'UTC').ordinalOfKey('2026-03-05')).toBe(2026 * 12 + 2);
    expect(createPeriodIndexer('quarter', 'UTC').ordinalOfKey('2026-03-05')).toBe(2026 * 4);
    expect(createPeriodIndexer('year', 'UTC').ordinalOfKey('2026-03-05')).toBe(2026);
  });

  it('places months in months, quarters and years; quarters in quarters and years', () => {
    expect(createPeriodIndexer('month', 'UTC').ordinalOfKey('2026-05')).toBe(2026 * 12 + 4);
    // May is in Q2 → 2026 × 4 + 1
    expect(createPeriodIndexer('quarter', 'UTC').ordinalOfKey('2026-05')).toBe(2026 * 4 + 1);
    expect(createPeriodIndexer('year', 'UTC').ordinalOfKey('2026-05')).toBe(2026);
    expect(createPeriodIndexer('quarter', 'UTC').ordinalOfKey('2026-Q3')).toBe(2026 * 4 + 2);
    expect(createPeriodIndexer('year', 'UTC').ordinalOfKey('2026-Q3')).toBe(2026);
    expect(createPeriodIndexer('year', 'UTC').ordinalOfKey('2026')).toBe(2026);
  });

  it('places an ISO week only in a weekly evaluation', () => {
    const weeks = createPeriodIndexer('week', 'UTC');
    expect(weeks.keyOf(weeks.ordinalOfKey('2026-W09')!)).toBe('2026-W09');
    expect(weeks.keyOf(weeks.ordinalOfKey('2026-W53')!)).toBe('2026-W53');
    expect(createPeriodIndexer('month', 'UTC').ordinalOfKey('2026-W09')).toBeUndefined();
    expect(createPeriodIndexer('year', 'UTC').ordinalOfKey('2026-W09')).toBeUndefined();
  });

  it('leaves coarser keys and malformed keys unattributed', () => {
    expect(createPeriodIndexer('day', 'UTC').ordinalOfKey('2026-03')).toBeUndefined();
    expect(createPeriodIndexer('week', 'UTC').ordinalOfKey('2026-03')).toBeUndefined();
    expect(createPeriodIndexer('month', 'UTC').ordinalOfKey('2026-Q1')).toBeUndefined();
    expect(createPeriodIndexer('quarter', 'UTC').ordinalOfKey('2026')).toBeUndefined();
    expect(createPeriodIndexer('month', 'UTC').ordinalOfKey('2026-02-30')).toBeUndefined();
    expect(createPeriodIndexer('week', 'UTC').ordinalOfKey('2025-W53')).toBeUndefined();
    expect(createPeriodIndexer('month', 'UTC').ordinalOfKey('March')).toBeUndefined();
  });
});

describe('periodBounds', () => {
  it('gives a Shanghai month from 16:00Z the day before', () => {
    expect(periodBounds('2026-03', 'Asia/Shanghai')).toEqual({
      start: Date.UTC(2026, 1, 28, 16),
      end: Date.UTC(2026, 2, 31, 16),
    });
    expect(periodBounds('2026-Q1', 'Asia/Shanghai')).toEqual({
      start: Date.UTC(2025, 11, 31, 16),
      end: Date.UTC(2026, 2, 31, 16),
    });
  });

  it('gives a UTC ISO week from Monday to Monday', () => {
    // 2026-W09: Monday 2025-12-29 + 8 × 7 days = 2026-02-23
    expect(periodBounds('2026-W09', 'UTC')).toEqual({
      start: Date.UTC(2026, 1, 23),
      end: Date.UTC(2026, 2, 2),
    });
    expect(periodBounds('2026', 'UTC')).toEqual({
      start: Date.UTC(2026, 0, 1),
      end: Date.UTC(2027, 0, 1),
    });
  });

  it('gives New York DST days 23 and 25 hours', () => {
    const spring = periodBounds('2026-03-08', 'America/New_York');
    expect(spring).toEqual({ start: Date.UTC(2026, 2, 8, 5), end: Date.UTC(2026, 2, 9, 4) });
    expect(spring.end - spring.start).toBe(23 * H);
    const autumn = periodBounds('2026-11-01', 'America/New_York');
    expect(autumn).toEqual({ start: Date.UTC(2026, 10, 1, 4), end: Date.UTC(2026, 10, 2, 5) });
    expect(autumn.end - autumn.start).toBe(25 * H);
  });

  it('rejects a malformed key with the accepted shapes', () => {
    expect(() => periodBounds('2026-13', 'UTC')).toThrow(
      'Invalid period key "2026-13": use "2026", "2026-Q1", "2026-03", "2026-W09" or "2026-03-05"',
    );
  });
});
