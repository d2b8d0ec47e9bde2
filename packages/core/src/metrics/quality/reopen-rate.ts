import { defineMetric } from '../define';
import { coalesce, field, gt, ratio, resolved } from '../expr/build';
import { reopenRateMeta } from './meta';

/**
 * 复开率 — resolved tickets that had to be reopened.
 *
 * - Numerator: resolved tickets with `reopens > 0`.
 * - Denominator: resolved tickets; a missing `reopens` counts as 0 (never reopened).
 * - Exclusions: tickets not resolved at `asOf`, including one currently reopened (its status is
 *   open again): it counts once it is resolved again, with its `reopens`.
 * - Period: `resolvedAt` (the latest resolution).
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const reopenRate = defineMetric({
  ...reopenRateMeta,
  formula: {
    'zh-CN': '被重新打开过的已解决工单 ÷ 已解决工单',
    'en-US': 'resolved tickets reopened ÷ resolved tickets',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  measure: ratio({ population: resolved, hit: gt(coalesce(field('reopens'), 0), 0) }),
});
