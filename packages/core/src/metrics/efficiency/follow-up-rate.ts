import type { ServiceTicket } from '../../data/types';
import { isResolved } from '../../data/types';
import { defineMetric } from '../define';
import { Outcome, ratioAccumulator } from '../kit';
import type { EvalContext } from '../types';
import { followUpRateMeta } from './meta';

function classify(t: ServiceTicket, ctx: EvalContext): Outcome {
  if (!isResolved(t)) return Outcome.Skip;
  const resolvedAt = t.resolvedAt as number;
  const end = resolvedAt + ctx.settings.followUpWindowMs;
  const f = t.followUpAt;
  if (f !== undefined && f >= resolvedAt && f <= end) return Outcome.Hit;
  // Nothing timely recorded yet, and there is still time for it.
  if ((f === undefined || f < resolvedAt) && ctx.asOf < end) return Outcome.Censor;
  return Outcome.Miss;
}

/**
 * 售后回访及时性 Timely follow-up rate [seed 003].
 *
 * - Numerator: resolved tickets followed up within the window after resolution:
 *   `resolvedAt ≤ followUpAt ≤ resolvedAt + followUpWindow` (inclusive; default 48 h, option
 *   `followUpWindowHours`). The window is wall-clock time, even with a business calendar
 *   (a customer call-back promise is not paused by office hours).
 * - Denominator: resolved tickets whose follow-up is known to be timely or not.
 * - Censored: resolved tickets with no timely follow-up recorded while the window is still open at
 *   `asOf` (`asOf < resolvedAt + window`): they may still be followed up.
 * - Misses: no follow-up and the window has closed; a follow-up after the window. A `followUpAt`
 *   before `resolvedAt` is not a post-resolution follow-up and is treated as none.
 * - Period: `resolvedAt`. Minimum sample: 1.
 */
export const followUpRate = defineMetric({
  ...followUpRateMeta,
  formula: {
    'zh-CN': '解决后 48 小时内回访的已解决工单 ÷ 已解决工单',
    'en-US': 'resolved tickets followed up ≤ 48 h after resolution ÷ resolved tickets',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['003'],
  accumulator: ratioAccumulator(classify),
});
