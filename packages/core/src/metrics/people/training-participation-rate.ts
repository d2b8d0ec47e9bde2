import { defineMetric } from '../define';
import { field, isTrue, present, ratio } from '../expr/build';
import { trainingParticipationRateMeta } from './meta';

/**
 * 培训参与率 Training participation rate [RULES.md#seed-004-16].
 *
 * - Numerator: agent records with `trained: true`.
 * - Denominator: agent records whose `trained` is known (`true` or `false`); a record without the
 *   field is left out rather than counted as untrained.
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const trainingParticipationRate = defineMetric({
  ...trainingParticipationRateMeta,
  formula: { 'zh-CN': '参加培训的人员 ÷ 人员', 'en-US': 'agents trained ÷ agents' },
  table: 'agents',
  timestamp: 'period',
  seeds: ['004#16'],
  measure: ratio({ population: present(field('trained')), hit: isTrue(field('trained')) }),
});
