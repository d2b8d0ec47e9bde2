import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, T0, dataset, open, run, ticket } from './fixtures';

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
