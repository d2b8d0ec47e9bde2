import { defineMetric } from '../define';
import { eq, field, ratio } from '../expr/build';
import { complaintClosureRateMeta } from './meta';

/**
 * 投诉关闭率 — complaints closed [RULES.md#seed-003-indicators]. The default scorecard's 投诉关闭率
 * indicator.
 *
 * - Numerator: complaint tickets with `status === 'closed'` at `asOf`, with or without a
 *   `resolvedAt` (closing is the administrative end of the complaint, whatever the outcome).
 * - Denominator: complaint tickets (`kind === 'complaint'`) created in the period, whatever their
 *   status; `resolved` but not yet `closed` is a miss.
 * - Period: `createdAt` (cohort, as `complaintResolutionRate`).
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const complaintClosureRate = defineMetric({
  ...complaintClosureRateMeta,
  formula: {
    'zh-CN': '已关闭的投诉 ÷ 投诉（按创建时间分组）',
    'en-US': 'complaints closed ÷ complaints (cohort by creation)',
  },
  table: 'tickets',
  timestamp: 'createdAt',
  seeds: ['003'],
  measure: ratio({
    population: eq(field('kind'), 'complaint'),
    hit: eq(field('status'), 'closed'),
  }),
});
