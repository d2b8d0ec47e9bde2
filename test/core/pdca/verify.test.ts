import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricValue } from '@servicescore/core';
import {
  type ImprovementAction,
  type ImprovementPlan,
  ImprovementPlanError,
  verifyImprovementPlan,
} from '@servicescore/core';

const ratio = (
  metricId: string,
  numerator: number,
  denominator: number,
  sufficient = true,
): MetricValue => ({
  metricId,
  value: numerator / denominator,
  unit: 'ratio',
  numerator,
  denominator,
  sampleSize: denominator,
  sufficient,
});

const action = (over: Partial<ImprovementAction> = {}): ImprovementAction => ({
  id: 'a1',
  title: { 'zh-CN': '增加高峰期客服人员', 'en-US': 'More agents at peak hours' },
  metric: 'csat',
  kind: 'resources',
  rootCause: ['响应不及时', '人员不足', '排班不合理', '未考虑高峰期流量'],
  owner: '客服部',
  due: '2026-10-31',
  expected: { type: 'target', value: 0.85 },
  status: 'done',
  ...over,
});

const plan = (...actions: ImprovementAction[]): ImprovementPlan => ({
  id: 'q3',
  title: '2026 Q3 提升方案',
  timeZone: 'Asia/Shanghai',
  cycles: [{ id: 'c1', baseline: '2026-07', review: '2026-10' }],
  actions,
});

const asOf = '2026-11-01T00:00:00+08:00';

describe('verifyImprovementPlan', () => {
  it('reaches the seed 003 target CSAT 75 → 85 on 200 surveys, significantly, and standardises it', () => {
    // 150/200 = 0.75 → 170/200 = 0.85. Expected change = 0.85 − 0.75 = 0.10, observed 0.10 → progress 1.
    // Two-proportion z: pooled p = 320/400 = 0.8, SE = √(0.8·0.2·(1/200 + 1/200)) = √0.0016 = 0.04,
    // z = 0.10 / 0.04 = 2.5, p = 2(1 − Φ(2.5)) = 0.0124 < 0.05 → significant.
    const v = verifyImprovementPlan(
      plan(action()),
      { csat: ratio('csat', 150, 200) },
      { csat: ratio('csat', 170, 200) },
      { asOf },
    );
    const a = v.actions[0]!;
    expect(a.before).toBe(0.75);
    expect(a.after).toBe(0.85);
    expect(a.observedChange).toBeCloseTo(0.1, 12);
    expect(a.expectedChange).toBeCloseTo(0.1, 12);
    expect(a.expectedValue).toBe(0.85);
    expect(a.progress).toBeCloseTo(1, 9);
    expect(a.comparison.statistic).toBeCloseTo(2.5, 9);
    expect(a.pValue).toBeCloseTo(0.0124, 4);
    expect(a.significant).toBe(true);
    expect(a.outcome).toBe('reached');
    expect(a.reason).toBe('expectedReached');
    expect(a.nextStep).toBe('standardise');
    expect(v.summary.outcome).toBe('effective');
  });

  it('reaches the seed example as bare scores 75 → 85 (no sample, so no test: significant null)', () => {
    const p = plan(
      action({ metric: 'csatScore', direction: 'higher', expected: { type: 'target', value: 85 } }),
    );
    const a = verifyImprovementPlan(p, { csatScore: 75 }, { csatScore: 85 }, { asOf }).actions[0]!;
    // observed 85 − 75 = 10 = expected 85 − 75 → progress 1.
    expect(a.observedChange).toBe(10);
    expect(a.progress).toBe(1);
    expect(a.significant).toBeNull();
    expect(a.outcome).toBe('reached');
  });

  it('calls the same change on 20 surveys only partly reached: not significant', () => {
    // 15/20 → 17/20: pooled 32/40 = 0.8, SE = √(0.16·(1/20 + 1/20)) = √0.016 = 0.12649,
    // z = 0.10 / 0.12649 = 0.7906, p = 0.429 ≥ 0.05.
    const a = verifyImprovementPlan(
      plan(action()),
      { csat: ratio('csat', 15, 20) },
      { csat: ratio('csat', 17, 20) },
      { asOf },
    ).actions[0]!;
    expect(a.pValue).toBeCloseTo(0.429, 3);
    expect(a.outcome).toBe('partly');
    expect(a.reason).toBe('notSignificant');
    expect(a.nextStep).toBe('keepGoing');
  });

  it('never calls an insufficient sample reached', () => {
    const a = verifyImprovementPlan(
      plan(action()),
      { csat: ratio('csat', 150, 200) },
      { csat: ratio('csat', 19, 20, false) },
      { asOf },
    ).actions[0]!;
    expect(a.outcome).toBe('notMeasurable');
    expect(a.reason).toBe('insufficientSample');
    expect(a.nextStep).toBe('measureAgain');
  });

  it('says what is missing: no baseline, no review value', () => {
    const v = verifyImprovementPlan(
      plan(action()),
      {},
      { csat: ratio('csat', 170, 200) },
      { asOf },
    );
    expect(v.actions[0]!.reason).toBe('noBaseline');
    const w = verifyImprovementPlan(
      plan(action()),
      { csat: ratio('csat', 150, 200) },
      { csat: null },
      { asOf },
    );
    expect(w.actions[0]!.reason).toBe('noReview');
    expect(w.actions[0]!.expectedChange).toBeCloseTo(0.1, 12);
    expect(w.summary.outcome).toBe('notMeasurable');
  });

  it('is direction-aware: a 20 % faster MTTR is an improvement, a slower one is worse', () => {
    // before 10 h = 36 000 000 ms; expected −20 % → −7 200 000 ms (target 28 800 000);
    // after 7 h = 25 200 000: observed −10 800 000, progress = 10.8 / 7.2 = 1.5 → reached.
    const p = plan(
      action({ metric: 'avgResolutionTime', expected: { type: 'relative', change: -0.2 } }),
    );
    const good = verifyImprovementPlan(
      p,
      { avgResolutionTime: 36_000_000 },
      { avgResolutionTime: 25_200_000 },
      { asOf },
    ).actions[0]!;
    expect(good.direction).toBe('lower');
    expect(good.expectedChange).toBe(-7_200_000);
    expect(good.expectedValue).toBe(28_800_000);
    expect(good.progress).toBeCloseTo(1.5, 12);
    expect(good.comparison.change).toBe('improved');
    expect(good.outcome).toBe('reached');
    // after 11 h = 39 600 000: observed +3 600 000, progress = −3.6 / 7.2 = −0.5 → worsened; done → re-analyse.
    const bad = verifyImprovementPlan(
      p,
      { avgResolutionTime: 36_000_000 },
      { avgResolutionTime: 39_600_000 },
      { asOf },
    ).actions[0]!;
    expect(bad.progress).toBeCloseTo(-0.5, 12);
    expect(bad.outcome).toBe('notReached');
    expect(bad.reason).toBe('worsened');
    expect(bad.nextStep).toBe('reanalyse');
  });

  it('reads "问题判断准确率提升15%" as a relative change and finds it half reached', () => {
    // 0.80 × 1.15 = 0.92 expected (change +0.12); after 0.86 → observed +0.06, progress 0.5.
    const p = plan(
      action({
        metric: 'diagnosisAccuracy',
        kind: 'capability',
        expected: { type: 'relative', change: 0.15 },
      }),
    );
    const a = verifyImprovementPlan(
      p,
      { diagnosisAccuracy: 0.8 },
      { diagnosisAccuracy: 0.86 },
      { asOf },
    ).actions[0]!;
    expect(a.expectedChange).toBeCloseTo(0.12, 12);
    expect(a.expectedValue).toBeCloseTo(0.92, 12);
    expect(a.progress).toBeCloseTo(0.5, 9);
    expect(a.outcome).toBe('partly');
    expect(a.reason).toBe('belowExpected');
  });

  it('reads an absolute change in the metric unit (+5 percentage points of FCR)', () => {
    // 0.70 + 0.05 = 0.75 expected; after 0.76 → observed 0.06, progress 1.2.
    const p = plan(action({ metric: 'fcr', expected: { type: 'absolute', change: 0.05 } }));
    const a = verifyImprovementPlan(p, { fcr: 0.7 }, { fcr: 0.76 }, { asOf }).actions[0]!;
    expect(a.progress).toBeCloseTo(1.2, 9);
    expect(a.outcome).toBe('reached');
  });

  it('cannot measure a relative change on a zero baseline', () => {
    const p = plan(
      action({ metric: 'complaintRate', expected: { type: 'relative', change: -0.3 } }),
    );
    const a = verifyImprovementPlan(p, { complaintRate: 0 }, { complaintRate: 0.01 }, { asOf })
      .actions[0]!;
    expect(a.outcome).toBe('notMeasurable');
    expect(a.reason).toBe('zeroBaseline');
  });

  it('keeps a target the baseline already met reached while it stays met', () => {
    const a = verifyImprovementPlan(plan(action()), { csat: 0.9 }, { csat: 0.88 }, { asOf })
      .actions[0]!;
    expect(a.reason).toBe('targetMetAtBaseline');
    expect(a.outcome).toBe('reached');
    const b = verifyImprovementPlan(plan(action()), { csat: 0.9 }, { csat: 0.8 }, { asOf })
      .actions[0]!;
    expect(b.outcome).toBe('notReached');
  });

  it('refuses an expected change against the metric direction, naming the action', () => {
    const p = plan(
      action({
        id: 'mttr',
        metric: 'avgResolutionTime',
        expected: { type: 'relative', change: 0.2 },
      }),
    );
    expect(() =>
      verifyImprovementPlan(p, { avgResolutionTime: 1 }, { avgResolutionTime: 2 }, { asOf }),
    ).toThrow(
      /Action "mttr" expects a relative change of 0.2 in "avgResolutionTime", where lower is better/,
    );
  });

  it('flags an open action overdue once its due day has passed in the plan time zone', () => {
    const open = plan(action({ status: 'inProgress', due: '2026-10-31' }));
    // 2026-10-31T15:59:59Z = 23:59:59 on the 31st in Shanghai (UTC+8): still due today.
    const same = verifyImprovementPlan(
      open,
      { csat: 0.75 },
      { csat: 0.8 },
      { asOf: '2026-10-31T15:59:59Z' },
    ).actions[0]!;
    expect(same.overdue).toBe(false);
    // 2026-11-02T00:00:00+08:00: two days after the 31st.
    const late = verifyImprovementPlan(
      open,
      { csat: 0.75 },
      { csat: 0.8 },
      { asOf: '2026-11-02T00:00:00+08:00' },
    );
    expect(late.actions[0]!.overdue).toBe(true);
    expect(late.actions[0]!.daysOverdue).toBe(2);
    expect(late.summary.overdue).toBe(1);
    // A done action is never overdue.
    const done = verifyImprovementPlan(
      plan(action({ due: '2026-01-01' })),
      { csat: 0.75 },
      { csat: 0.8 },
      { asOf },
    );
    expect(done.actions[0]!.overdue).toBe(false);
  });

  it('re-analyses an overdue action that has not moved, keeps going with one that is not due yet', () => {
    const p = plan(action({ status: 'inProgress', due: '2026-10-15' }));
    expect(
      verifyImprovementPlan(p, { csat: 0.75 }, { csat: 0.75 }, { asOf }).actions[0]!.nextStep,
    ).toBe('reanalyse');
    const q = plan(action({ status: 'inProgress', due: '2026-12-15' }));
    expect(
      verifyImprovementPlan(q, { csat: 0.75 }, { csat: 0.75 }, { asOf }).actions[0]!.nextStep,
    ).toBe('keepGoing');
  });

  it('summarises a cycle: counts by outcome and next step, cancelled apart', () => {
    const p = plan(
      action({ id: 'reached' }),
      action({ id: 'partly', metric: 'fcr', expected: { type: 'absolute', change: 0.1 } }),
      action({ id: 'none', metric: 'nps', expected: { type: 'absolute', change: 10 } }),
      action({ id: 'cancelled', status: 'cancelled' }),
    );
    // csat 0.75 → 0.85 reached; fcr 0.7 → 0.75 is half of +0.10 → partly; nps has no values → not measurable.
    const v = verifyImprovementPlan(
      p,
      { csat: 0.75, fcr: 0.7 },
      { csat: 0.85, fcr: 0.75 },
      { asOf },
    );
    expect(v.summary).toEqual({
      actions: 4,
      cancelled: 1,
      outcomes: { reached: 1, partly: 1, notReached: 0, notMeasurable: 1 },
      nextSteps: { standardise: 1, keepGoing: 1, reanalyse: 0, measureAgain: 1 },
      overdue: 0,
      outcome: 'partlyEffective',
    });
    expect(v.actions.map((a) => a.nextStep)).toEqual([
      'standardise',
      'keepGoing',
      'measureAgain',
      null,
    ]);
    expect(v.summary.outcome).toBe('partlyEffective');
  });

  it('verifies the named cycle only and asks for one when there are several', () => {
    const two: ImprovementPlan = {
      ...plan(action({ id: 'x', cycle: 'c1' }), action({ id: 'y', cycle: 'c2' })),
      cycles: [
        { id: 'c1', baseline: '2026-04', review: '2026-07' },
        { id: 'c2', baseline: '2026-07', review: '2026-10' },
      ],
    };
    expect(() => verifyImprovementPlan(two, {}, {}, { asOf })).toThrow(
      /has 2 cycles: name the one to verify in options.cycle \(c1, c2\)/,
    );
    const v = verifyImprovementPlan(two, { csat: 0.75 }, { csat: 0.85 }, { asOf, cycle: 'c2' });
    expect(v.actions.map((a) => a.actionId)).toEqual(['y']);
    expect(v.baseline).toBe('2026-07');
    expect(() => verifyImprovementPlan(two, {}, {}, { asOf, cycle: 'c9' })).toThrow(
      /has no cycle "c9"/,
    );
  });

  it('rejects an invalid plan with every problem and its path', () => {
    const bad = {
      ...plan(action({ due: '2026-02-30' }), action({ expected: { type: 'relative', change: 0 } })),
    };
    try {
      verifyImprovementPlan(bad, {}, {}, { asOf });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImprovementPlanError);
      const err = e as ImprovementPlanError;
      expect(err.issues.map((i) => i.path)).toEqual([
        'actions[0].due',
        'actions[1].expected.change',
        'actions[1].id',
      ]);
      expect(err.message).toContain(
        'actions[0].due (action "a1"): must be a calendar date written YYYY-MM-DD',
      );
      expect(err.message).toContain('repeats the action id "a1"');
    }
  });

  it('refuses NaN values and a bad asOf with a sentence naming them', () => {
    expect(() =>
      verifyImprovementPlan(plan(action()), { csat: Number.NaN }, { csat: 0.8 }, { asOf }),
    ).toThrow(/before\["csat"\] \(action "a1"\) has the value NaN/);
    expect(() => verifyImprovementPlan(plan(action()), {}, {}, { asOf: 'soon' })).toThrow(
      /asOf soon is not a valid instant/,
    );
  });

  it('property: reached only with progress ≥ 1, sufficient samples and no failed test; never NaN', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.boolean(),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (n1, x1, n2, x2, sufficient, target) => {
          const b = ratio('csat', Math.min(x1, n1), n1);
          const a = ratio('csat', Math.min(x2, n2), n2, sufficient);
          const v = verifyImprovementPlan(
            plan(action({ expected: { type: 'target', value: target } })),
            { csat: b },
            { csat: a },
            { asOf },
          ).actions[0]!;
          if (!sufficient) expect(v.outcome).toBe('notMeasurable');
          if (v.outcome === 'reached' && v.reason === 'expectedReached') {
            expect(v.progress!).toBeGreaterThanOrEqual(1 - 1e-9);
            expect(v.significant).not.toBe(false);
          }
          for (const x of [v.progress, v.observedChange, v.expectedChange, v.pValue])
            expect(Number.isNaN(x)).toBe(false);
        },
      ),
    );
  });
});
