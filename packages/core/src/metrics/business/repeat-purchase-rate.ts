import { defineMetric } from '../define';
import { field, gte, ratio } from '../expr/build';
import { repeatPurchaseRateMeta } from './meta';

/**
 * 重复购买率 Repeat purchase rate [RULES.md#seed-000-satisfaction].
 *
 * - Numerator: customers with `orders ≥ 2` in the period.
 * - Denominator: customers with `orders ≥ 1` (buyers). Customers with no orders or no `orders`
 *   field are left out.
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const repeatPurchaseRate = defineMetric({
  ...repeatPurchaseRateMeta,
  formula: {
    'zh-CN': '购买 ≥ 2 次的客户 ÷ 购买 ≥ 1 次的客户',
    'en-US': 'customers with ≥ 2 orders ÷ customers with ≥ 1 order',
  },
  table: 'customers',
  timestamp: 'period',
  seeds: ['000'],
  measure: ratio({ population: gte(field('orders'), 1), hit: gte(field('orders'), 2) }),
});
