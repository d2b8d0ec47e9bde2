import { defineMetric } from '../define';
import { and, field, present, sumRatio } from '../expr/build';
import { utilizationMeta } from './meta';

/**
 * 人员利用率 Agent utilization [RULES.md#seed-000-categories].
 *
 * - Value: Σ `busySeconds` ÷ Σ `availableSeconds` (pooled over agents, never a mean of per-agent
 *   rates), over agent records that give both.
 * - Left out: records missing either field. All available time zero gives `null` / `noData`.
 * - Not clamped: a value above 1 means busy time exceeds available time in the data, and is shown
 *   as such rather than hidden. No Wilson interval (seconds are not trials).
 * - Period: the record's `period`. Minimum sample: 1 agent record.
 */
export const utilization = defineMetric({
  ...utilizationMeta,
  formula: { 'zh-CN': 'Σ 忙碌时长 ÷ Σ 可用时长', 'en-US': 'Σ busy time ÷ Σ available time' },
  table: 'agents',
  timestamp: 'period',
  seeds: ['000'],
  measure: sumRatio({
    population: and(present(field('busySeconds')), present(field('availableSeconds'))),
    numerator: field('busySeconds'),
    denominator: field('availableSeconds'),
  }),
});
