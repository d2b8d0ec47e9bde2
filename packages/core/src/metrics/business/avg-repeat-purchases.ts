import { defineMetric } from '../define';
import { field, gte, mean, minus } from '../expr/build';
import { avgRepeatPurchasesMeta } from './meta';

/**
 * 重复购买次数 Average repeat purchases [RULES.md#seed-000-satisfaction].
 *
 * - Value: mean of (`orders` − 1) over customers with `orders ≥ 1`: the purchases after the first,
 *   per buyer. Customers with no orders are left out (they have no "first" purchase to repeat).
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const avgRepeatPurchases = defineMetric({
  ...avgRepeatPurchasesMeta,
  formula: {
    'zh-CN': '购买客户的平均（购买次数 − 1）',
    'en-US': 'mean(orders − 1) over customers with ≥ 1 order',
  },
  table: 'customers',
  timestamp: 'period',
  seeds: ['000'],
  measure: mean({ population: gte(field('orders'), 1), value: minus(field('orders'), 1) }),
});
