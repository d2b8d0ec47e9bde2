import { describe, expect, it } from 'vitest';
import type { ServiceDataset, ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 2, 9);
const ASOF = Date.UTC(2026, 5, 1);

let seq = 0;
function ticket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  seq++;
  return {
    id: `t${seq}`,
    createdAt: T0,
    status: 'resolved',
    resolvedAt: T0 + HOUR,
    priority: 'normal',
    ...fields,
  };
}
function complaint(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ kind: 'complaint', ...fields });
}
function run(id: string, tickets: ServiceTicket[]) {
  const data: ServiceDataset = { tickets, calls: [], agents: [], customers: [] };
  return evaluate(data, { metrics: [id], asOf: ASOF }).overall[id];
}

describe('complaintRate', () => {
  it('divides complaint tickets by all tickets', () => {
    // 1 complaint among 4 tickets (repair, inquiry, no kind) → 0.25
    const tickets = [
      complaint(),
      ticket({ kind: 'repair' }),
      ticket({ kind: 'inquiry' }),
      ticket(),
    ];
    expect(run('complaintRate', tickets)).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
      sampleSize: 4,
    });
  });

  it('counts open tickets in both parts', () => {
    // open complaint + open repair → 1 / 2
    const tickets = [
      complaint({ status: 'open', resolvedAt: undefined }),
      ticket({ status: 'open', resolvedAt: undefined }),
    ];
    expect(run('complaintRate', tickets)?.value).toBe(0.5);
  });

  it('keeps excluded tickets out', () => {
    // complaint + duplicate complaint + repair → 1 / 2
    expect(
      run('complaintRate', [complaint(), complaint({ excluded: 'duplicate' }), ticket()]),
    ).toMatchObject({ value: 0.5, denominator: 2 });
  });

  it('is a true zero, sufficient, when there are tickets but no complaints', () => {
    expect(run('complaintRate', [ticket({ kind: 'repair' })])).toMatchObject({
      value: 0,
      sufficient: true,
    });
  });

  it('is not recorded, not 0 %, when no ticket carries a kind', () => {
    // Two tickets, neither with `kind`: "no complaint" would be a figure built on absence.
    expect(run('complaintRate', [ticket(), ticket()])).toEqual({
      metricId: 'complaintRate',
      value: null,
      unit: 'ratio',
      sampleSize: 0,
      sufficient: false,
      reason: 'notRecorded',
      notRecorded: ['kind'],
    });
  });

  it('gives null with reason noData without tickets', () => {
    expect(run('complaintRate', [])).toMatchObject({ value: null, reason: 'noData' });
  });
});

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
