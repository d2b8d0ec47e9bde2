import { defineMetric } from '../define';
import { field, npsOf, present } from '../expr/build';
import { npsMeta } from './meta';

/**
 * 净推荐值 NPS [RULES.md#seed-000-categories].
 *
 * - Value: (promoters − detractors) ÷ respondents × 100, in points (−100..100). Promoters answer
 *   9–10, passives 7–8, detractors 0–6; passives stay in the denominator.
 * - Population: tickets with an `nps` answer, whatever their status.
 * - Carries `promoters`, `passives`, `detractors`, and `numerator` = promoters − detractors over
 *   `denominator` = respondents, so groups roll up pooled.
 * - Interval: 95 % normal approximation on the per-respondent score (+1 / 0 / −1), clamped to ±100.
 * - Period: `surveyedAt`, else `resolvedAt`, else `createdAt`.
 * - Minimum sample: 30 respondents (survey metric).
 */
export const nps = defineMetric({
  ...npsMeta,
  formula: {
    'zh-CN': '（推荐者占比 − 贬损者占比）× 100；推荐者 9–10 分，贬损者 0–6 分，被动者计入分母',
    'en-US': '(% promoters 9–10 − % detractors 0–6) × 100; passives stay in the denominator',
  },
  table: 'tickets',
  timestamp: 'surveyedAt',
  seeds: ['000'],
  measure: npsOf({ population: present(field('nps')), score: field('nps') }),
});
