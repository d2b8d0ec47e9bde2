import { defineMetric } from '../define';
import { and, field, present, sumRatio } from '../expr/build';
import { goalCompletionRateMeta } from './meta';

/**
 * 个人目标完成率 Goal completion rate [RULES.md#seed-004-17].
 *
 * - Value: Σ `goalsMet` ÷ Σ `goalsSet` (pooled over agents, never a mean of per-agent rates), over
 *   records that give both; Wilson 95 % interval when Σ met ≤ Σ set.
 * - Left out: records missing either field. Σ set = 0 gives `null` / `noData`.
 * - Not clamped: more goals met than set gives a value above 1, shown as such.
 * - Period: the record's `period`. Minimum sample: 1 agent record.
 */
export const goalCompletionRate = defineMetric({
  ...goalCompletionRateMeta,
  formula: { 'zh-CN': 'Σ 完成目标数 ÷ Σ 设定目标数', 'en-US': 'Σ goals met ÷ Σ goals set' },
  table: 'agents',
  timestamp: 'period',
  seeds: ['004#17'],
  measure: sumRatio({
    population: and(present(field('goalsMet')), present(field('goalsSet'))),
    numerator: field('goalsMet'),
    denominator: field('goalsSet'),
    interval: true,
  }),
});
