import { defineMetric } from '../define';
import { field, isTrue, present, ratio } from '../expr/build';
import { employeeSatisfactionMeta } from './meta';

/**
 * 工作满意度 Employee (job) satisfaction [RULES.md#seed-004-19].
 *
 * - Numerator: agent records with `satisfied: true`.
 * - Denominator: agent records that answered (`satisfied` is `true` or `false`); non-respondents
 *   are left out.
 * - Period: the record's `period`. Minimum sample: 1 (an internal survey of a team is small by
 *   nature; pass a scoped metric with a larger `minSample` to be stricter).
 */
export const employeeSatisfaction = defineMetric({
  ...employeeSatisfactionMeta,
  formula: { 'zh-CN': '表示满意的人员 ÷ 作答人员', 'en-US': 'satisfied ÷ answered' },
  table: 'agents',
  timestamp: 'period',
  seeds: ['004#19'],
  measure: ratio({ population: present(field('satisfied')), hit: isTrue(field('satisfied')) }),
});
