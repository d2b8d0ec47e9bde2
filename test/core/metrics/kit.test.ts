import { quantileSorted, quantilesSelect } from '@servicescore/core/advanced';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('quantiles by selection', () => {
  it('gives the type-7 median and p90 of 1..10 h: 5.5 h and 9.1 h', () => {
    // h = (n − 1) q: median h = 4.5 → 5 + 0.5 × (6 − 5) = 5.5; p90 h = 8.1 → 9 + 0.1 × (10 − 9) = 9.1.
    const hours = Float64Array.from([7, 3, 10, 1, 9, 2, 8, 5, 4, 6]);
    const [median, p90] = quantilesSelect(hours, [0.5, 0.9]);
    expect(median).toBe(5.5);
    expect(p90).toBeCloseTo(9.1, 12);
  });

  it('gives null for no values and the value itself for one', () => {
    expect(quantilesSelect(new Float64Array(0), [0.5])).toEqual([null]);
    expect(quantilesSelect(Float64Array.of(42), [0.5, 0.9])).toEqual([42, 42]);
  });

  it('agrees with sorting on arbitrary data, duplicates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, q) => {
          const sorted = Float64Array.from(xs).sort();
          const [selected] = quantilesSelect(Float64Array.from(xs), [q]);
          expect(selected).toBeCloseTo(quantileSorted(sorted, q) as number, 9);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('kit accumulators never return ±Infinity (found by fuzzing)', () => {
  it('gives noData for a sum ratio over a subnormal denominator', async () => {
    const { evaluate } = await import('@servicescore/core');
    // 1 busy second over 5e-324 available seconds would be Infinity.
    const e = evaluate(
      {
        tickets: [],
        calls: [],
        customers: [],
        agents: [{ agentId: 'A', period: '2026-03', busySeconds: 1, availableSeconds: 5e-324 }],
      },
      { metrics: ['utilization'], asOf: 0 },
    );
    expect(e.overall.utilization).toMatchObject({ value: null, reason: 'noData' });
  });

  it('gives noData for a mean whose sum overflows', async () => {
    const { evaluate } = await import('@servicescore/core');
    // 1e308 + 1e308 overflows to Infinity.
    const e = evaluate(
      {
        tickets: [],
        calls: [],
        customers: [],
        agents: [
          { agentId: 'A', period: '2026-03', trainingHours: 1e308 },
          { agentId: 'B', period: '2026-03', trainingHours: 1e308 },
        ],
      },
      { metrics: ['avgTrainingHours'], asOf: 0 },
    );
    expect(e.overall.avgTrainingHours).toMatchObject({ value: null, reason: 'noData', count: 2 });
  });
});
