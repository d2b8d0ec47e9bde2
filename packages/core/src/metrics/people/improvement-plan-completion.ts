import { defineMetric } from '../define';
import { and, field, present, sumRatio } from '../expr/build';
import { improvementPlanCompletionMeta } from './meta';

/**
 * 个人提升计划执行度 Improvement plan completion [RULES.md#seed-004-21].
 *
 * - Value: Σ `plansDone` ÷ Σ `plansSet` (pooled), over records that give both; Wilson 95 %
 *   interval when Σ done ≤ Σ set.
 * - Left out: records missing either field. Σ set = 0 gives `null` / `noData`.
 * - Not clamped: more plan items done than set gives a value above 1, shown as such.
 * - Period: the record's `period`. Minimum sample: 1 agent record.
 */
export const improvementPlanCompletion = defineMetric({
  ...improvementPlanCompletionMeta,
  formula: {
    'zh-CN': 'Σ 已完成计划项 ÷ Σ 计划项',
    'en-US': 'Σ plan items done ÷ Σ plan items set',
  },
  table: 'agents',
  timestamp: 'period',
  seeds: ['004#21'],
  measure: sumRatio({
    population: and(present(field('plansDone')), present(field('plansSet'))),
    numerator: field('plansDone'),
    denominator: field('plansSet'),
    interval: true,
  }),
});
