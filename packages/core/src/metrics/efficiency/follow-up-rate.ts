import { defineMetric } from '../define';
import { and, asOf, field, gte, lt, lte, not, plus, ratio, resolved, setting } from '../expr/build';
import { followUpRateMeta } from './meta';

/**
 * 售后回访及时性 Timely follow-up rate [RULES.md#seed-003-indicators] [RULES.md#seed-003-template].
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
  measure: ratio({
    population: resolved,
    // A follow-up before the resolution is not a post-resolution follow-up: treated as none.
    hit: and(
      gte(field('followUpAt'), field('resolvedAt')),
      lte(field('followUpAt'), plus(field('resolvedAt'), setting('followUpWindowMs'))),
    ),
    // Nothing timely recorded yet, and there is still time for it.
    censor: and(
      not(gte(field('followUpAt'), field('resolvedAt'))),
      lt(asOf, plus(field('resolvedAt'), setting('followUpWindowMs'))),
    ),
  }),
});
