import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, T0, call, dataset, rated, run } from './fixtures';

describe('callCsat', () => {
  it('divides calls rated 4 or 5 by calls rated', () => {
    // 5, 4, 3, 2 → 2 of 4 = 0.5; an unrated call is ignored
    const calls = [
      call({ csat: 5 }),
      call({ csat: 4 }),
      call({ csat: 3 }),
      call({ csat: 2 }),
      call(),
    ];
    expect(run('callCsat', dataset([], calls))).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
    });
  });

  it('ignores ticket answers', () => {
    expect(run('callCsat', dataset(rated([5]), []))).toMatchObject({
      value: null,
      reason: 'noData',
    });
  });

  it('is insufficient at 29 answers and sufficient at 30', () => {
    const calls = (n: number) => Array.from({ length: n }, () => call({ csat: 5 }));
    expect(run('callCsat', dataset([], calls(29)))?.sufficient).toBe(false);
    expect(run('callCsat', dataset([], calls(30)))?.sufficient).toBe(true);
  });

  it('puts a call into the period it started in', () => {
    const calls = [
      call({ startedAt: Date.UTC(2026, 1, 28, 23), csat: 5 }),
      call({ startedAt: T0, csat: 1 }),
    ];
    const e = evaluate(dataset([], calls), { metrics: ['callCsat'], asOf: ASOF, period: 'month' });
    expect(e.periods.map((p) => [p.period, p.values.callCsat?.value])).toEqual([
      ['2026-02', 1],
      ['2026-03', 0],
    ]);
  });
});
