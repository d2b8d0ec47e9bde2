import { defineMetric } from '../define';
import { lit, ratio, resolved } from '../expr/build';
import { resolutionRateMeta } from './meta';

/**
 * 问题解决率 / 完全解决率 — of the tickets created in a period, how many are resolved now
 * [RULES.md#seed-004-2] [RULES.md#seed-003-indicators] (target ≥ 95 %
 * [RULES.md#seed-002-quality-standard]).
 *
 * - Numerator: tickets resolved at `asOf` (status resolved or closed, with `resolvedAt`).
 * - Denominator: every (non-excluded) ticket created in the period, whatever its status.
 * - Cohort rule: a ticket created in March and resolved in April counts as resolved for March's
 *   cohort; an open or pending ticket is a miss (not censored), and so is a ticket closed without
 *   a resolution (cancelled). The figure of a recent period therefore rises as its tickets get
 *   resolved.
 * - Period: `createdAt`.
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const resolutionRate = defineMetric({
  ...resolutionRateMeta,
  formula: {
    'zh-CN': '期内创建且已解决的工单 ÷ 期内创建的工单（按创建时间分组）',
    'en-US': 'tickets created in the period and now resolved ÷ tickets created in the period',
  },
  table: 'tickets',
  timestamp: 'createdAt',
  seeds: ['004#2', '003'],
  measure: ratio({ population: lit(true), hit: resolved }),
});
