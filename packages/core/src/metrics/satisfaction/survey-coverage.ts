import { defineMetric } from '../define';
import { field, present, ratio, resolved } from '../expr/build';
import { surveyCoverageMeta } from './meta';

/**
 * 调查覆盖率 — how many resolved tickets carry a satisfaction answer (seed 003 asks ≥ 10 %
 * [RULES.md#seed-003-data]).
 *
 * - Numerator: resolved tickets with a `csat` answer.
 * - Denominator: resolved tickets (status resolved or closed, with `resolvedAt`).
 * - Exclusions: open, pending and closed-without-resolution tickets are not in the population
 *   (not censored: they are not due a survey yet). A survey answer on an unresolved ticket is
 *   ignored here (it still counts in `csat`).
 * - Period: `resolvedAt` (the survey is sent on resolution).
 * - Minimum sample: 1 (a coverage figure is not itself a survey result).
 * - Interval: Wilson 95 %.
 */
export const surveyCoverage = defineMetric({
  ...surveyCoverageMeta,
  formula: {
    'zh-CN': '有满意度评分的已解决工单 ÷ 已解决工单',
    'en-US': 'resolved tickets rated ÷ resolved tickets',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['003'],
  measure: ratio({ population: resolved, hit: present(field('csat')) }),
});
