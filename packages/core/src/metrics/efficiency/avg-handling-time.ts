import { defineMetric } from '../define';
import { derived, mean, open, present } from '../expr/build';
import { avgHandlingTimeMeta } from './meta';

/**
 * 平均处理时长 Average handling time [RULES.md#seed-000-scope] [RULES.md#seed-003-indicators]
 * [RULES.md#seed-004-12].
 *
 * - Value: mean of (`resolvedAt` − `firstResponseAt`) over resolved tickets; also the median and
 *   p90. Business time when the evaluation has a calendar, calendar time otherwise.
 * - Left out: resolved tickets without a recorded `firstResponseAt` (handling cannot be told apart
 *   from waiting), and tickets closed without a resolution.
 * - Censored: open and pending tickets (reported in `censored`, never counted as zero).
 * - Period: `resolvedAt`. Minimum sample: 1.
 */
export const avgHandlingTime = defineMetric({
  ...avgHandlingTimeMeta,
  formula: {
    'zh-CN': '平均（解决时间 − 首次响应时间），仅已解决工单',
    'en-US': 'mean(resolved − first response) over resolved tickets',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['000', '003', '004#12'],
  measure: mean({
    population: present(derived('handlingMs')),
    value: derived('handlingMs'),
    censor: open,
    quantiles: true,
  }),
});
