import { defineMetric } from '../define';
import { field, mean, present } from '../expr/build';
import { csatMeanMeta } from './meta';

/**
 * 平均满意度评分 — the mean CSAT answer on the 1–5 scale [RULES.md#metric-csatMean].
 *
 * - Value: Σ `csat` ÷ tickets with a `csat` answer (a plain mean, unit `number`, 1–5).
 * - Exclusions: excluded tickets; tickets without an answer are not in the population (never 0).
 * - Period: `surveyedAt`, else `resolvedAt`, else `createdAt`.
 * - Minimum sample: 30 answers (survey metric).
 * - Keeps `sum`, `count` and `sumSquares` so that roll-ups are pooled and before/after comparisons
 *   can run Welch's t-test.
 */
export const csatMean = defineMetric({
  ...csatMeanMeta,
  formula: {
    'zh-CN': '满意度评分之和 ÷ 有评分的工单（1–5 分）',
    'en-US': 'sum of CSAT answers ÷ tickets rated (1–5)',
  },
  table: 'tickets',
  timestamp: 'surveyedAt',
  measure: mean({ population: present(field('csat')), value: field('csat') }),
});
