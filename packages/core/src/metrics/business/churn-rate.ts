import { defineMetric } from '../define';
import { and, field, isTrue, not, present, ratio } from '../expr/build';
import { churnRateMeta } from './meta';

/**
 * 客户流失率 Customer churn rate [RULES.md#seed-000-categories].
 *
 * - Numerator: customers active at the start of the period and no longer active at its end.
 * - Denominator: customers with `activeAtStart: true` whose `activeAtEnd` is known (the same
 *   population as `retentionRate`; the two add up to 1).
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const churnRate = defineMetric({
  ...churnRateMeta,
  formula: {
    'zh-CN': '期初活跃、期末不再活跃的客户 ÷ 期初活跃客户',
    'en-US': 'active at start, not at end ÷ active at start',
  },
  table: 'customers',
  timestamp: 'period',
  seeds: ['000'],
  measure: ratio({
    population: and(isTrue(field('activeAtStart')), present(field('activeAtEnd'))),
    hit: not(isTrue(field('activeAtEnd'))),
  }),
});
