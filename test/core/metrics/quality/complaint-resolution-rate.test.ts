import { describe, expect, it } from 'vitest';
import type { ServiceDataset } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import { ASOF, complaint, run, ticket } from './fixtures';

describe('complaintResolutionRate', () => {
  it('divides resolved complaints by complaints', () => {
    // resolved, closed, open, pending complaints → 2 / 4; the repair is ignored
    const tickets = [
      complaint(),
      complaint({ status: 'closed' }),
      complaint({ status: 'open', resolvedAt: undefined }),
      complaint({ status: 'pending', resolvedAt: undefined }),
      ticket({ kind: 'repair', status: 'open', resolvedAt: undefined }),
    ];
    expect(run('complaintResolutionRate', tickets)).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
    });
  });

  it('counts a complaint closed without a resolution as unresolved', () => {
    // No ticket carries resolvedAt: the host declares it recorded (a closed complaint without a
    // resolution time was really not resolved), so 0 of 1 stands.
    const tickets = [complaint({ status: 'closed', resolvedAt: undefined })];
    const data: ServiceDataset = { tickets, calls: [], agents: [], customers: [] };
    const e = evaluate(data, {
      metrics: ['complaintResolutionRate'],
      asOf: ASOF,
      recorded: ['resolvedAt'],
    });
    expect(e.overall.complaintResolutionRate).toMatchObject({ value: 0, denominator: 1 });
    // Undeclared, the same 0 % would rest on a field no record carries.
    expect(run('complaintResolutionRate', tickets)).toMatchObject({
      value: null,
      reason: 'notRecorded',
      notRecorded: ['resolvedAt'],
    });
  });

  it('gives null with reason noData without complaints', () => {
    expect(run('complaintResolutionRate', [ticket()])).toMatchObject({
      value: null,
      reason: 'noData',
    });
  });
});
