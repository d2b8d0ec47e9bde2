import { defineMetric } from '../define';
import { field, gte, present, ratio } from '../expr/build';
import { callCsatMeta } from './meta';

/**
 * 通话满意度 — CSAT (top-2-box) over phone calls.
 *
 * - Numerator: calls with `csat ≥ 4` (1–5 scale; 4 included).
 * - Denominator: calls with a `csat` answer, answered or not (an unanswered call with an answer is
 *   the host's data to trust).
 * - Period: `startedAt`.
 * - Minimum sample: 30 answers (survey metric).
 * - Interval: Wilson 95 %.
 */
export const callCsat = defineMetric({
  ...callCsatMeta,
  formula: {
    'zh-CN': '满意度 ≥ 4 分的通话 ÷ 有评分的通话',
    'en-US': 'calls rated ≥ 4 ÷ calls rated',
  },
  table: 'calls',
  timestamp: 'startedAt',
  measure: ratio({ population: present(field('csat')), hit: gte(field('csat'), 4) }),
});
