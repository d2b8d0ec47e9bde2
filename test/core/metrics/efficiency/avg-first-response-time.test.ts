import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, H, T0, answered, run, ticket } from './fixtures';

describe('avgFirstResponseTime', () => {
  it('is the mean of first response − created', () => {
    // (1 + 2 + 6) h ÷ 3 = 3 h
    const v = run('avgFirstResponseTime', [answered(1), answered(2), answered(6)]);
    expect(v.value).toBe(3 * H);
    expect(v.sum).toBe(9 * H);
    expect(v.count).toBe(3);
    expect(v.sampleSize).toBe(3);
    expect(v.sufficient).toBe(true);
    expect(v.unit).toBe('duration');
  });

  it('takes the resolution of a resolved ticket without a response as its first response', () => {
    // resolved at 4 h, no firstResponseAt → 4 h; with 2 h → (4 + 2) ÷ 2 = 3 h
    const solved = ticket({ status: 'resolved', resolvedAt: T0 + 4 * H });
    expect(run('avgFirstResponseTime', [solved, answered(2)]).value).toBe(3 * H);
  });

  it('censors open tickets with no response and reports them', () => {
    // only the 2 h response is measured; the unanswered open and pending tickets are censored
    const v = run('avgFirstResponseTime', [answered(2), ticket(), ticket({ status: 'pending' })]);
    expect(v.value).toBe(2 * H);
    expect(v.count).toBe(1);
    expect(v.censored).toBe(2);
  });

  it('gives the median and p90 by linear interpolation (type 7)', () => {
    // 1…10 h: median = (5 + 6) ÷ 2 = 5.5 h; p90: h = 9 × 0.9 = 8.1 → 9 h + 0.1 × (10 − 9) h = 9.1 h
    const tickets = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6].map((h) => answered(h));
    const v = run('avgFirstResponseTime', tickets);
    expect(v.value).toBe(5.5 * H);
    expect(v.median).toBe(5.5 * H);
    expect(v.p90).toBeCloseTo(9.1 * H, 6);
  });

  it('is null with noData for no tickets', () => {
    const v = run('avgFirstResponseTime', []);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
    expect(v.sufficient).toBe(false);
    expect(v.sampleSize).toBe(0);
    expect(v.median).toBeNull();
    expect(v.p90).toBeNull();
  });

  it('is null with noData, not zero, when every ticket is still unanswered', () => {
    const v = run('avgFirstResponseTime', [ticket(), ticket()]);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
    expect(v.censored).toBe(2);
  });

  it('puts a ticket in the period of its creation', () => {
    // created 28 Feb 23:00 UTC, answered 1 Mar 01:00 → February
    const created = Date.UTC(2026, 1, 28, 23);
    const t = ticket({ createdAt: created, firstResponseAt: created + 2 * H });
    const evaluation = evaluate(
      { tickets: [t], calls: [], agents: [], customers: [] },
      { metrics: ['avgFirstResponseTime'], asOf: ASOF, period: 'month' },
    );
    expect(evaluation.periods.map((p) => p.period)).toEqual(['2026-02']);
    expect(evaluation.periods[0]?.values.avgFirstResponseTime?.value).toBe(2 * H);
  });
});
