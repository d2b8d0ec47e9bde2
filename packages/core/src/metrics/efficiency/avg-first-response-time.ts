import { defineMetric } from '../define';
import { and, derived, field, mean, not, open, present } from '../expr/build';
import { avgFirstResponseTimeMeta } from './meta';

/**
 * 平均响应时间 Mean time to first response [RULES.md#seed-000-efficiency] [RULES.md#seed-004-4]
 * [RULES.md#seed-004-14].
 *
 * - Value: mean of (`firstResponseAt` − `createdAt`); also the median and p90 (type 7).
 *   Business time when the evaluation has a calendar, calendar time otherwise.
 * - A resolved ticket without a `firstResponseAt` takes its resolution as its first response
 *   (it was answered by being solved).
 * - Censored: open or pending tickets with no response yet (reported in `censored`, never counted
 *   as zero or as "now").
 * - Left out: a ticket closed without a resolution and without a response (nothing to measure).
 * - Period: `createdAt`. Minimum sample: 1.
 */
export const avgFirstResponseTime = defineMetric({
  ...avgFirstResponseTimeMeta,
  formula: {
    'zh-CN': '平均（首次响应时间 − 创建时间），另给中位数与 P90',
    'en-US': 'mean(first response − created); also median and p90',
  },
  table: 'tickets',
  timestamp: 'createdAt',
  seeds: ['000', '004#4', '004#14'],
  measure: mean({
    population: present(derived('firstResponseMs')),
    value: derived('firstResponseMs'),
    censor: and(open, not(present(field('firstResponseAt')))),
    quantiles: true,
  }),
});
