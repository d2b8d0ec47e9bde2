import type { ServiceCall } from '../../data/types';
import { defineMetric } from '../define';
import { Outcome, ratioAccumulator } from '../kit';

/**
 * 电话接通率 Call answer rate [seeds 004#11, 002 ≥ 98 %].
 *
 * - Numerator: answered calls.
 * - Denominator: offered calls (every call record, answered or not; abandoned calls are misses
 *   however short the wait).
 * - Period: `startedAt`. Minimum sample: 1.
 */
export const callAnswerRate = defineMetric({
  id: 'callAnswerRate',
  label: { 'zh-CN': '电话接通率', 'en-US': 'Call answer rate' },
  formula: { 'zh-CN': '接通电话 ÷ 呼入电话', 'en-US': 'answered ÷ offered calls' },
  unit: 'ratio',
  direction: 'higher',
  category: 'efficiency',
  table: 'calls',
  timestamp: 'startedAt',
  minSample: 1,
  seeds: ['004#11', '002'],
  accumulator: ratioAccumulator((c: ServiceCall) => (c.answered ? Outcome.Hit : Outcome.Miss)),
});
