import { defineMetric } from '../define';
import { eq, field, present, ratio } from '../expr/build';
import { positiveReviewRateMeta } from './meta';

/**
 * 客户评价反馈 / 表扬率 — share of positive reviews [RULES.md#seed-004-18] [RULES.md#seed-003-template]. The
 * default scorecard uses it for 沟通耐心度 (communication patience).
 *
 * - Numerator: tickets with `review === 'positive'`.
 * - Denominator: tickets with a `review` (positive, neutral or negative), whatever their status;
 *   a neutral review is not praise and counts as a miss.
 * - Period: `surveyedAt`, else `resolvedAt`, else `createdAt` (a review is a survey answer).
 * - Minimum sample: 30 reviews (survey metric).
 * - Interval: Wilson 95 %.
 */
export const positiveReviewRate = defineMetric({
  ...positiveReviewRateMeta,
  formula: { 'zh-CN': '好评工单 ÷ 有评价的工单', 'en-US': 'positive reviews ÷ tickets reviewed' },
  table: 'tickets',
  timestamp: 'surveyedAt',
  seeds: ['004#18', '003'],
  measure: ratio({ population: present(field('review')), hit: eq(field('review'), 'positive') }),
});
