import {
  afterSalesTemplate,
  classifyValue,
  scoreScorecard,
  type ScoringRule,
} from '@servicescore/core';
import { roundForDisplay } from '@servicescore/core/advanced';
import { describe, expect, it } from 'vitest';

// 响应及时率: ≥ 95 % → 10; ≥ 90 % → 8; else 5.
const timeliness: ScoringRule = {
  type: 'bands',
  bands: [{ min: 0.95, points: 10 }, { min: 0.9, points: 8 }, { points: 5 }],
};

describe('bands apply to the value as it is shown', () => {
  it('rounds ratios to 0.1 percentage points, scores to 0.1, counts and NPS to integers, durations not at all', () => {
    expect(roundForDisplay(0.84996, 'ratio')).toBe(0.85); // shows 85.0%
    expect(roundForDisplay(0.84949, 'ratio')).toBe(0.849); // shows 84.9%
    expect(roundForDisplay(89.96, 'score')).toBe(90);
    expect(roundForDisplay(41.5, 'points')).toBe(42);
    expect(roundForDisplay(7_199_999, 'duration')).toBe(7_199_999);
  });

  it('gives 0.94996 (shown "95.0%") the ≥ 95 % band when the unit is known, and the raw band without it', () => {
    expect(classifyValue(0.94996, timeliness, { unit: 'ratio' })).toMatchObject({
      points: 10,
      bandIndex: 0,
      tone: 'excellent',
    });
    expect(classifyValue(0.94996, timeliness)).toMatchObject({ points: 8, bandIndex: 1 });
    // 0.94949 shows "94.9%": still the ≥ 90 % band.
    expect(classifyValue(0.94949, timeliness, { unit: 'ratio' })).toMatchObject({ points: 8 });
  });

  it('applies a linear rule to the shown value too (RULES.md scoring-shown-value)', () => {
    // 80 % → 5 points to 90 % → 10 points. 0.84996 shows "85.0%": halfway, 7.5 points; the raw
    // value would give 5 + 0.4996 × 5 = 7.498.
    const linear: ScoringRule = {
      type: 'linear',
      from: { value: 0.8, points: 5 },
      to: { value: 0.9, points: 10 },
    };
    expect(classifyValue(0.84996, linear, { unit: 'ratio' }).points).toBeCloseTo(7.5, 10);
    expect(classifyValue(0.84996, linear).points).toBeCloseTo(7.498, 10);
  });

  it('scores a scorecard indicator on its shown value', () => {
    const result = scoreScorecard(afterSalesTemplate, { responseTimelinessRate: 0.94996 });
    const indicator = result.dimensions[0]?.indicators.find(
      (i) => i.metricId === 'responseTimelinessRate',
    );
    expect(indicator).toMatchObject({ value: 0.94996, points: 10, score: 100 });
  });
});
