import { defineMetric } from '../define';
import { field, isTrue, lit, ratio } from '../expr/build';
import { callAnswerRateMeta } from './meta';

/**
 * 电话接通率 Call answer rate [RULES.md#seed-004-11] (target ≥ 98 %
 * [RULES.md#seed-002-attitude-standard]).
 *
 * - Numerator: answered calls.
 * - Denominator: offered calls (every call record, answered or not; abandoned calls are misses
 *   however short the wait).
 * - Period: `startedAt`. Minimum sample: 1.
 */
export const callAnswerRate = defineMetric({
  ...callAnswerRateMeta,
  formula: { 'zh-CN': '接通电话 ÷ 呼入电话', 'en-US': 'answered ÷ offered calls' },
  table: 'calls',
  timestamp: 'startedAt',
  seeds: ['004#11', '002'],
  measure: ratio({ population: lit(true), hit: isTrue(field('answered')) }),
});
