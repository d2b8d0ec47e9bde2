import { defineMetric } from '../define';
import { and, field, isTrue, mean, present, times } from '../expr/build';
import { avgTalkTimeMeta } from './meta';

/**
 * 平均通话时长 Average talk time [RULES.md#seed-004-8].
 *
 * - Value: mean `talkSeconds` of answered calls, in milliseconds; also the median and p90.
 * - Left out: unanswered calls (their zero talk time would drag the mean down) and answered calls
 *   without a `talkSeconds`.
 * - Period: `startedAt`. Minimum sample: 1.
 */
export const avgTalkTime = defineMetric({
  ...avgTalkTimeMeta,
  formula: {
    'zh-CN': '接通电话的平均通话时长（不含未接通）',
    'en-US': 'mean talk time of answered calls (unanswered excluded)',
  },
  table: 'calls',
  timestamp: 'startedAt',
  seeds: ['004#8'],
  measure: mean({
    population: and(isTrue(field('answered')), present(field('talkSeconds'))),
    value: times(field('talkSeconds'), 1000),
    quantiles: true,
  }),
});
