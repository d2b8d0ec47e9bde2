import { describe, expect, it } from 'vitest';
import type { ServiceDataset } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import { ASOF, complaint, run, ticket } from './fixtures';

describe('complaintClosureRate', () => {
  it('divides closed complaints by complaints', () => {
    // closed, closed, resolved (not closed), open → 2 / 4
    const tickets = [
      complaint({ status: 'closed' }),
      complaint({ status: 'closed' }),
      complaint(),
      complaint({ status: 'open', resolvedAt: undefined }),
    ];
    expect(run('complaintClosureRate', tickets)).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
    });
  });

  it('counts a complaint closed without a resolution as closed', () => {
    expect(
      run('complaintClosureRate', [complaint({ status: 'closed', resolvedAt: undefined })])?.value,
    ).toBe(1);
  });

  it('ignores closed tickets that are not complaints', () => {
    // closed repair + open complaint → 0 / 1
    const tickets = [
      ticket({ kind: 'repair', status: 'closed' }),
      complaint({ status: 'open', resolvedAt: undefined }),
    ];
    expect(run('complaintClosureRate', tickets)).toMatchObject({ value: 0, denominator: 1 });
  });

  it('gives null with reason noData without complaints', () => {
    expect(run('complaintClosureRate', [])).toMatchObject({ value: null, reason: 'noData' });
  });

  it('attributes a complaint to the month it was created in', () => {
    // complaint created 27 Feb and closed 3 Mar → February
    const data: ServiceDataset = {
      tickets: [
        complaint({
          createdAt: Date.UTC(2026, 1, 27),
          status: 'closed',
          resolvedAt: Date.UTC(2026, 2, 3),
          closedAt: Date.UTC(2026, 2, 3),
        }),
      ],
      calls: [],
      agents: [],
      customers: [],
    };
    const e = evaluate(data, { metrics: ['complaintClosureRate'], asOf: ASOF, period: 'month' });
    expect(e.periods.map((p) => [p.period, p.values.complaintClosureRate?.value])).toEqual([
      ['2026-02', 1],
    ]);
  });
});
