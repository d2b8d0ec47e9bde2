import { afterSalesRuleOf, type ScoringRule } from '@servicescore/core';
import { describe, expect, it } from 'vitest';
import { gaugeDomain } from '../../../packages/react/src/kpi-gauge/domain';

const HOUR = 3_600_000;
// ≥ 95 % → 10, ≥ 90 % → 8, else 5.
const response = afterSalesRuleOf('responseTimelinessRate')!;
// ≤ 2 h → 10, ≤ 24 h → 8, else 5 (lower is better).
const handling = afterSalesRuleOf('avgHandlingTime')!;

describe('gaugeDomain', () => {
  it('zooms to the bands with the value inside them', () => {
    // Worst threshold 0.9, better end 1 → worse end 0.9 − (1 − 0.9) / 2 = 0.85; span 15 points,
    // step 2.5 points (15 / 2.5 = 6 steps) → 0.85 and 1 are already on it.
    expect(gaugeDomain({ unit: 'ratio', rule: response, value: 0.93, target: 0.95 })).toEqual([
      0.85, 1,
    ]);
  });

  it('widens to a value below the lowest band and rounds the end down to a nice step', () => {
    // [0.85, 1] widened to 0.78: span 22 points → step 5 (22 / 5 = 4.4) → 0.78 down to 0.75.
    expect(gaugeDomain({ unit: 'ratio', rule: response, value: 0.78 })).toEqual([0.75, 1]);
  });

  it('widens to a target outside the band range', () => {
    // Higher is better: target 0.8 → [0.8, 1]; span 20 points → step 5 → stays [0.8, 1].
    expect(gaugeDomain({ unit: 'ratio', rule: response, value: 0.93, target: 0.8 })).toEqual([
      0.8, 1,
    ]);
    // Lower is better: [0, 36 h] widened to a 48 h target; 48 h / 12 h = 4 steps → [0, 48 h].
    expect(
      gaugeDomain({ unit: 'duration', rule: handling, value: 3 * HOUR, target: 48 * HOUR }),
    ).toEqual([0, 48 * HOUR]);
  });

  it('lets an explicit min or max win for its end', () => {
    expect(gaugeDomain({ unit: 'ratio', rule: response, value: 0.93, min: 0, max: 1 })).toEqual([
      0, 1,
    ]);
    expect(gaugeDomain({ unit: 'ratio', rule: response, value: 0.93, min: 0.5 })).toEqual([0.5, 1]);
    // max 0.9 with the fitted start 0.85: the value 0.93 is then over the scale.
    expect(gaugeDomain({ unit: 'ratio', rule: response, value: 0.93, max: 0.9 })).toEqual([
      0.85, 0.9,
    ]);
    // An explicit max under the fitted start keeps one step (2.5 points) of scale below it.
    expect(gaugeDomain({ unit: 'ratio', rule: response, value: 0.93, max: 0.5 })).toEqual([
      0.475, 0.5,
    ]);
  });

  it('puts the better end of a lower-is-better rule at 0 and the worse half a distance past it', () => {
    // avgHandlingTime: worst 24 h → 24 + 24 / 2 = 36 h; 36 h / 6 h = 6 steps.
    expect(gaugeDomain({ unit: 'duration', rule: handling, value: 20 * HOUR })).toEqual([
      0,
      36 * HOUR,
    ]);
    // 40 h is past it: 40 h / 12 h = 3.3 steps → up to 48 h.
    expect(gaugeDomain({ unit: 'duration', rule: handling, value: 40 * HOUR })).toEqual([
      0,
      48 * HOUR,
    ]);
    // repeatFaultRate ≤ 2 % / ≤ 5 %: 0.05 + 0.025 = 7.5 %; step 2 points → 8 %.
    expect(
      gaugeDomain({ unit: 'ratio', rule: afterSalesRuleOf('repeatFaultRate'), value: 0.03 }),
    ).toEqual([0, 0.08]);
  });

  it('reaches past the best threshold where the unit has no end of its own', () => {
    // careFrequency ≥ 2 / ≥ 1: better end 2 + (2 − 1) = 3, worse 1 − (3 − 1) / 2 = 0.
    expect(
      gaugeDomain({ unit: 'number', rule: afterSalesRuleOf('careFrequency'), value: 0.83 }),
    ).toEqual([0, 3]);
    // opportunityRate ≥ 5 / ≥ 2: 5 + 3 = 8; 2 − 3 = −1 is clamped to 0.
    expect(
      gaugeDomain({ unit: 'number', rule: afterSalesRuleOf('opportunityRate'), value: 4 }),
    ).toEqual([0, 8]);
  });

  it('zooms a score rule and a linear rule the same way', () => {
    // qaScore ≥ 90 / ≥ 80: 80 − (100 − 80) / 2 = 70; step 5 → [70, 100].
    expect(
      gaugeDomain({ unit: 'score', rule: afterSalesRuleOf('qaScore.etiquette'), value: 91.2 }),
    ).toEqual([70, 100]);
    // Linear 60 % → 0 pts to 90 % → 10 pts: higher is better; 0.6 − (1 − 0.6) / 2 = 0.4.
    const linear: ScoringRule = {
      type: 'linear',
      from: { value: 0.6, points: 0 },
      to: { value: 0.9, points: 10 },
    };
    expect(gaugeDomain({ unit: 'ratio', rule: linear, value: 0.7 })).toEqual([0.4, 1]);
  });

  it("keeps the unit's own range without a rule, and a ratio over 100 % off it", () => {
    expect(gaugeDomain({ unit: 'ratio', value: 0.83 })).toEqual([0, 1]);
    expect(gaugeDomain({ unit: 'points', value: 42 })).toEqual([-100, 100]);
    expect(gaugeDomain({ unit: 'ratio', rule: response, value: 1.2 })).toEqual([0.85, 1]);
  });

  it('fits an open unit without a rule or target to 1.5 × its value', () => {
    // 3 h × 1.5 = 4.5 h; step 1 h (4.5 steps) → 5 h.
    expect(gaugeDomain({ unit: 'duration', value: 3 * HOUR, direction: 'lower' })).toEqual([
      0,
      5 * HOUR,
    ]);
    // Nothing known: 0 to 1; step 0.2 → [0, 1].
    expect(gaugeDomain({ unit: 'count', value: null })).toEqual([0, 1]);
    // A lower-is-better ratio without a target: 0 to 1.5 × 5.8 % = 8.7 %; step 2 points → 10 %.
    expect(gaugeDomain({ unit: 'ratio', value: 0.058, direction: 'lower' })).toEqual([0, 0.1]);
  });

  it('takes a target as the one threshold when there is no rule', () => {
    // Lower is better, target 1 h: better end 0, worse 1 h + 0.5 h, widened to the 3 h value;
    // 3 h / 30 min = 6 steps → [0, 3 h].
    expect(
      gaugeDomain({ unit: 'duration', value: 3 * HOUR, target: HOUR, direction: 'lower' }),
    ).toEqual([0, 3 * HOUR]);
    // complaintRate < 5 %: 0.05 + 0.025 = 7.5 %; step 2 points → 8 %.
    expect(gaugeDomain({ unit: 'ratio', value: 0.058, target: 0.05, direction: 'lower' })).toEqual([
      0, 0.08,
    ]);
    // csat target 95 %: 0.95 − 0.025 = 0.925, widened to 0.827; 17.3 points → step 5 → 80 %.
    expect(gaugeDomain({ unit: 'ratio', value: 0.827, target: 0.95, direction: 'higher' })).toEqual(
      [0.8, 1],
    );
  });

  it('shows exactly the span of host bands', () => {
    const bands = [
      { from: 60, to: 80, tone: 'pass' as const },
      { from: 80, to: 100, tone: 'excellent' as const },
    ];
    // [60, 100]; step 10 → [60, 100]. The value 72 is inside.
    expect(gaugeDomain({ unit: 'score', bands, rule: response, value: 72 })).toEqual([60, 100]);
  });
});
