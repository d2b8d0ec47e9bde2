import { defineMetric } from '../define';
import { eq, field, lit, ratio } from '../expr/build';
import { complaintRateMeta } from './meta';

/**
 * 投诉率 — complaints among all tickets (target < 5 % [RULES.md#seed-002-targets]).
 *
 * - Numerator: tickets with `kind === 'complaint'`.
 * - Denominator: every (non-excluded) ticket, whatever its status; a ticket without `kind` is
 *   not a complaint.
 * - Period: `createdAt`.
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const complaintRate = defineMetric({
  ...complaintRateMeta,
  formula: { 'zh-CN': '投诉工单 ÷ 全部工单', 'en-US': 'complaint tickets ÷ all tickets' },
  table: 'tickets',
  timestamp: 'createdAt',
  seeds: ['002'],
  measure: ratio({ population: lit(true), hit: eq(field('kind'), 'complaint') }),
});
