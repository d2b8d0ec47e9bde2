import { describe, expect, it } from 'vitest';
import { parseDataset } from '@servicescore/core';
import type { Evaluation } from '@servicescore/core';
import type { MetricValue } from '@servicescore/core';
import { crossAnalysis } from '@servicescore/core';
import { poolValues } from '@servicescore/core/advanced';

const at = Date.UTC(2026, 6, 1);
/** `n` resolved tickets of a customer, the first `satisfied` rated 5 and the rest 2. */
function tickets(customerId: string | undefined, n: number, satisfied: number, from: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `T${from + i}`,
    createdAt: at + i * 60_000,
    resolvedAt: at + i * 60_000 + 3_600_000,
    status: 'resolved' as const,
    ...(customerId ? { customerId } : {}),
    csat: i < satisfied ? 5 : 2,
  }));
}

// retail: 15 of 30 satisfied (0.5); office: 45 of 50 (0.9); one ticket with no customer, satisfied.
const { dataset } = parseDataset(
  {
    tickets: [
      ...tickets('C1', 30, 15, 0),
      ...tickets('C2', 50, 45, 100),
      ...tickets(undefined, 1, 1, 200),
    ],
    customers: [
      {
        customerId: 'C1',
        period: '2026-06',
        attributes: { industry: 'education', tenureYears: 2 },
      },
      { customerId: 'C1', period: '2026-07', attributes: { industry: 'retail', tenureYears: 0.5 } },
      { customerId: 'C2', period: '2026-07', attributes: { industry: 'office', tenureYears: 4 } },
    ],
  },
  { onInvalid: 'throw' },
);

describe('crossAnalysis', () => {
  it("compares each customer segment's CSAT with everyone else by a two-proportion z-test", () => {
    const r = crossAnalysis(dataset, { by: 'industry', asOf: at + 86_400_000 });
    expect(r.metrics).toEqual(['csat']);
    expect(r.segments.map((s) => [s.key, s.n])).toEqual([
      ['office', 50],
      ['retail', 30],
    ]);
    const retail = r.segments[1]!.cells[0]!;
    expect(retail.value.value).toBe(0.5);
    expect(retail.rest?.value).toBe(0.9);
    // Pooled p = 60/80 = 0.75, SE = √(0.75·0.25·(1/30 + 1/50)) = √(0.1875·0.053333) = √0.01 = 0.1,
    // z = (0.5 − 0.9)/0.1 = −4, p = 2(1 − Φ(4)) = 6.334e-5.
    expect(retail.difference).toBeCloseTo(-0.4, 12);
    expect(retail.comparison?.statistic).toBeCloseTo(-4, 9);
    expect(retail.pValue).toBeCloseTo(6.334e-5, 7);
    expect(retail.significant).toBe(true);
    expect(retail.comparison?.change).toBe('worsened');
    // Overall includes the ticket without a customer: 61/81 = 0.753086; 0.5 − 0.753086 = −0.253086.
    expect(r.overall.csat?.value).toBeCloseTo(61 / 81, 12);
    expect(retail.differenceFromOverall).toBeCloseTo(-0.253086, 6);
    // Wilson 95 % of 15/30 (z² = 3.841459): centre (0.5 + z²/60)/(1 + z²/30) = 0.5; half-width
    // z·√(0.25/30 + z²/3600)/(1 + z²/30) = 1.959964·√0.0094004/1.128049 = 0.168459 → [0.331541, 0.668459].
    expect(retail.interval![0]).toBeCloseTo(0.331541, 5);
    expect(retail.interval![1]).toBeCloseTo(0.668459, 5);
  });

  it("reads the customer's latest profile, and bands a numeric field in band order", () => {
    const r = crossAnalysis(dataset, { by: 'tenureYears', bands: [1, 3], asOf: at + 86_400_000 });
    // C1 is 0.5 years in its latest record (2026-07), C2 4 years; no one in 1–3.
    expect(r.segments.map((s) => s.key)).toEqual(['<1', '≥3']);
    expect(r.segments[0]!.cells[0]!.value.value).toBe(0.5);
  });

  it('compares means by Welch t on an evaluation already grouped, with a normal-approximation interval', () => {
    // A: values 1, 2, 3 → sum 6, Σx² 14, mean 2, s² 1. B: 3, 5, 7 → sum 15, Σx² 83, mean 5, s² 4.
    // SE² = 1/3 + 4/3 = 5/3, t = (2 − 5)/√(5/3) = −2.32379; df = (5/3)² / ((1/3)²/2 + (4/3)²/2) = 2.94 → p > 0.05.
    // Interval of A: 2 ± 1.959964·√(1/3) = 2 ± 1.131586.
    const mean = (sum: number, sumSquares: number, count: number): MetricValue => ({
      metricId: 'csatMean',
      value: sum / count,
      unit: 'number',
      sum,
      sumSquares,
      count,
      sampleSize: count,
      sufficient: true,
    });
    const evaluation = {
      metrics: ['csatMean'],
      overall: { csatMean: mean(21, 97, 6) },
      groups: [
        { key: 'A', values: { csatMean: mean(6, 14, 3) } },
        { key: 'B', values: { csatMean: mean(15, 83, 3) } },
      ],
    } as unknown as Evaluation;
    const a = crossAnalysis(evaluation, { by: 'team', outcome: 'csatMean' }).segments[0]!.cells[0]!;
    expect(a.comparison?.test).toBe('welchT');
    expect(a.comparison?.statistic).toBeCloseTo(-2.32379, 5);
    expect(a.significant).toBe(false);
    expect(a.interval![0]).toBeCloseTo(0.868414, 5);
    expect(a.interval![1]).toBeCloseTo(3.131586, 5);
    // Overall mean 21/6 = 3.5: A is 1.5 below it.
    expect(a.differenceFromOverall).toBeCloseTo(-1.5, 12);
  });

  it('pools NPS respondents for everyone else', () => {
    const nps = (promoters: number, passives: number, detractors: number): MetricValue => ({
      metricId: 'nps',
      value: (100 * (promoters - detractors)) / (promoters + passives + detractors),
      unit: 'points',
      promoters,
      passives,
      detractors,
      sampleSize: promoters + passives + detractors,
      sufficient: true,
    });
    // (10 + 30) promoters, (5 + 10) passives, (5 + 20) detractors of 80 → 100·(40 − 25)/80 = 18.75.
    expect(poolValues('nps', [nps(10, 5, 5), nps(30, 10, 20)])).toMatchObject({
      value: 18.75,
      sampleSize: 80,
    });
    expect(
      poolValues('x', [
        { metricId: 'x', value: 1, unit: 'number', sampleSize: 1, sufficient: true },
      ]),
    ).toBeNull();
  });

  it('names the option at fault', () => {
    expect(() => crossAnalysis(dataset, { by: '' })).toThrow(/needs options.by/);
    expect(() => crossAnalysis(dataset, { by: 'x', outcome: [] })).toThrow(
      /outcome \[\] must be a metric id/,
    );
    expect(() => crossAnalysis(dataset, { by: 'x', bands: [3, 1] })).toThrow(/strictly ascending/);
  });
});

describe('crossAnalysis properties', () => {
  it('pools everyone else exactly: segment + rest = all segments; never NaN', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 200 })), {
          minLength: 2,
          maxLength: 6,
        }),
        (parts) => {
          const ratio = (n: number, d: number): MetricValue => ({
            metricId: 'csat',
            value: Math.min(n, d) / d,
            unit: 'ratio',
            numerator: Math.min(n, d),
            denominator: d,
            sampleSize: d,
            sufficient: true,
          });
          const groups = parts.map(([n, d], i) => ({
            key: `s${i}`,
            values: { csat: ratio(n, d) },
          }));
          const all = groups.map((g) => g.values.csat);
          const overall = poolValues('csat', all)!;
          const evaluation = {
            metrics: ['csat'],
            overall: { csat: overall },
            groups,
          } as unknown as Evaluation;
          for (const s of crossAnalysis(evaluation, { by: 'x' }).segments) {
            const c = s.cells[0]!;
            expect(c.rest!.numerator! + c.value.numerator!).toBe(overall.numerator);
            expect(c.rest!.denominator! + c.value.denominator!).toBe(overall.denominator);
            for (const x of [c.difference, c.differenceFromOverall, c.pValue])
              expect(Number.isNaN(x)).toBe(false);
          }
        },
      ),
    );
  });
});
