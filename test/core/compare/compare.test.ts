import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, compareEvaluations } from '@servicescore/core';
import type { MetricValue } from '@servicescore/core';

function ratio(metricId: string, numerator: number, denominator: number): MetricValue {
  return {
    metricId,
    value: numerator / denominator,
    unit: 'ratio',
    numerator,
    denominator,
    sampleSize: denominator,
    sufficient: true,
  };
}

function mean(metricId: string, xs: number[], unit: MetricValue['unit'] = 'duration'): MetricValue {
  const sum = xs.reduce((s, x) => s + x, 0);
  const sumSquares = xs.reduce((s, x) => s + x * x, 0);
  return {
    metricId,
    value: sum / xs.length,
    unit,
    sum,
    sumSquares,
    count: xs.length,
    sampleSize: xs.length,
    sufficient: true,
  };
}

function nps(promoters: number, passives: number, detractors: number): MetricValue {
  const n = promoters + passives + detractors;
  return {
    metricId: 'nps',
    value: ((promoters - detractors) / n) * 100,
    unit: 'points',
    promoters,
    passives,
    detractors,
    numerator: promoters - detractors,
    denominator: n,
    sampleSize: n,
    sufficient: true,
  };
}

describe('compare', () => {
  it('gives delta, relative change and improvement for a higher-is-better ratio', () => {
    // csat 45/100 → 60/100: delta 0.15, relative 0.15 / 0.45 = 1/3.
    const c = compare(ratio('csat', 45, 100), ratio('csat', 60, 100));
    expect(c.delta).toBeCloseTo(0.15, 12);
    expect(c.relativeChange).toBeCloseTo(1 / 3, 12);
    expect(c.change).toBe('improved');
    expect(c.direction).toBe('higher');
  });

  it('runs the pooled two-proportion z-test on ratios (45/100 vs 60/100: z = 2.124, p = 0.0337)', () => {
    // p̂ = 105/200 = 0.525; SE = √(0.525 × 0.475 × (1/100 + 1/100)) = 0.070622; z = 0.15 / 0.070622.
    const c = compare(ratio('csat', 45, 100), ratio('csat', 60, 100));
    expect(c.test).toBe('twoProportionZ');
    expect(c.statistic).toBeCloseTo(2.123977, 5);
    expect(c.pValue).toBeCloseTo(0.033672, 5);
    expect(c.significant).toBe(true);
  });

  it('calls a rising MTTR worsened (the catalogue says lower is better)', () => {
    // before [1..5] h mean 3, var 2.5; after [3..7] h mean 5, var 2.5: SE = √(0.5 + 0.5) = 1, t = 2,
    // df = 1 / (0.25/4 + 0.25/4) = 8 → p = 0.0805 (scipy ttest_ind(equal_var=False)).
    const c = compare(
      mean('avgResolutionTime', [1, 2, 3, 4, 5]),
      mean('avgResolutionTime', [3, 4, 5, 6, 7]),
    );
    expect(c.direction).toBe('lower');
    expect(c.change).toBe('worsened');
    expect(c.test).toBe('welchT');
    expect(c.statistic).toBeCloseTo(2, 12);
    expect(c.pValue).toBeCloseTo(0.080516, 5);
    expect(c.significant).toBe(false);
  });

  it("runs Welch's t-test with unequal variances and sizes", () => {
    // scipy: t = −4.889489, df = 11.249, p = 0.000449 (before − after); here after − before.
    const c = compare(
      mean('csatMean', [22, 25, 19, 28, 30, 21, 24, 26], 'number'),
      mean('csatMean', [12, 15, 11, 18, 20, 14], 'number'),
    );
    expect(c.statistic).toBeCloseTo(-4.889489, 5);
    expect(c.pValue).toBeCloseTo(0.000449316, 7);
    expect(c.significant).toBe(true);
    expect(c.change).toBe('worsened');
  });

  it('runs a z-test on NPS with the per-respondent variance', () => {
    // before 50/30/20 → NPS 30, var (0.5 + 0.2 − 0.09)/100 = 0.0061; after 60/25/15 → 45,
    // var (0.6 + 0.15 − 0.2025)/100 = 0.005475; z = 0.15 / √0.011575 = 1.39422, p = 0.16325.
    const c = compare(nps(50, 30, 20), nps(60, 25, 15));
    expect(c.test).toBe('npsZ');
    expect(c.delta).toBeCloseTo(15, 10);
    expect(c.statistic).toBeCloseTo(1.394218, 5);
    expect(c.pValue).toBeCloseTo(0.163252, 5);
    expect(c.significant).toBe(false);
    expect(c.change).toBe('improved');
  });

  it('takes the direction from the argument over the catalogue', () => {
    expect(compare(ratio('csat', 5, 10), ratio('csat', 6, 10), 'lower').change).toBe('worsened');
    expect(compare(ratio('csat', 5, 10), ratio('csat', 6, 10), { direction: 'lower' }).change).toBe(
      'worsened',
    );
  });

  it('treats a null direction as not given, not as a crash (found by fuzzing)', () => {
    // csat 5/10 → 6/10 with the catalogue's 'higher': improved. Before the fix, null threw
    // "Cannot read properties of null (reading 'direction')".
    expect(compare(ratio('csat', 5, 10), ratio('csat', 6, 10), null).change).toBe('improved');
    expect(() => compare(ratio('csat', 5, 10), ratio('csat', 6, 10), 'up' as never)).toThrow(
      /Invalid direction "up" for metric "csat"/,
    );
  });

  it("defaults to 'higher' for a metric the catalogue does not know", () => {
    const c = compare(
      { metricId: 'custom', value: 1, unit: 'number', sampleSize: 1, sufficient: true },
      { metricId: 'custom', value: 2, unit: 'number', sampleSize: 1, sufficient: true },
    );
    expect(c).toMatchObject({
      direction: 'higher',
      change: 'improved',
      significant: null,
      pValue: null,
      test: null,
    });
  });

  it('gives a null relative change when before is 0', () => {
    const c = compare(ratio('reopenRate', 0, 50), ratio('reopenRate', 5, 50));
    expect(c.relativeChange).toBeNull();
    expect(c.change).toBe('worsened');
  });

  it('divides the relative change by |before| so a rise of a negative NPS is positive', () => {
    // −10 → −5: delta +5, relative +5 / 10 = +0.5.
    const c = compare(nps(20, 50, 30), nps(25, 45, 30));
    expect(c.relativeChange).toBeCloseTo(0.5, 12);
  });

  it("is 'unknown' with nulls when either value is missing", () => {
    const empty: MetricValue = {
      metricId: 'csat',
      value: null,
      unit: 'ratio',
      sampleSize: 0,
      sufficient: false,
      reason: 'noData',
    };
    expect(compare(empty, ratio('csat', 1, 2))).toMatchObject({
      before: null,
      delta: null,
      relativeChange: null,
      change: 'unknown',
      significant: null,
    });
  });

  it("is 'unchanged' for equal values, with p = 1", () => {
    expect(compare(ratio('csat', 9, 10), ratio('csat', 90, 100))).toMatchObject({
      change: 'unchanged',
      delta: 0,
      pValue: 1,
      significant: false,
    });
  });

  it('leaves significance null for ratios that are not counts (sum ratios)', () => {
    const util = (busy: number): MetricValue => ({
      metricId: 'utilization',
      value: busy / 1000,
      unit: 'ratio',
      numerator: busy,
      denominator: 1000,
      sampleSize: 3,
      sufficient: true,
    });
    expect(compare(util(500), util(700)).significant).toBeNull();
  });

  it('refuses values of two different metrics', () => {
    expect(() => compare(ratio('csat', 1, 2), ratio('fcr', 1, 2))).toThrow(
      /"csat" \(before\) and "fcr" \(after\)/,
    );
  });

  it('never returns NaN (property)', () => {
    const value = fc.record({
      x: fc.nat(1000),
      extra: fc.nat(1000),
      kind: fc.constantFrom('ratio', 'mean', 'nps', 'null'),
      // Means here are durations (≥ 0): a negative one is refused (issue 12), see below.
      a: fc.double({ min: 0, max: 1e6, noNaN: true }),
      b: fc.double({ min: 0, max: 1e6, noNaN: true }),
    });
    const build = (v: {
      x: number;
      extra: number;
      kind: string;
      a: number;
      b: number;
    }): MetricValue => {
      if (v.kind === 'null')
        return { metricId: 'm', value: null, unit: 'ratio', sampleSize: 0, sufficient: false };
      if (v.kind === 'ratio')
        return v.x + v.extra === 0
          ? { metricId: 'm', value: null, unit: 'ratio', sampleSize: 0, sufficient: false }
          : { ...ratio('m', v.x, v.x + v.extra) };
      if (v.kind === 'nps')
        return v.x + v.extra === 0
          ? { metricId: 'm', value: null, unit: 'points', sampleSize: 0, sufficient: false }
          : { ...nps(v.x, 0, v.extra), metricId: 'm' };
      return mean('m', [v.a, v.b, v.a]);
    };
    fc.assert(
      fc.property(value, value, (p, q) => {
        // Like with like: both sides of one kind (units never mix, see "refuses mismatched units").
        const c = compare(build(p), build({ ...q, kind: q.kind === 'null' ? 'null' : p.kind }));
        return [c.delta, c.relativeChange, c.pValue, c.statistic, c.before, c.after].every(
          (x) => x === null || Number.isFinite(x),
        );
      }),
    );
  });
});

describe('compareEvaluations', () => {
  it('compares the metrics present in both, in the before order', () => {
    const before = {
      csat: ratio('csat', 45, 100),
      fcr: ratio('fcr', 7, 10),
      only: ratio('only', 1, 2),
    };
    const after = { fcr: ratio('fcr', 8, 10), csat: ratio('csat', 60, 100) };
    const out = compareEvaluations(before, after);
    expect(out.map((c) => [c.metricId, c.change])).toEqual([
      ['csat', 'improved'],
      ['fcr', 'improved'],
    ]);
  });

  it("reports a requested metric missing on one side as 'unknown'", () => {
    const out = compareEvaluations({ csat: ratio('csat', 1, 2) }, {}, ['csat']);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ metricId: 'csat', before: 0.5, after: null, change: 'unknown' });
  });
});
