import type { ServiceCall } from '../../data/types';
import { defineMetric } from '../define';
import { Outcome, ratioAccumulator } from '../kit';

/**
 * 通话解决率 Call resolution rate.
 *
 * - Numerator: answered calls with `resolved: true`.
 * - Denominator: answered calls whose `resolved` is known (`true` or `false`).
 * - Left out: unanswered calls, and answered calls without a `resolved` flag.
 * - Period: `startedAt`. Minimum sample: 1.
 */
export const callResolutionRate = defineMetric({
  id: 'callResolutionRate',
  label: { 'zh-CN': '通话解决率', 'en-US': 'Call resolution rate' },
  formula: { 'zh-CN': '已解决的接通电话 ÷ 接通电话', 'en-US': 'resolved ÷ answered calls' },
  unit: 'ratio',
  direction: 'higher',
  category: 'efficiency',
  table: 'calls',
  timestamp: 'startedAt',
  minSample: 1,
  accumulator: ratioAccumulator((c: ServiceCall) =>
    !c.answered || c.resolved === undefined
      ? Outcome.Skip
      : c.resolved
        ? Outcome.Hit
        : Outcome.Miss,
  ),
});
