import { defineMetric } from '../define';
import { derived, mean, open, present } from '../expr/build';
import { avgResolutionTimeMeta } from './meta';

/**
 * 平均故障解决时间 MTTR [RULES.md#seed-000-efficiency].
 *
 * - Value: mean of (`resolvedAt` − `createdAt`) over resolved tickets; also the median and p90
 *   (linear interpolation, type 7: 1…10 h gives median 5.5 h, p90 9.1 h).
 *   Business time when the evaluation has a calendar, calendar time otherwise.
 * - Exclusions: excluded tickets; open and pending tickets are censored (reported in `censored`,
 *   never counted as zero); closed-without-resolution tickets are left out.
 * - Period: `resolvedAt`. Minimum sample: 1.
 */
export const avgResolutionTime = defineMetric({
  ...avgResolutionTimeMeta,
  formula: {
    'zh-CN': '平均（解决时间 − 创建时间），仅已解决工单',
    'en-US': 'mean(resolved − created) over resolved tickets',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['000'],
  measure: mean({
    population: present(derived('resolutionMs')),
    value: derived('resolutionMs'),
    censor: open,
    quantiles: true,
  }),
});
