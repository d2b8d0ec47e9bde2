import type { AgentRecord } from '../../data/types';
import { defineMetric } from '../define';
import { Outcome, ratioAccumulator } from '../kit';

/**
 * 培训参与率 Training participation rate [seed 004#16].
 *
 * - Numerator: agent records with `trained: true`.
 * - Denominator: agent records whose `trained` is known (`true` or `false`); a record without the
 *   field is left out rather than counted as untrained.
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const trainingParticipationRate = defineMetric({
  id: 'trainingParticipationRate',
  label: { 'zh-CN': '培训参与率', 'en-US': 'Training participation rate' },
  formula: { 'zh-CN': '参加培训的人员 ÷ 人员', 'en-US': 'agents trained ÷ agents' },
  unit: 'ratio',
  direction: 'higher',
  category: 'people',
  table: 'agents',
  timestamp: 'period',
  minSample: 1,
  seeds: ['004#16'],
  accumulator: ratioAccumulator((a: AgentRecord) =>
    a.trained === undefined ? Outcome.Skip : a.trained ? Outcome.Hit : Outcome.Miss,
  ),
});
