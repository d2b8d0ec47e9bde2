import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, T0, dataset, open, run, ticket } from './fixtures';

describe('resolutionRate', () => {
  it('divides tickets now resolved by all tickets created', () => {
    // 3 resolved (one closed) + 1 open + 1 pending → 3 / 5 = 0.6
    const tickets = [
      ticket(),
      ticket(),
      ticket({ status: 'closed' }),
      open(),
      open({ status: 'pending' }),
    ];
    expect(run('resolutionRate', tickets)).toMatchObject({
      value: 0.6,
      numerator: 3,
      denominator: 5,
      sampleSize: 5,
    });
  });

  it('counts an open ticket as unresolved, not censored', () => {
    // 1 resolved + 1 open → 1 / 2; nothing censored
    const v = run('resolutionRate', [ticket(), open()]);
    expect(v).toMatchObject({ value: 0.5, denominator: 2 });
    expect(v?.censored).toBeUndefined();
  });

  it('counts a ticket closed without a resolution time as unresolved', () => {
    // resolved + closed-without-resolvedAt → 1 / 2
    expect(
      run('resolutionRate', [ticket(), ticket({ status: 'closed', resolvedAt: undefined })])?.value,
    ).toBe(0.5);
  });

  it('keeps the excluded tickets out of the denominator', () => {
    // resolved + open spam → 1 / 1
    expect(run('resolutionRate', [ticket(), open({ excluded: 'spam' })])).toMatchObject({
      value: 1,
      denominator: 1,
    });
  });

  it('attributes a ticket to the cohort of its creation, even when resolved in a later month', () => {
    // created 27 Feb, resolved 2 Mar → February cohort: 1 of 1; March: 1 created (open) → 0 of 1
    const tickets = [ticket({ createdAt: Date.UTC(2026, 1, 27), resolvedAt: T0 }), open()];
    const e = evaluate(dataset(tickets), {
      metrics: ['resolutionRate'],
      asOf: ASOF,
      period: 'month',
    });
    expect(e.periods.map((p) => [p.period, p.values.resolutionRate?.value])).toEqual([
      ['2026-02', 1],
      ['2026-03', 0],
    ]);
  });

  it('gives null with reason noData without tickets', () => {
    expect(run('resolutionRate', [])).toMatchObject({
      value: null,
      reason: 'noData',
      sufficient: false,
    });
  });
});
