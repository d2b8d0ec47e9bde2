import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, dataset, open, run, ticket } from './fixtures';

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
