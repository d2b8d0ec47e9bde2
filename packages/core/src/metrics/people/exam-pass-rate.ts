import { defineMetric } from '../define';
import { field, isTrue, ratio } from '../expr/build';
import { examPassRateMeta } from './meta';

/**
 * 技能考核合格率 Skills exam pass rate [RULES.md#seed-000-efficiency].
 *
 * - Numerator: records with `examTaken: true` and `examPassed: true`.
 * - Denominator: records with `examTaken: true`. A taken exam without `examPassed: true` counts as
 *   not passed. `examPassed` without `examTaken: true` is not counted (set `examTaken` too).
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const examPassRate = defineMetric({
  ...examPassRateMeta,
  formula: { 'zh-CN': '考核合格人数 ÷ 参加考核人数', 'en-US': 'passed ÷ took the exam' },
  table: 'agents',
  timestamp: 'period',
  seeds: ['000'],
  measure: ratio({ population: isTrue(field('examTaken')), hit: isTrue(field('examPassed')) }),
});
