import { defineMetric } from '../define';
import { and, derived, eq, field, mean, open, present } from '../expr/build';
import { avgComplaintHandlingTimeMeta } from './meta';

/**
 * 投诉处理时间 Average complaint handling time [RULES.md#seed-004-3].
 *
 * - Value: mean of (`resolvedAt` − `createdAt`) over resolved tickets of `kind: 'complaint'`
 *   (the same measure as `avgResolutionTime`); also the median and p90. Business time with a
 *   calendar.
 * - Censored: open and pending complaints (reported in `censored`, never counted as zero).
 * - Left out: other kinds, tickets without a `kind`, complaints closed without a resolution.
 * - Period: `resolvedAt`. Minimum sample: 1.
 */
export const avgComplaintHandlingTime = defineMetric({
  ...avgComplaintHandlingTimeMeta,
  formula: {
    'zh-CN': '平均（解决时间 − 创建时间），仅已解决的投诉工单',
    'en-US': 'mean(resolved − created) over resolved complaints',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['004#3'],
  measure: mean({
    population: and(eq(field('kind'), 'complaint'), present(derived('resolutionMs'))),
    value: derived('resolutionMs'),
    censor: and(eq(field('kind'), 'complaint'), open),
    quantiles: true,
  }),
});
