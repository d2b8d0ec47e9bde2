import { defineMetric } from '../define';
import { field, mean, present } from '../expr/build';
import { avgTrainingHoursMeta } from './meta';

/**
 * 培训时长 Average training hours [RULES.md#seed-000-efficiency].
 *
 * - Value: mean `trainingHours` per agent record (hours, unit `number`), over records that give it;
 *   an explicit 0 counts, a missing value is left out.
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const avgTrainingHours = defineMetric({
  ...avgTrainingHoursMeta,
  formula: { 'zh-CN': '人均培训小时数', 'en-US': 'mean training hours per agent' },
  table: 'agents',
  timestamp: 'period',
  seeds: ['000'],
  measure: mean({ population: present(field('trainingHours')), value: field('trainingHours') }),
});
