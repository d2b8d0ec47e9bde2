import { defineMetric } from '../define';
import { and, eq, field, gte, present, ratio } from '../expr/build';
import { complaintSatisfactionMeta } from './meta';

/**
 * 投诉处理满意度 — CSAT among complaint tickets [RULES.md#seed-000-satisfaction] (target ≥ 97 %
 * [RULES.md#seed-002-quality-standard]).
 *
 * - Numerator: complaint tickets (`kind === 'complaint'`) with `csat ≥ 4` (top-2-box, 4 included).
 * - Denominator: complaint tickets with a `csat` answer, whatever their status.
 * - Exclusions: other kinds, and tickets without `kind`, are not complaints.
 * - Period: `surveyedAt`, else `resolvedAt`, else `createdAt`.
 * - Minimum sample: 30 answers (survey metric).
 * - Interval: Wilson 95 %.
 */
export const complaintSatisfaction = defineMetric({
  ...complaintSatisfactionMeta,
  formula: {
    'zh-CN': '满意度 ≥ 4 分的投诉工单 ÷ 有评分的投诉工单',
    'en-US': 'complaints rated ≥ 4 ÷ complaints rated',
  },
  table: 'tickets',
  timestamp: 'surveyedAt',
  seeds: ['000', '002'],
  measure: ratio({
    population: and(eq(field('kind'), 'complaint'), present(field('csat'))),
    hit: gte(field('csat'), 4),
  }),
});
