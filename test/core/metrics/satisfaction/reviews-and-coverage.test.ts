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
function open(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ status: 'open', resolvedAt: undefined, ...fields });
}
function run(id: string, tickets: ServiceTicket[]) {
  const data: ServiceDataset = { tickets, calls: [], agents: [], customers: [] };
  return evaluate(data, { metrics: [id], asOf: ASOF }).overall[id];
}

describe('positiveReviewRate', () => {
  it('divides positive reviews by all reviews, neutral ones included', () => {
    // positive, positive, neutral, negative → 2 of 4 = 0.5
    const tickets = [
      ticket({ review: 'positive' }),
      ticket({ review: 'positive' }),
      ticket({ review: 'neutral' }),
      ticket({ review: 'negative' }),
    ];
    expect(run('positiveReviewRate', tickets)).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      sampleSize: 4,
    });
  });

  it('leaves tickets without a review out', () => {
    // positive + 2 without review → 1 of 1
    expect(
      run('positiveReviewRate', [ticket({ review: 'positive' }), ticket(), ticket()]),
    ).toMatchObject({ value: 1, denominator: 1 });
  });

  it('gives null with reason noData without reviews', () => {
    expect(run('positiveReviewRate', [ticket()])).toMatchObject({
      value: null,
      reason: 'noData',
      sufficient: false,
    });
  });

  it('is insufficient at 29 reviews and sufficient at 30 (minSample 30)', () => {
    const reviews = (n: number) => Array.from({ length: n }, () => ticket({ review: 'positive' }));
    expect(run('positiveReviewRate', reviews(29))?.sufficient).toBe(false);
    expect(run('positiveReviewRate', reviews(30))?.sufficient).toBe(true);
  });
});

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
