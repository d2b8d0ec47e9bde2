import { describe, expect, it } from 'vitest';
import type { ServiceDataset, ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import { ASOF, HOUR, T0, run, ticket } from './fixtures';

function open(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ status: 'open', resolvedAt: undefined, ...fields });
}

describe('surveyCoverage', () => {
  it('divides resolved tickets with a csat answer by resolved tickets', () => {
    // 4 resolved, 1 of them rated → 1 / 4 = 0.25
    const tickets = [
      ticket({ csat: 5 }),
      ticket(),
      ticket(),
      ticket({ status: 'closed', closedAt: T0 + 2 * HOUR }),
    ];
    expect(run('surveyCoverage', tickets)).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
      sampleSize: 4,
    });
  });

  it('leaves open tickets out, even when they carry an answer', () => {
    // resolved rated + resolved unrated + open rated + pending → 1 of 2
    const tickets = [ticket({ csat: 3 }), ticket(), open({ csat: 5 }), open({ status: 'pending' })];
    expect(run('surveyCoverage', tickets)).toMatchObject({ value: 0.5, denominator: 2 });
  });

  it('leaves a ticket closed without a resolution time out', () => {
    // closed without resolvedAt is not resolved → only the rated resolved ticket counts: 1 of 1
    const tickets = [ticket({ csat: 4 }), ticket({ status: 'closed', resolvedAt: undefined })];
    expect(run('surveyCoverage', tickets)).toMatchObject({ value: 1, denominator: 1 });
  });

  it('counts a low score as covered: coverage is about asking, not about the answer', () => {
    expect(run('surveyCoverage', [ticket({ csat: 1 })])?.value).toBe(1);
  });

  it('gives null with reason noData without resolved tickets', () => {
    expect(run('surveyCoverage', [open()])).toMatchObject({ value: null, reason: 'noData' });
  });

  it('is sufficient from one resolved ticket (minSample 1)', () => {
    // One surveyed, one not: 1 / 2.
    expect(run('surveyCoverage', [ticket({ csat: 4 }), ticket()])).toMatchObject({
      value: 0.5,
      sufficient: true,
    });
    expect(run('surveyCoverage', [ticket({ csat: 4 })])).toMatchObject({
      value: 1,
      sufficient: true,
    });
  });

  it('is not recorded, not 0 %, when no ticket carries a csat', () => {
    expect(run('surveyCoverage', [ticket()])).toMatchObject({
      value: null,
      reason: 'notRecorded',
      notRecorded: ['csat'],
    });
  });

  it('puts a ticket into the period of its resolution', () => {
    // created 27 Feb, resolved 2 Mar, surveyed 5 Apr → March (resolvedAt), not April
    const t = ticket({
      createdAt: Date.UTC(2026, 1, 27),
      resolvedAt: T0,
      surveyedAt: Date.UTC(2026, 3, 5),
      csat: 5,
    });
    const data: ServiceDataset = { tickets: [t], calls: [], agents: [], customers: [] };
    const e = evaluate(data, { metrics: ['surveyCoverage'], asOf: ASOF, period: 'month' });
    expect(e.periods.map((p) => p.period)).toEqual(['2026-03']);
  });
});
