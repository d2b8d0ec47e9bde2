import { defineMetric } from '../define';
import { eq, field, ratio, resolved } from '../expr/build';
import { complaintResolutionRateMeta } from './meta';

/**
 * 投诉解决率 — complaints resolved [RULES.md#seed-000-scope] (target ≥ 98 %
 * [RULES.md#seed-002-complaints]).
 *
 * - Numerator: complaint tickets resolved at `asOf` (status resolved or closed, with `resolvedAt`).
 * - Denominator: complaint tickets (`kind === 'complaint'`) created in the period, whatever their
 *   status; an open complaint is a miss (cohort rule, as `resolutionRate`), and so is one closed
 *   without a resolution.
 * - Period: `createdAt`.
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const complaintResolutionRate = defineMetric({
  ...complaintResolutionRateMeta,
  formula: {
    'zh-CN': '已解决的投诉 ÷ 投诉（按创建时间分组）',
    'en-US': 'complaints resolved ÷ complaints (cohort by creation)',
  },
  table: 'tickets',
  timestamp: 'createdAt',
  seeds: ['000', '002'],
  measure: ratio({ population: eq(field('kind'), 'complaint'), hit: resolved }),
});
