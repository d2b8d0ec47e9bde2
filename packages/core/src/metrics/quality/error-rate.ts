import { defineMetric } from '../define';
import { and, field, gt, present, ratio, resolved } from '../expr/build';
import { errorRateMeta } from './meta';

/**
 * 错误率 — resolved tickets in which quality inspection found at least one error
 * [RULES.md#seed-004-20].
 *
 * - Numerator: resolved tickets with `errors > 0` (a ticket with 3 errors counts once).
 * - Denominator: resolved tickets assessed, i.e. with `errors` recorded (0 included).
 * - Exclusions: tickets not inspected (`errors` missing), tickets not resolved at `asOf`.
 * - Period: `resolvedAt`.
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const errorRate = defineMetric({
  ...errorRateMeta,
  formula: {
    'zh-CN': '质检发现错误的已解决工单 ÷ 经质检的已解决工单',
    'en-US': 'resolved tickets with errors found ÷ resolved tickets inspected',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['004#20'],
  measure: ratio({
    population: and(present(field('errors')), resolved),
    hit: gt(field('errors'), 0),
  }),
});
