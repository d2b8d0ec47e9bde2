import { defineMetric } from '../define';
import { field, gte, present, ratio } from '../expr/build';
import { csatMeta } from './meta';

/**
 * 客户满意度 CSAT (top-2-box) [RULES.md#seed-000-satisfaction] [RULES.md#seed-004-1].
 *
 * - Numerator: tickets with `csat ≥ 4` (on the 1–5 scale); a 4 is top-box (inclusive bound).
 * - Denominator: tickets with a `csat` answer, whatever their status.
 * - Exclusions: excluded tickets (engine-wide); tickets without an answer are not in the population.
 * - Period: `surveyedAt`, else `resolvedAt`, else `createdAt`.
 * - Minimum sample: 30 answers (survey metric); below it the value is given with `sufficient: false`.
 * - Interval: Wilson 95 %.
 */
export const csat = defineMetric({
  ...csatMeta,
  formula: {
    'zh-CN': '满意度 ≥ 4 分的工单 ÷ 有评分的工单',
    'en-US': 'tickets rated ≥ 4 ÷ tickets rated',
  },
  table: 'tickets',
  timestamp: 'surveyedAt',
  seeds: ['000', '004#1'],
  measure: ratio({ population: present(field('csat')), hit: gte(field('csat'), 4) }),
});
