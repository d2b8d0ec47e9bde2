import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { wilsonInterval } from '@servicescore/core/advanced';
import { ASOF, HOUR, T0, dataset, rated, run, ticket } from './fixtures';

const DAY = 24 * HOUR;

describe('csat (top-2-box)', () => {
  it('divides answers of 4 or 5 by all answers', () => {
    // 5, 5, 4, 3, 1 → top-box 3 of 5 = 0.6
    const v = run('csat', dataset(rated([5, 5, 4, 3, 1])));
    expect(v).toMatchObject({
      value: 0.6,
      numerator: 3,
      denominator: 5,
      sampleSize: 5,
      unit: 'ratio',
    });
  });

  it('counts a score of exactly 4 as top-box', () => {
    // 4, 4 → 2 of 2 = 1
    expect(run('csat', dataset(rated([4, 4])))?.value).toBe(1);
  });

  it('counts a score of 3 as not satisfied', () => {
    // 3 → 0 of 1
    expect(run('csat', dataset(rated([3])))).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
  });

  it('leaves tickets without an answer out of the denominator', () => {
    // 5, 2 answered + 3 unanswered → 1 of 2 = 0.5
    const v = run('csat', dataset([...rated([5, 2]), ticket(), ticket(), ticket()]));
    expect(v).toMatchObject({ value: 0.5, numerator: 1, denominator: 2, sampleSize: 2 });
  });

  it('counts an answer on an open ticket', () => {
    // open ticket rated 5 + resolved rated 1 → 1 of 2
    const v = run(
      'csat',
      dataset([ticket({ status: 'open', resolvedAt: undefined, csat: 5 }), ticket({ csat: 1 })]),
    );
    expect(v).toMatchObject({ value: 0.5, denominator: 2 });
  });

  it('gives null with reason noData when nobody answered', () => {
    const v = run('csat', dataset([ticket(), ticket()]));
    expect(v).toMatchObject({ value: null, reason: 'noData', sufficient: false, sampleSize: 0 });
  });

  it('gives null with reason noData for an empty dataset', () => {
    expect(run('csat', dataset([]))).toMatchObject({ value: null, reason: 'noData' });
  });

  it('is insufficient at 29 answers and sufficient at 30 (minSample 30)', () => {
    const at29 = run('csat', dataset(rated(new Array(29).fill(5))));
    expect(at29).toMatchObject({
      value: 1,
      sampleSize: 29,
      sufficient: false,
      reason: 'insufficientSample',
    });
    const at30 = run('csat', dataset(rated(new Array(30).fill(5))));
    expect(at30).toMatchObject({ value: 1, sampleSize: 30, sufficient: true });
    expect(at30?.reason).toBeUndefined();
  });

  it('carries the published Wilson interval for 8 of 10: [0.4902, 0.9433]', () => {
    // 8 × 5 and 2 × 1 → 0.8; Newcombe (1998) / Wilson score 95 %: 0.4902 – 0.9433
    const v = run('csat', dataset(rated([5, 5, 5, 5, 5, 5, 5, 5, 1, 1])));
    expect(v?.value).toBe(0.8);
    expect(v?.interval?.[0]).toBeCloseTo(0.4902, 4);
    expect(v?.interval?.[1]).toBeCloseTo(0.9433, 4);
  });

  it('gives a non-degenerate interval at 100 %: 10 of 10 → [0.7225, 1]', () => {
    // Wilson lower bound for 10/10 = 10 / (10 + 1.96²) = 0.7225
    const v = run('csat', dataset(rated(new Array(10).fill(5))));
    expect(v?.interval?.[0]).toBeCloseTo(0.7225, 4);
    // upper bound 1 (up to floating-point rounding in the Wilson formula)
    expect(v?.interval?.[1]).toBeCloseTo(1, 12);
  });

  it('puts an answer into the period of surveyedAt, not of creation', () => {
    // created 27 Feb, resolved 28 Feb, surveyed 2 Mar → March
    const feb = Date.UTC(2026, 1, 27);
    const t = ticket({ createdAt: feb, resolvedAt: feb + DAY, surveyedAt: T0, csat: 5 });
    const e = evaluate(dataset([t]), { metrics: ['csat'], asOf: ASOF, period: 'month' });
    expect(e.periods.map((p) => p.period)).toEqual(['2026-03']);
  });

  it('falls back to resolvedAt when there is no surveyedAt', () => {
    // created 27 Feb, resolved 1 Mar 10:00 → March
    const feb = Date.UTC(2026, 1, 27);
    const t = ticket({ createdAt: feb, resolvedAt: Date.UTC(2026, 2, 1, 10), csat: 5 });
    const e = evaluate(dataset([t]), { metrics: ['csat'], asOf: ASOF, period: 'month' });
    expect(e.periods.map((p) => p.period)).toEqual(['2026-03']);
  });

  it('pools groups: the total is summed hits over summed answers, not the mean of the groups', () => {
    // agent a: 1 of 1 (100 %); agent b: 1 of 3 (33 %) → total 2 of 4 = 0.5, not 0.667
    const tickets = [
      ticket({ agentId: 'a', csat: 5 }),
      ticket({ agentId: 'b', csat: 5 }),
      ticket({ agentId: 'b', csat: 1 }),
      ticket({ agentId: 'b', csat: 2 }),
    ];
    const e = evaluate(dataset(tickets), { metrics: ['csat'], asOf: ASOF, groupBy: 'agentId' });
    expect(e.overall.csat).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
    expect(
      e.groups.map((g) => [g.key, g.values.csat?.numerator, g.values.csat?.denominator]),
    ).toEqual([
      ['a', 1, 1],
      ['b', 1, 3],
    ]);
  });

  it('stays within [0, 1] with the value inside its interval (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 60 }),
        (scores) => {
          const v = run('csat', dataset(rated(scores)));
          const hits = scores.filter((s) => s >= 4).length;
          expect(v?.numerator).toBe(hits);
          expect(v?.denominator).toBe(scores.length);
          expect(v?.value).toBe(hits / scores.length);
          const [lo, hi] = v?.interval ?? [Number.NaN, Number.NaN];
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(1);
          expect(v?.value).toBeGreaterThanOrEqual(lo - 1e-12);
          expect(v?.value).toBeLessThanOrEqual(hi + 1e-12);
          expect(v?.interval).toEqual(wilsonInterval(hits, scores.length));
        },
      ),
      { numRuns: 100 },
    );
  });
});
