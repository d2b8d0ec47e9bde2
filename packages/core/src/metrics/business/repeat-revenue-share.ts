import { defineMetric } from '../define';
import { and, field, present, sumRatio } from '../expr/build';
import { repeatRevenueShareMeta } from './meta';

/**
 * 重复购买金额占比 Repeat revenue share [RULES.md#seed-000-satisfaction].
 *
 * - Value: Σ `repeatRevenue` ÷ Σ `revenue` (pooled: big customers weigh by their revenue), over
 *   customer records that give both. Σ revenue = 0 gives `null` / `noData`.
 * - No Wilson interval (amounts of money are not trials).
 * - Period: the record's `period`. Minimum sample: 1 customer record.
 */
export const repeatRevenueShare = defineMetric({
  ...repeatRevenueShareMeta,
  formula: {
    'zh-CN': 'Σ 重复购买金额 ÷ Σ 购买金额',
    'en-US': 'Σ repeat revenue ÷ Σ revenue',
  },
  table: 'customers',
  timestamp: 'period',
  seeds: ['000'],
  measure: sumRatio({
    population: and(present(field('repeatRevenue')), present(field('revenue'))),
    numerator: field('repeatRevenue'),
    denominator: field('revenue'),
  }),
});
