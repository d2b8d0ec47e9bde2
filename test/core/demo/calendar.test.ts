import { demoCategoryLabel } from '@servicescore/core/demo';
import { describe, expect, it } from 'vitest';
import {
  beijingHour,
  beijingMonths,
  beijingWeekday,
  sampleArrivals,
  ticketWeekdayHours,
  ticketWeekendHours,
} from '../../../packages/core/src/demo/calendar';
import { Random } from '../../../packages/core/src/demo/random';

describe('demo calendar (Asia/Shanghai, fixed UTC+8)', () => {
  it('lists month keys across a year boundary', () => {
    expect(beijingMonths(2025, 11, 3).keys).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('starts each month at Beijing midnight, i.e. 16:00 UTC the day before', () => {
    const { starts } = beijingMonths(2026, 2, 2);
    expect(starts).toEqual([
      Date.parse('2026-01-31T16:00:00Z'),
      Date.parse('2026-02-28T16:00:00Z'), // February 2026 has 28 days
      Date.parse('2026-03-31T16:00:00Z'),
    ]);
  });

  it('reads the Beijing hour and weekday of an instant, whatever the machine time zone', () => {
    const t = Date.parse('2026-05-03T01:30:00Z'); // Sunday 09:30 in Beijing
    expect(beijingHour(t)).toBe(9);
    expect(beijingWeekday(t)).toBe(0);
    const u = Date.parse('2026-05-03T16:30:00Z'); // Monday 00:30 in Beijing
    expect(beijingHour(u)).toBe(0);
    expect(beijingWeekday(u)).toBe(1);
  });

  it('samples ascending whole-second arrivals inside the range', () => {
    const { starts } = beijingMonths(2026, 5, 1);
    const start = starts[0] as number;
    const end = starts[1] as number;
    const xs = sampleArrivals(
      5000,
      start,
      end,
      ticketWeekdayHours,
      ticketWeekendHours,
      0.02,
      new Random(9),
    );
    expect(xs).toHaveLength(5000);
    let broken = 0;
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] as number;
      const ordered = i === 0 || x >= (xs[i - 1] as number);
      if (x % 1000 !== 0 || x < start || x >= end || !ordered) broken++;
    }
    expect(broken).toBe(0);
  });

  it('samples no arrivals when asked for none', () => {
    const { starts } = beijingMonths(2026, 5, 1);
    expect(
      sampleArrivals(
        0,
        starts[0] as number,
        starts[1] as number,
        ticketWeekdayHours,
        ticketWeekendHours,
        0,
        new Random(1),
      ),
    ).toHaveLength(0);
  });
});

describe('demoCategoryLabel', () => {
  it('labels a demo category in both locales', () => {
    expect(demoCategoryLabel('late-delivery', 'zh-CN')).toBe('配送延迟');
    expect(demoCategoryLabel('late-delivery', 'en-US')).toBe('Late delivery');
  });

  it('returns an unknown id unchanged', () => {
    expect(demoCategoryLabel('my-own-cause', 'zh-CN')).toBe('my-own-cause');
  });
});
