import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, H, T0, resolved, run, ticket } from './fixtures';

const MIN = 60_000;

describe('onTimeResolutionRate', () => {
  it('misses an urgent ticket resolved in 2 h 1 min and meets one resolved in exactly 2 h', () => {
    // 1 of 2 on time
    const v = run('onTimeResolutionRate', [
      ticket({ priority: 'urgent', status: 'resolved', resolvedAt: T0 + 2 * H + MIN }),
      ticket({ priority: 'urgent', status: 'resolved', resolvedAt: T0 + 2 * H }),
    ]);
    expect(v.value).toBe(0.5);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(2);
  });

  it('counts an overdue open ticket as a miss and a not-yet-due one nowhere', () => {
    // resolved 10 h (hit) + open overdue (miss) = 1 ÷ 2; open created T0 + 90 h not yet due: censored
    const v = run('onTimeResolutionRate', [
      resolved(10),
      ticket(),
      ticket({ createdAt: T0 + 90 * H }),
    ]);
    expect(v.value).toBe(0.5);
    expect(v.censored).toBe(1);
  });

  it('lets an explicit resolutionDueAt win over the policy', () => {
    // normal resolved at 30 h, due 48 h → hit (policy 24 h would miss);
    // urgent resolved at 1 h, due 0.5 h → miss (policy 2 h would meet)
    const v = run('onTimeResolutionRate', [
      resolved(30, { resolutionDueAt: T0 + 48 * H }),
      resolved(1, { priority: 'urgent', resolutionDueAt: T0 + 0.5 * H }),
    ]);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(2);
    expect(
      run('onTimeResolutionRate', [resolved(30, { resolutionDueAt: T0 + 48 * H })]).value,
    ).toBe(1);
  });

  it('leaves out a ticket closed without a resolution', () => {
    const v = run('onTimeResolutionRate', [
      resolved(1),
      ticket({ status: 'closed', closedAt: T0 + 30 * H }),
    ]);
    expect(v.denominator).toBe(1);
  });

  it('puts an overdue open ticket in the period it fell due', () => {
    // created 2 Mar 20:00, normal → due 3 Mar 20:00, still open at asOf → a miss on 3 Mar
    const t = ticket({ createdAt: T0 + 20 * H });
    const evaluation = evaluate(
      { tickets: [t], calls: [], agents: [], customers: [] },
      { metrics: ['onTimeResolutionRate'], asOf: ASOF, period: 'day' },
    );
    expect(evaluation.periods.map((p) => p.period)).toEqual(['2026-03-03']);
    expect(evaluation.periods[0]?.values.onTimeResolutionRate?.value).toBe(0);
  });

  it('is null with noData for no tickets', () => {
    expect(run('onTimeResolutionRate', []).value).toBeNull();
  });
});
