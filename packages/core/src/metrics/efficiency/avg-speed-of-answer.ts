import { defineMetric } from '../define';
import { and, field, isTrue, mean, present, times } from '../expr/build';
import { avgSpeedOfAnswerMeta } from './meta';

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
  ...avgSpeedOfAnswerMeta,
  formula: { 'zh-CN': '接通电话的平均等待时长', 'en-US': 'mean wait of answered calls' },
  table: 'calls',
  timestamp: 'startedAt',
  measure: mean({
    population: and(isTrue(field('answered')), present(field('waitSeconds'))),
    value: times(field('waitSeconds'), 1000),
    quantiles: true,
  }),
});
