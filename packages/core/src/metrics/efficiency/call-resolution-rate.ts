import { defineMetric } from '../define';
import { and, field, isTrue, present, ratio } from '../expr/build';
import { callResolutionRateMeta } from './meta';

/**
 * 通话解决率 Call resolution rate.
 *
 * - Numerator: answered calls with `resolved: true`.
 * - Denominator: answered calls whose `resolved` is known (`true` or `false`).
 * - Left out: unanswered calls, and answered calls without a `resolved` flag.
 * - Period: `startedAt`. Minimum sample: 1.
 */
export const callResolutionRate = defineMetric({
  ...callResolutionRateMeta,
  formula: { 'zh-CN': '已解决的接通电话 ÷ 接通电话', 'en-US': 'resolved ÷ answered calls' },
  table: 'calls',
  timestamp: 'startedAt',
  measure: ratio({
    population: and(isTrue(field('answered')), present(field('resolved'))),
    hit: isTrue(field('resolved')),
  }),
});
