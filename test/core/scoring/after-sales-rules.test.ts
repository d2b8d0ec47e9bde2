/**
 * `afterSalesRules`: the default scorecard's scoring rules by source metric, without its texts, so
 * a gauge given `metric="fcr"` gets its bands without every suggestion of the template.
 */
import { describe, expect, it } from 'vitest';
import {
  afterSalesMaxPoints,
  afterSalesRuleOf,
  afterSalesRules,
  afterSalesTemplate,
  classifyValue,
} from '@servicescore/core';

describe('afterSalesRules', () => {
  it('has one rule per indicator of afterSalesTemplate, the very rule the template scores with', () => {
    const indicators = afterSalesTemplate.dimensions.flatMap((d) => d.indicators);
    expect(indicators).toHaveLength(15);
    expect(Object.keys(afterSalesRules)).toHaveLength(15);
    for (const indicator of indicators) {
      const metric = 'metric' in indicator.source ? indicator.source.metric : '';
      expect(afterSalesRuleOf(metric), indicator.id).toBe(indicator.rule);
    }
    expect(afterSalesTemplate.maxPoints).toBe(afterSalesMaxPoints);
    expect(afterSalesMaxPoints).toBe(10);
  });

  it('gives seed 003 bands: FCR ≥ 85 % → 10, ≥ 75 % → 8, else 5', () => {
    expect(afterSalesRuleOf('fcr')).toEqual({
      type: 'bands',
      bands: [{ min: 0.85, points: 10 }, { min: 0.75, points: 8 }, { points: 5 }],
    });
    // Handling time is lower-is-better, in ms: ≤ 2 h → 10, ≤ 24 h → 8, else 5.
    expect(afterSalesRuleOf('avgHandlingTime')).toEqual({
      type: 'bands',
      bands: [{ max: 7_200_000, points: 10 }, { max: 86_400_000, points: 8 }, { points: 5 }],
    });
    const rule = afterSalesRuleOf('fcr')!;
    // 0.8 is between 0.75 and 0.85: 8 of 10 points, i.e. a score of 80 (good).
    expect(classifyValue(0.8, rule, { maxPoints: afterSalesMaxPoints }).points).toBe(8);
  });

  it('gives null for a metric no indicator reads, or an inherited key', () => {
    expect(afterSalesRuleOf('nps')).toBeNull();
    expect(afterSalesRuleOf('toString')).toBeNull();
  });

  it('is frozen all the way down, so no host changes the default scorecard for everyone', () => {
    expect(Object.isFrozen(afterSalesRules)).toBe(true);
    const rule = afterSalesRules.fcr;
    expect(Object.isFrozen(rule)).toBe(true);
    expect(rule.type === 'bands' && Object.isFrozen(rule.bands[0])).toBe(true);
  });
});
