import type { AgentRecord } from '../../data/types';
import { defineMetric } from '../define';
import { meanAccumulator } from '../kit';

/**
 * 培训时长 Average training hours [seed 000].
 *
 * - Value: mean `trainingHours` per agent record (hours, unit `number`), over records that give it;
 *   an explicit 0 counts, a missing value is left out.
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const avgTrainingHours = defineMetric({
  id: 'avgTrainingHours',
  label: { 'zh-CN': '培训时长', 'en-US': 'Average training hours' },
  formula: { 'zh-CN': '人均培训小时数', 'en-US': 'mean training hours per agent' },
  unit: 'number',
  direction: 'higher',
  category: 'people',
  table: 'agents',
  timestamp: 'period',
  minSample: 1,
  seeds: ['000'],
  accumulator: meanAccumulator((a: AgentRecord) => a.trainingHours ?? Number.NaN),
});
