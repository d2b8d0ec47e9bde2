import { defineMetric } from '../define';
import { and, field, isTrue, present, ratio } from '../expr/build';
import { retentionRateMeta } from './meta';

/**
 * 客户保持率 Customer retention rate [RULES.md#seed-000-satisfaction].
 *
 * - Numerator: customers active at the start of the period and still active at its end.
 * - Denominator: customers with `activeAtStart: true` whose `activeAtEnd` is known. Customers
 *   acquired during the period (`activeAtStart` false or missing) are not in the population, so new
 *   business cannot hide churn.
 * - `retentionRate + churnRate = 1` over the same records.
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const retentionRate = defineMetric({
  ...retentionRateMeta,
  formula: {
    'zh-CN': '期初与期末均活跃的客户 ÷ 期初活跃客户',
    'en-US': 'active at start and end ÷ active at start',
  },
  table: 'customers',
  timestamp: 'period',
  seeds: ['000'],
  measure: ratio({
    population: and(isTrue(field('activeAtStart')), present(field('activeAtEnd'))),
    hit: isTrue(field('activeAtEnd')),
  }),
});
