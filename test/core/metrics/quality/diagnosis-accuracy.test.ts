import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, T0, dataset, open, run, ticket } from './fixtures';

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
