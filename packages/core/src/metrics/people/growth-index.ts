import { defineMetric } from '../define';
import { and, field, present, sumRatio } from '../expr/build';
import { growthIndexMeta } from './meta';

/**
 * 个人成长指数 Growth index [RULES.md#seed-004-22].
 *
 * - Value: Σ `assessmentEnd` ÷ Σ `assessmentStart` − 1, pooled over the records that give both:
 *   NOT the mean of per-agent growth. Agents 50 → 100 and 100 → 100 grow pooled
 *   200 ÷ 150 − 1 = 0.333…, while the mean of their growth would be (1 + 0) ÷ 2 = 0.5.
 *   Pooling weights each agent by their starting level and rolls up exactly.
 * - `numerator` = Σ end, `denominator` = Σ start. Σ start = 0 gives `null` / `noData`.
 * - A fall in the assessment gives a negative value. No Wilson interval.
 * - Period: the record's `period`. Minimum sample: 1 agent record.
 */
export const growthIndex = defineMetric({
  ...growthIndexMeta,
  formula: {
    'zh-CN': 'Σ 期末评估分 ÷ Σ 期初评估分 − 1（合并计算）',
    'en-US': 'Σ end assessment ÷ Σ start assessment − 1 (pooled)',
  },
  table: 'agents',
  timestamp: 'period',
  seeds: ['004#22'],
  measure: sumRatio({
    population: and(present(field('assessmentStart')), present(field('assessmentEnd'))),
    numerator: field('assessmentEnd'),
    denominator: field('assessmentStart'),
    offset: -1,
  }),
});
