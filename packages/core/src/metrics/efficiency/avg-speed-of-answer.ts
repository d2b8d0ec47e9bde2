import type { ServiceCall } from '../../data/types';
import { defineMetric } from '../define';
import { meanAccumulator } from '../kit';

/**
 * 平均应答速度 Average speed of answer (ASA).
 *
 * - Value: mean `waitSeconds` of answered calls, in milliseconds (unit `duration`); also the
 *   median and p90.
 * - Left out: unanswered calls (their wait is abandonment time, not speed of answer) and answered
 *   calls without a `waitSeconds`.
 * - Period: `startedAt`. Minimum sample: 1.
 */
export const avgSpeedOfAnswer = defineMetric({
  id: 'avgSpeedOfAnswer',
  label: { 'zh-CN': '平均应答速度', 'en-US': 'Average speed of answer' },
  formula: { 'zh-CN': '接通电话的平均等待时长', 'en-US': 'mean wait of answered calls' },
  unit: 'duration',
  direction: 'lower',
  category: 'efficiency',
  table: 'calls',
  timestamp: 'startedAt',
  minSample: 1,
  accumulator: meanAccumulator(
    (c: ServiceCall) =>
      c.answered && c.waitSeconds !== undefined ? c.waitSeconds * 1000 : Number.NaN,
    { quantiles: true },
  ),
});
