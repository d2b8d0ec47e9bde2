import { defineMetric } from '../define';
import { and, field, isTrue, lte, not, or, present, ratio, setting } from '../expr/build';
import { serviceLevelMeta } from './meta';

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
  measure: ratio({
    // An unanswered call is a miss; an answered one without a recorded wait is left out.
    population: or(not(isTrue(field('answered'))), present(field('waitSeconds'))),
    hit: and(isTrue(field('answered')), lte(field('waitSeconds'), setting('serviceLevelSeconds'))),
  }),
});
