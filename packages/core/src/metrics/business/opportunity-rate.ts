import { defineMetric } from '../define';
import { coalesce, field, lit, resolved, sumRatio } from '../expr/build';
import { opportunityRateMeta } from './meta';

/**
 * 潜在需求挖掘 Opportunities per 100 resolved tickets [RULES.md#seed-003-indicators].
 *
 * - Value: Σ `opportunities` ÷ resolved tickets × 100. A resolved ticket without `opportunities`
 *   counts as 0 found (it stays in the denominator): not recording a need is not finding one.
 * - `numerator` = Σ opportunities, `denominator` = resolved tickets.
 * - Left out: open tickets and tickets closed without a resolution.
 * - Period: `resolvedAt`. Minimum sample: 1.
 */
export const opportunityRate = defineMetric({
  ...opportunityRateMeta,
  formula: {
    'zh-CN': 'Σ 发现的潜在需求 ÷ 已解决工单 × 100（每百单）',
    'en-US': 'Σ opportunities ÷ resolved tickets × 100 (per 100 tickets)',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['003'],
  measure: sumRatio({
    population: resolved,
    numerator: coalesce(field('opportunities'), 0),
    denominator: lit(1),
    scale: 100,
  }),
});
