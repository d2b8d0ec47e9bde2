import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '@servicescore/core';
import { associateMetrics } from '@servicescore/core';
import { averageRanks, spearman } from '@servicescore/core/advanced';

// Published worked example: Wikipedia, "Spearman's rank correlation coefficient", section
// "Example" — IQ against hours of TV a week for 10 people. Σd² = 194, ρ = 1 − 6·194 / (10·(10² − 1))
// = 1 − 1164/990 = −29/165 ≈ −0.175757; the article gives p = 0.627188 (t-distribution).
const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];

describe('spearman', () => {
  it("matches Wikipedia's worked example: ρ = −29/165, p = 0.627", () => {
    const r = spearman(iq, tv);
    expect(r.n).toBe(10);
    expect(r.rho).toBeCloseTo(-29 / 165, 12);
    expect(r.pValue).toBeCloseTo(0.627188, 5);
    expect(r.significant).toBe(false);
  });

  it('gives the Fisher-z 95 % interval tanh(atanh ρ ± 1.96/√(n − 3))', () => {
    // atanh(−0.175758) = −0.177602; 1.959964/√7 = 0.740797;
    // tanh(−0.918399) = −0.725139, tanh(0.563195) = 0.510344.
    const [lo, hi] = spearman(iq, tv).interval!;
    expect(lo).toBeCloseTo(-0.725139, 5);
    expect(hi).toBeCloseTo(0.510344, 5);
  });

  it('gives ties the mean of their ranks', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    // x ranks [1, 2.5, 2.5, 4], y ranks [1, 3, 2, 4], both means 2.5:
    // Σdxdy = 2.25 + 0 + 0 + 2.25 = 4.5, Σdx² = 4.5, Σdy² = 5 → ρ = 4.5/√22.5 = 0.948683.
    expect(spearman([10, 20, 20, 30], [1, 3, 2, 4]).rho).toBeCloseTo(0.948683, 6);
  });

  it('has no ρ below 3 pairs or for a constant measure, no interval below 4 pairs', () => {
    expect(spearman([1, 2], [2, 1])).toEqual({
      rho: null,
      n: 2,
      interval: null,
      pValue: null,
      significant: null,
    });
    expect(spearman([1, 1, 1, 1], [1, 2, 3, 4]).rho).toBeNull();
    const three = spearman([1, 2, 3], [1, 2, 3]);
    expect(three.rho).toBe(1);
    expect(three.interval).toBeNull();
  });

  it('refuses unequal lengths and non-finite values, naming the pair', () => {
    expect(() => spearman([1, 2], [1])).toThrow(/x has 2 values and y has 1/);
    expect(() => spearman([1, Number.NaN], [1, 2])).toThrow(/pair 1 is \(NaN, 2\)/);
  });

  it('property: ρ is in [−1, 1], unchanged by a monotone transform, and its interval holds it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), {
          minLength: 4,
          maxLength: 40,
        }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          const r = spearman(x, y);
          if (r.rho === null) return;
          expect(Math.abs(r.rho)).toBeLessThanOrEqual(1);
          expect(
            spearman(
              x.map((v) => v * 3 + 7),
              y,
            ).rho,
          ).toBeCloseTo(r.rho, 12);
          expect(r.interval![0]).toBeLessThanOrEqual(r.rho + 1e-12);
          expect(r.interval![1]).toBeGreaterThanOrEqual(r.rho - 1e-12);
        },
      ),
    );
  });
});

describe('associateMetrics', () => {
  it('correlates two measures over the group totals, skipping missing and insufficient values', () => {
    const v = (metricId: string, value: number | null, sufficient = true) => ({
      metricId,
      value,
      unit: 'number' as const,
      sampleSize: 30,
      sufficient,
    });
    const groups = iq.map((q, i) => ({
      key: `A${i}`,
      values: { qa: v('qa', q), csat: v('csat', tv[i]!) },
    }));
    const evaluation = {
      metrics: ['qa', 'csat'],
      overall: {},
      groups: [
        ...groups,
        { key: 'A10', values: { qa: v('qa', 90), csat: v('csat', null) } },
        { key: 'A11', values: { qa: v('qa', 90), csat: v('csat', 3, false) } },
        { key: 'A0', period: '2026-07', values: { qa: v('qa', 1), csat: v('csat', 1) } },
      ],
    } as unknown as Evaluation;
    const r = associateMetrics(evaluation, { x: 'qa', y: 'csat' });
    expect(r.n).toBe(10);
    expect(r.skipped).toBe(2);
    expect(r.rho).toBeCloseTo(-29 / 165, 12);
    expect(r.points[0]).toEqual({ key: 'A0', x: 106, y: 7 });
  });
});
