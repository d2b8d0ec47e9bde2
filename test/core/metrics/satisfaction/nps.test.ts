import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceDataset, ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';

const T0 = Date.UTC(2026, 2, 2, 9);
const ASOF = Date.UTC(2026, 5, 1);

let seq = 0;
function ticket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  seq++;
  return {
    id: `t${seq}`,
    createdAt: T0,
    status: 'resolved',
    resolvedAt: T0 + 3_600_000,
    priority: 'normal',
    ...fields,
  };
}
function answers(scores: readonly number[]): ServiceTicket[] {
  return scores.map((nps) => ticket({ nps }));
}
function run(tickets: ServiceTicket[]) {
  const data: ServiceDataset = { tickets, calls: [], agents: [], customers: [] };
  return evaluate(data, { metrics: ['nps'], asOf: ASOF }).overall.nps;
}

describe('nps', () => {
  it('counts passives in the NPS denominator', () => {
    // 5 promoters, 3 passives, 2 detractors → (5 − 2) / 10 × 100 = +30
    const v = run(answers([10, 10, 9, 9, 9, 8, 7, 7, 6, 0]));
    expect(v).toMatchObject({
      promoters: 5,
      passives: 3,
      detractors: 2,
      numerator: 3,
      denominator: 10,
      sampleSize: 10,
      unit: 'points',
    });
    expect(v?.value).toBeCloseTo(30, 10);
  });

  it('classes 9 as a promoter, 7 and 8 as passives, 6 as a detractor (boundaries)', () => {
    // 9 → +1, 8 → 0, 7 → 0, 6 → −1 → (1 − 1) / 4 = 0
    expect(run(answers([9, 8, 7, 6]))).toMatchObject({
      promoters: 1,
      passives: 2,
      detractors: 1,
      value: 0,
    });
  });

  it('can be negative: 1 promoter, 0 passives, 3 detractors → −50', () => {
    // (1 − 3) / 4 × 100 = −50
    expect(run(answers([10, 0, 3, 6]))?.value).toBe(-50);
  });

  it('reaches +100 and −100 at the extremes', () => {
    expect(run(answers([9, 10]))?.value).toBe(100);
    expect(run(answers([0, 6]))?.value).toBe(-100);
  });

  it('leaves tickets without an answer out', () => {
    // one promoter answered, two tickets unanswered → +100 over 1 respondent
    expect(run([...answers([10]), ticket(), ticket()])).toMatchObject({
      value: 100,
      sampleSize: 1,
    });
  });

  it('gives null with reason noData when nobody answered', () => {
    expect(run([ticket()])).toMatchObject({
      value: null,
      reason: 'noData',
      sufficient: false,
      promoters: 0,
      passives: 0,
      detractors: 0,
    });
  });

  it('is insufficient at 29 respondents and sufficient at 30 (minSample 30)', () => {
    expect(run(answers(new Array(29).fill(10)))).toMatchObject({
      sufficient: false,
      reason: 'insufficientSample',
    });
    expect(run(answers(new Array(30).fill(10)))?.sufficient).toBe(true);
  });

  it('carries a 95 % interval from the per-respondent variance', () => {
    // p₊ = 0.5, p₋ = 0.2, n = 10: var = 0.5 + 0.2 − 0.3² = 0.61; se = √(0.061) × 100 = 24.698
    // 30 ± 1.96 × 24.698 = [−18.41, 78.41]
    const v = run(answers([10, 10, 9, 9, 9, 8, 7, 7, 6, 0]));
    expect(v?.interval?.[0]).toBeCloseTo(-18.41, 2);
    expect(v?.interval?.[1]).toBeCloseTo(78.41, 2);
  });

  it('stays within −100..100 and equals (promoters − detractors) ÷ respondents × 100 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 50 }),
        (scores) => {
          const v = run(answers(scores));
          const p = scores.filter((s) => s >= 9).length;
          const d = scores.filter((s) => s <= 6).length;
          expect(v?.value).toBeCloseTo(((p - d) / scores.length) * 100, 9);
          expect(v?.value).toBeGreaterThanOrEqual(-100);
          expect(v?.value).toBeLessThanOrEqual(100);
          expect(v?.interval?.[0]).toBeGreaterThanOrEqual(-100);
          expect(v?.interval?.[1]).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 100 },
    );
  });
});
