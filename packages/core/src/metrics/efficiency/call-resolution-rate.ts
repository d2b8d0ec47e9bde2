import type { ServiceCall } from '../../data/types';
import { defineMetric } from '../define';
import { Outcome, ratioAccumulator } from '../kit';
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
  accumulator: ratioAccumulator((c: ServiceCall) =>
    !c.answered || c.resolved === undefined
      ? Outcome.Skip
      : c.resolved
        ? Outcome.Hit
        : Outcome.Miss,
  ),
});
