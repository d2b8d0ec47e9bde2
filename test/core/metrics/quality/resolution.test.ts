import { describe, expect, it } from 'vitest';
import type { ServiceDataset, ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 2, 9); // Mon 2 Mar 2026 09:00 UTC
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
function dataset(tickets: ServiceTicket[]): ServiceDataset {
  return { tickets, calls: [], agents: [], customers: [] };
}
function run(id: string, tickets: ServiceTicket[]) {
  return evaluate(dataset(tickets), { metrics: [id], asOf: ASOF }).overall[id];
}

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

describe('fcr', () => {
  it('counts resolved tickets with at most one contact and no reopen', () => {
    // contacts 1 ✓, 1 ✓, 2 ✗, 1 but reopened ✗ → 2 / 4 = 0.5
    const tickets = [
      ticket({ contacts: 1 }),
      ticket({ contacts: 1, reopens: 0 }),
      ticket({ contacts: 2 }),
      ticket({ contacts: 1, reopens: 1 }),
    ];
    expect(run('fcr', tickets)).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      sampleSize: 4,
    });
  });

  it('counts exactly one contact as first-contact resolution (inclusive)', () => {
    expect(run('fcr', [ticket({ contacts: 1 })])?.value).toBe(1);
  });

  it('counts zero contacts (a proactive fix) as first-contact resolution', () => {
    expect(run('fcr', [ticket({ contacts: 0 })])?.value).toBe(1);
  });

  it('leaves resolved tickets without a contact count out', () => {
    // contacts 1 + contacts unknown → 1 / 1
    expect(run('fcr', [ticket({ contacts: 1 }), ticket()])).toMatchObject({
      value: 1,
      denominator: 1,
    });
  });

  it('leaves open tickets out of numerator and denominator', () => {
    // resolved with 2 contacts + open with 1 → 0 / 1
    expect(run('fcr', [ticket({ contacts: 2 }), open({ contacts: 1 })])).toMatchObject({
      value: 0,
      denominator: 1,
    });
  });

  it('gives null with reason noData when no resolved ticket has a contact count', () => {
    expect(run('fcr', [ticket(), open({ contacts: 1 })])).toMatchObject({
      value: null,
      reason: 'noData',
    });
  });

  it('puts a ticket into the period of its resolution', () => {
    // created 27 Feb, resolved 2 Mar → March
    const t = ticket({ createdAt: Date.UTC(2026, 1, 27), resolvedAt: T0, contacts: 1 });
    const e = evaluate(dataset([t]), { metrics: ['fcr'], asOf: ASOF, period: 'month' });
    expect(e.periods.map((p) => p.period)).toEqual(['2026-03']);
  });
});

describe('reopenRate', () => {
  it('divides resolved tickets reopened at least once by resolved tickets', () => {
    // reopens 2, 1, 0, missing → 2 / 4 = 0.5
    const tickets = [
      ticket({ reopens: 2 }),
      ticket({ reopens: 1 }),
      ticket({ reopens: 0 }),
      ticket(),
    ];
    expect(run('reopenRate', tickets)).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
  });

  it('counts a missing reopens as not reopened', () => {
    // One ticket records 0 reopens, the other none: 0 / 2.
    expect(run('reopenRate', [ticket({ reopens: 0 }), ticket()])).toMatchObject({
      value: 0,
      denominator: 2,
    });
  });

  it('is not recorded when no ticket carries reopens, unless the host says it records them', () => {
    const tickets = [ticket(), ticket()];
    expect(run('reopenRate', tickets)).toMatchObject({
      value: null,
      reason: 'notRecorded',
      notRecorded: ['reopens'],
    });
    const declared = evaluate(dataset(tickets), {
      metrics: ['reopenRate'],
      asOf: ASOF,
      recorded: ['reopens'],
    });
    expect(declared.overall.reopenRate).toMatchObject({ value: 0, denominator: 2 });
  });

  it('leaves a ticket that is open again out until it is resolved again', () => {
    // currently reopened (status open, old resolvedAt, reopens 1) → not resolved → out; 0 / 1
    const tickets = [ticket(), ticket({ status: 'open', reopens: 1 })];
    expect(run('reopenRate', tickets)).toMatchObject({ value: 0, denominator: 1 });
  });

  it('gives null with reason noData without resolved tickets', () => {
    expect(run('reopenRate', [open()])).toMatchObject({ value: null, reason: 'noData' });
  });
});

describe('diagnosisAccuracy', () => {
  it('divides correct diagnoses by the tickets assessed', () => {
    // true, true, true, false + one not assessed → 3 / 4 = 0.75
    const tickets = [
      ticket({ diagnosisCorrect: true }),
      ticket({ diagnosisCorrect: true }),
      ticket({ diagnosisCorrect: true }),
      ticket({ diagnosisCorrect: false }),
      ticket(),
    ];
    expect(run('diagnosisAccuracy', tickets)).toMatchObject({
      value: 0.75,
      numerator: 3,
      denominator: 4,
      sampleSize: 4,
    });
  });

  it('counts an assessed ticket whatever its status', () => {
    // open assessed wrong + resolved assessed right → 1 / 2
    expect(
      run('diagnosisAccuracy', [
        open({ diagnosisCorrect: false }),
        ticket({ diagnosisCorrect: true }),
      ])?.value,
    ).toBe(0.5);
  });

  it('gives null with reason noData when nothing was assessed', () => {
    expect(run('diagnosisAccuracy', [ticket()])).toMatchObject({ value: null, reason: 'noData' });
  });

  it('puts an assessed ticket into the period of its resolution', () => {
    // created 27 Feb, resolved 2 Mar → March
    const t = ticket({ createdAt: Date.UTC(2026, 1, 27), resolvedAt: T0, diagnosisCorrect: true });
    const e = evaluate(dataset([t]), {
      metrics: ['diagnosisAccuracy'],
      asOf: ASOF,
      period: 'month',
    });
    expect(e.periods.map((p) => p.period)).toEqual(['2026-03']);
  });
});

describe('errorRate', () => {
  it('divides resolved tickets with errors found by resolved tickets inspected', () => {
    // errors 3, 1, 0, 0 + one uninspected → 2 / 4 = 0.5 (three errors count once)
    const tickets = [
      ticket({ errors: 3 }),
      ticket({ errors: 1 }),
      ticket({ errors: 0 }),
      ticket({ errors: 0 }),
      ticket(),
    ];
    expect(run('errorRate', tickets)).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
  });

  it('leaves open tickets out even when inspected', () => {
    // resolved errors 0 + open errors 2 → 0 / 1
    expect(run('errorRate', [ticket({ errors: 0 }), open({ errors: 2 })])).toMatchObject({
      value: 0,
      denominator: 1,
    });
  });

  it('gives null with reason noData when nothing was inspected', () => {
    expect(run('errorRate', [ticket(), ticket()])).toMatchObject({ value: null, reason: 'noData' });
  });
});
