import type { ServiceCall } from '../../data/types';
import { defineMetric } from '../define';
import { Outcome, ratioAccumulator } from '../kit';
import type { EvalContext } from '../types';
import { serviceLevelMeta } from './meta';

function classify(c: ServiceCall, ctx: EvalContext): Outcome {
  if (!c.answered) return Outcome.Miss;
  if (c.waitSeconds === undefined) return Outcome.Skip;
  return c.waitSeconds <= ctx.settings.serviceLevelSeconds ? Outcome.Hit : Outcome.Miss;
}

/**
 * 服务水平 Service level (e.g. 80/20).
 *
 * - Numerator: calls answered with `waitSeconds ≤ threshold` (inclusive; default 20 s, option
 *   `serviceLevelSeconds`).
 * - Denominator: offered calls. Unanswered calls are misses, whatever their wait (no
 *   short-abandon exclusion).
 * - Left out: answered calls without a `waitSeconds` (cannot be judged).
 * - Period: `startedAt`. Minimum sample: 1.
 */
export const serviceLevel = defineMetric({
  ...serviceLevelMeta,
  formula: {
    'zh-CN': '阈值（默认 20 秒）内接通的电话 ÷ 呼入电话',
    'en-US': 'answered within threshold (default 20 s) ÷ offered calls',
  },
  table: 'calls',
  timestamp: 'startedAt',
  accumulator: ratioAccumulator(classify),
});
