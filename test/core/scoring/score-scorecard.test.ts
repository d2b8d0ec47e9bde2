import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMetricMeta } from '@servicescore/core';
import type { MetricValue } from '@servicescore/core';
import {
  afterSalesTemplate,
  type ScorecardTemplate,
  scoreScorecard,
  TemplateError,
} from '@servicescore/core';

/*
 * The full worked example (afterSalesTemplate, all 15 indicators):
 *
 * | indicator (metric)                  | value  | band      | points | score | weight | score × weight |
 * | responseTimeliness (…Rate)          | 0.93   | ≥ 90 %    | 8      | 80    | 10     | 800  |
 * | firstContactResolution (fcr)        | 0.86   | ≥ 85 %    | 10     | 100   | 10     | 1000 |
 * | handlingTime (avgHandlingTime)      | 3 h    | ≤ 24 h    | 8      | 80    | 5      | 400  |  efficiency 2200 / 25 = 88
 * | diagnosisAccuracy                   | 0.78   | else      | 5      | 50    | 10     | 500  |
 * | solutionEffectiveness               | 0.95   | ≥ 95 %    | 10     | 100   | 5      | 500  |
 * | knowledgeBaseProficiency (qa)       | 85     | ≥ 80      | 8      | 80    | 5      | 400  |  professionalism 1400 / 20 = 70
 * | communicationPatience (positive…)   | 0.82   | ≥ 80 %    | 10     | 100   | 10     | 1000 |
 * | serviceEtiquette (qa)               | 92     | ≥ 90      | 10     | 100   | 5      | 500  |
 * | empathy (qa)                        | 79.9   | else      | 5      | 50    | 5      | 250  |  attitude 1750 / 20 = 87.5
 * | fullResolution (resolutionRate)     | 0.91   | ≥ 90 %    | 8      | 80    | 10     | 800  |
 * | complaintClosure                    | 0.97   | ≥ 95 %    | 10     | 100   | 5      | 500  |
 * | longTermRecurrence (repeatFault)    | 0.03   | ≤ 5 %     | 8      | 80    | 5      | 400  |  resolution 1700 / 20 = 85
 * | followUpTimeliness                  | 0.95   | ≥ 90 %    | 8      | 80    | 10     | 800  |
 * | careFrequency                       | 1.5    | ≥ 1       | 8      | 80    | 3      | 240  |
 * | opportunityDiscovery                | 6      | ≥ 5       | 10     | 100   | 2      | 200  |  proactivity 1240 / 15 = 82.67
 *
 * Total = (2200 + 1400 + 1750 + 1700 + 1240) / 100 = 8290 / 100 = 82.9 → 良好 (good).
 */
const values: Record<string, number> = {
  responseTimelinessRate: 0.93,
  fcr: 0.86,
  avgHandlingTime: 10_800_000,
  diagnosisAccuracy: 0.78,
  solutionEffectiveness: 0.95,
  'qaScore.knowledgeBase': 85,
  positiveReviewRate: 0.82,
  'qaScore.etiquette': 92,
  'qaScore.empathy': 79.9,
  resolutionRate: 0.91,
  complaintClosureRate: 0.97,
  repeatFaultRate: 0.03,
  followUpRate: 0.95,
  careFrequency: 1.5,
  opportunityRate: 6,
};

const indicator = (result: ReturnType<typeof scoreScorecard>, id: string) =>
  result.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id)!;

function mv(
  metricId: string,
  value: number | null,
  sufficient = true,
  sampleSize = 100,
): MetricValue {
  return {
    metricId,
    value,
    unit: getMetricMeta(metricId)?.unit ?? 'ratio',
    sampleSize,
    sufficient,
    ...(sufficient ? {} : { reason: 'insufficientSample' as const }),
  };
}

describe('scoreScorecard', () => {
  it('scores the worked after-sales example to 82.9, 良好', () => {
    const result = scoreScorecard(afterSalesTemplate, values);
    expect(result.total).toBeCloseTo(82.9, 10);
    expect(result.grade).toMatchObject({ id: 'good', label: { 'zh-CN': '良好', 'en-US': 'Good' } });
    expect(result.coverage).toBe(1);
    expect(result.dimensions.map((d) => d.score)).toEqual([
      88,
      70,
      87.5,
      85,
      expect.closeTo(82.6667, 4),
    ]);
    expect(result.dimensions.map((d) => d.tone)).toEqual(['good', 'pass', 'good', 'good', 'good']);
    const points = result.dimensions.flatMap((d) => d.indicators.map((i) => i.points));
    expect(points).toEqual([8, 10, 8, 5, 10, 8, 10, 10, 5, 8, 10, 8, 8, 8, 10]);
  });

  it('makes the weighted scores add up to the total', () => {
    const result = scoreScorecard(afterSalesTemplate, values);
    // responseTimeliness: 80 × 10 / 100 = 8.
    expect(indicator(result, 'responseTimeliness').weightedScore).toBe(8);
    const sum = result.dimensions
      .flatMap((d) => d.indicators)
      .reduce((s, i) => s + (i.weightedScore ?? 0), 0);
    expect(sum).toBeCloseTo(82.9, 10);
    // efficiency: 8 + 10 + 4 = 22.
    expect(result.dimensions[0]!.weightedScore).toBeCloseTo(22, 10);
  });

  it('scores a value exactly on a bound with the band it bounds (0.95 → 10)', () => {
    const result = scoreScorecard(afterSalesTemplate, {
      ...values,
      responseTimelinessRate: 0.95,
      avgHandlingTime: 7_200_000,
    });
    expect(indicator(result, 'responseTimeliness')).toMatchObject({
      points: 10,
      bandIndex: 0,
      tone: 'excellent',
    });
    expect(indicator(result, 'handlingTime')).toMatchObject({ points: 10, bandIndex: 0 });
  });

  it('gives suggestions only below full points', () => {
    const result = scoreScorecard(afterSalesTemplate, values);
    expect(indicator(result, 'responseTimeliness').suggestions[0]!['zh-CN']).toBe(
      '增加高峰期客服人员',
    );
    expect(indicator(result, 'firstContactResolution').suggestions).toEqual([]);
  });

  it('spreads the weight of a missing indicator over the rest by default (renormalise)', () => {
    const { diagnosisAccuracy: _, ...rest } = values;
    // Without diagnosisAccuracy (50 × 10 = 500): (8290 − 500) / (100 − 10) = 7790 / 90 = 86.56 → good.
    const result = scoreScorecard(afterSalesTemplate, rest);
    expect(result.total).toBeCloseTo(86.5556, 4);
    expect(result.coverage).toBeCloseTo(0.9, 12);
    expect(result.grade!.id).toBe('good');
    expect(indicator(result, 'diagnosisAccuracy')).toMatchObject({
      status: 'missing',
      points: null,
      score: null,
      weightedScore: null,
      suggestions: [],
    });
    // professionalism without it: (500 + 400) / 10 = 90, coverage 10 / 20.
    expect(result.dimensions[1]).toMatchObject({ score: 90, coverage: 0.5 });
  });

  it("counts a missing indicator as 0 with missing: 'zero'", () => {
    const { diagnosisAccuracy: _, ...rest } = values;
    // 7790 / 100 = 77.9 → 合格 (pass).
    const result = scoreScorecard(afterSalesTemplate, rest, { missing: 'zero' });
    expect(result.total).toBeCloseTo(77.9, 10);
    expect(result.grade!.id).toBe('pass');
    expect(result.coverage).toBeCloseTo(0.9, 12);
    expect(indicator(result, 'diagnosisAccuracy')).toMatchObject({
      status: 'missing',
      weightedScore: 0,
    });
  });

  it("takes the template's missing policy when the options give none", () => {
    const { diagnosisAccuracy: _, ...rest } = values;
    const zeroTemplate: ScorecardTemplate = { ...afterSalesTemplate, missing: 'zero' };
    expect(scoreScorecard(zeroTemplate, rest).total).toBeCloseTo(77.9, 10);
  });

  it('treats an insufficient sample as missing, never as 0', () => {
    // positiveReviewRate below its minimum sample: (8290 − 1000) / 90 = 81.0.
    const result = scoreScorecard(afterSalesTemplate, {
      ...values,
      positiveReviewRate: mv('positiveReviewRate', 0.82, false, 12),
    });
    expect(indicator(result, 'communicationPatience')).toMatchObject({
      status: 'insufficient',
      value: 0.82,
      sampleSize: 12,
      points: null,
    });
    expect(result.total).toBeCloseTo(81, 10);
    expect(result.coverage).toBeCloseTo(0.9, 12);
  });

  it('reports a non-finite sample size of a MetricValue as null, never Infinity (found by fuzzing)', () => {
    const result = scoreScorecard(afterSalesTemplate, {
      ...values,
      positiveReviewRate: mv('positiveReviewRate', 0.82, false, Number.NEGATIVE_INFINITY),
    });
    expect(indicator(result, 'communicationPatience')).toMatchObject({
      status: 'insufficient',
      sampleSize: null,
    });
  });

  it('treats a null value as missing', () => {
    const result = scoreScorecard(afterSalesTemplate, {
      ...values,
      fcr: mv('fcr', null, false, 0),
    });
    expect(indicator(result, 'firstContactResolution').status).toBe('missing');
  });

  it('uses manual points over the value and marks them manual', () => {
    // diagnosisAccuracy 7 manual points: 8290 − 500 + 700 = 8490 → 84.9.
    const result = scoreScorecard(afterSalesTemplate, values, { manual: { diagnosisAccuracy: 7 } });
    expect(indicator(result, 'diagnosisAccuracy')).toMatchObject({
      status: 'manual',
      points: 7,
      score: 70,
      value: 0.78,
      tone: 'pass',
    });
    expect(result.total).toBeCloseTo(84.9, 10);
  });

  it('scores a manual-source indicator from manual points only', () => {
    const t: ScorecardTemplate = {
      id: 'm',
      label: { 'zh-CN': 'm', 'en-US': 'm' },
      dimensions: [
        {
          id: 'd',
          label: { 'zh-CN': 'd', 'en-US': 'd' },
          weight: 100,
          indicators: [
            {
              id: 'auto',
              label: { 'zh-CN': 'a', 'en-US': 'a' },
              source: { metric: 'csat' },
              weight: 50,
              rule: { type: 'bands', bands: [{ min: 0.9, points: 10 }, { points: 0 }] },
            },
            {
              id: 'judge',
              label: { 'zh-CN': 'j', 'en-US': 'j' },
              source: { manual: true },
              weight: 50,
              rule: { type: 'bands', bands: [{ points: 0 }] },
            },
          ],
        },
      ],
    };
    // Without manual points 'judge' is missing: total = 100 (csat 0.95 → 10 points), coverage 0.5.
    expect(scoreScorecard(t, { csat: 0.95 })).toMatchObject({ total: 100, coverage: 0.5 });
    // With 6 of 10: (100 × 50 + 60 × 50) / 100 = 80.
    expect(scoreScorecard(t, { csat: 0.95 }, { manual: { judge: 6 } }).total).toBe(80);
  });

  it('rejects manual points outside 0..maxPoints, naming the indicator', () => {
    expect(() =>
      scoreScorecard(afterSalesTemplate, values, { manual: { firstContactResolution: 11 } }),
    ).toThrow(/Manual points 11 for indicator "firstContactResolution" are out of range/);
    expect(() => scoreScorecard(afterSalesTemplate, values, { manual: { empathy: -1 } })).toThrow(
      RangeError,
    );
  });

  it('rejects manual points for an unknown indicator', () => {
    expect(() => scoreScorecard(afterSalesTemplate, values, { manual: { nope: 5 } })).toThrow(
      /"nope", which is not an indicator/,
    );
  });

  it('gives a null total and grade when nothing has data, under either policy', () => {
    for (const missing of ['renormalise', 'zero'] as const) {
      const result = scoreScorecard(afterSalesTemplate, {}, { missing });
      expect(result).toMatchObject({ total: null, grade: null, coverage: 0 });
      expect(result.dimensions[0]!.score).toBeNull();
    }
  });

  it('looks a value up by indicator id before the metric id', () => {
    // By indicator id 0.99 (→ 10) wins over the metric id's 0.5 (→ 5).
    const result = scoreScorecard(afterSalesTemplate, {
      ...values,
      responseTimelinessRate: 0.5,
      responseTimeliness: 0.99,
    });
    expect(indicator(result, 'responseTimeliness').points).toBe(10);
  });

  it('reads an Evaluation (its overall values), a group and { values }', () => {
    const overall = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, mv(k, v)]));
    const evaluation = {
      metrics: Object.keys(values),
      overall,
      groups: [],
      periods: [],
      excluded: { total: 0, byReason: { duplicate: 0, spam: 0, merged: 0, test: 0 } },
      censored: { openTickets: 0 },
      ungrouped: { tickets: 0, calls: 0, agents: 0, customers: 0 },
      unattributed: { tickets: 0, calls: 0, agents: 0, customers: 0 },
      records: { tickets: 0, calls: 0, agents: 0, customers: 0 },
      asOf: 0,
      timeZone: 'UTC',
    };
    expect(scoreScorecard(afterSalesTemplate, evaluation).total).toBeCloseTo(82.9, 10);
    expect(
      scoreScorecard(afterSalesTemplate, { key: 'agent-1', values: overall }).total,
    ).toBeCloseTo(82.9, 10);
    expect(scoreScorecard(afterSalesTemplate, { values: overall }).total).toBeCloseTo(82.9, 10);
    expect(scoreScorecard(afterSalesTemplate, overall).total).toBeCloseTo(82.9, 10);
  });

  it('takes the unit from the MetricValue, else from the catalogue', () => {
    const result = scoreScorecard(afterSalesTemplate, values);
    expect(indicator(result, 'handlingTime').unit).toBe('duration');
    expect(indicator(result, 'empathy').unit).toBe('score');
  });

  it('grades the total rounded to the display precision (89.96 → 90.0 → 优秀)', () => {
    const t: ScorecardTemplate = {
      id: 'r',
      label: { 'zh-CN': 'r', 'en-US': 'r' },
      dimensions: [
        {
          id: 'd',
          label: { 'zh-CN': 'd', 'en-US': 'd' },
          weight: 100,
          indicators: [
            {
              id: 'q',
              label: { 'zh-CN': 'q', 'en-US': 'q' },
              source: { metric: 'qaScore.etiquette' },
              weight: 100,
              rule: {
                type: 'linear',
                from: { value: 0, points: 0 },
                to: { value: 100, points: 10 },
              },
            },
          ],
        },
      ],
    };
    // The value 89.96 is shown as 90.0 (score unit, 1 decimal) and scored as shown:
    // 90.0 → 9 points → score 90 → excellent. 89.94 is shown 89.9 → score 89.9 → good.
    const high = scoreScorecard(t, { 'qaScore.etiquette': 89.96 });
    expect(high.total).toBeCloseTo(90, 10);
    expect(high.grade!.label['zh-CN']).toBe('优秀');
    expect(scoreScorecard(t, { 'qaScore.etiquette': 89.94 }).grade!.id).toBe('good');
  });

  it('refuses an invalid template with a TemplateError', () => {
    const broken: ScorecardTemplate = {
      ...afterSalesTemplate,
      dimensions: afterSalesTemplate.dimensions.slice(1),
    };
    expect(() => scoreScorecard(broken, values)).toThrow(TemplateError);
  });

  it('rejects a non-finite input value, naming the indicator', () => {
    expect(() => scoreScorecard(afterSalesTemplate, { ...values, fcr: Number.NaN })).toThrow(
      /"firstContactResolution" has the value NaN/,
    );
  });

  it('returns plain serialisable data', () => {
    const result = scoreScorecard(afterSalesTemplate, values);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('keeps the total within 0..100 and never NaN, whatever the values (property)', () => {
    const ids = Object.keys(values);
    const entry = fc.oneof(
      fc.constant(null),
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.record({
        metricId: fc.constant('x'),
        value: fc.option(fc.double({ min: -1e3, max: 1e3, noNaN: true })),
        unit: fc.constant('ratio' as const),
        sampleSize: fc.nat(100),
        sufficient: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ids), entry),
        fc.constantFrom('renormalise' as const, 'zero' as const),
        (inputs, missing) => {
          let result: ReturnType<typeof scoreScorecard>;
          try {
            result = scoreScorecard(afterSalesTemplate, inputs, { missing });
          } catch (error) {
            // Out-of-domain values (a ratio of 85, a MetricValue of another metric) are refused
            // by name, never scored (issue 12).
            return /^Input for indicator "[^"]+" (has the value|is a value of metric)/.test(
              (error as Error).message,
            );
          }
          if (result.total === null) return result.grade === null;
          return (
            result.total >= 0 &&
            result.total <= 100 &&
            !Number.isNaN(result.total) &&
            result.coverage >= 0 &&
            result.coverage <= 1
          );
        },
      ),
    );
  });
});
