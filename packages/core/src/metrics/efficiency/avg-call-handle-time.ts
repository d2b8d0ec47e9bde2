import { defineMetric } from '../define';
import { and, coalesce, field, isTrue, mean, plus, present, times } from '../expr/build';
import { avgCallHandleTimeMeta } from './meta';

/**
 * 平均处理时长（通话）Average call handle time (AHT).
 *
 * - Value: mean of (`talkSeconds` + `holdSeconds` + `wrapSeconds`) over answered calls, in
 *   milliseconds; also the median and p90. A missing hold or wrap time counts as 0.
 * - Left out: unanswered calls and answered calls without a `talkSeconds`.
 * - Period: `startedAt`. Minimum sample: 1.
 */
export const avgCallHandleTime = defineMetric({
  ...avgCallHandleTimeMeta,
  formula: {
    'zh-CN': '接通电话的平均（通话 + 保持 + 话后处理）时长',
    'en-US': 'mean(talk + hold + wrap-up) over answered calls',
  },
  table: 'calls',
  timestamp: 'startedAt',
  measure: mean({
    population: and(isTrue(field('answered')), present(field('talkSeconds'))),
    value: times(
      plus(
        plus(field('talkSeconds'), coalesce(field('holdSeconds'), 0)),
        coalesce(field('wrapSeconds'), 0),
      ),
      1000,
    ),
    quantiles: true,
  }),
});
