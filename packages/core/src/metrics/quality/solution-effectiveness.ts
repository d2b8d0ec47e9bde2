import { defineMetric } from '../define';
import { and, coalesce, derived, eq, field, ne, ratio, resolved } from '../expr/build';
import { solutionEffectivenessMeta } from './meta';

/**
 * 解决方案有效性 — resolved tickets whose fix held: neither reopened nor repeated
 * [RULES.md#seed-003-indicators].
 *
 * - Numerator: resolved tickets with no reopen (`reopens` missing counts as 0) and no repeat fault
 *   (see `repeatFaultRate`: same customer, product and category within the repeat window).
 * - Denominator: resolved tickets.
 * - Decision: a ticket whose repeat window is still open at `asOf`, or that has no `customerId`,
 *   counts as effective so far (its fix is judged on what is known at `asOf`), so recent periods
 *   are not left empty; a later repeat turns it into a miss.
 * - Exclusions: tickets not resolved at `asOf`.
 * - Period: `resolvedAt`.
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const solutionEffectiveness = defineMetric({
  ...solutionEffectivenessMeta,
  formula: {
    'zh-CN': '既未复开也未重复故障的已解决工单 ÷ 已解决工单',
    'en-US': 'resolved tickets neither reopened nor repeated ÷ resolved tickets',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['003'],
  measure: ratio({
    population: resolved,
    hit: and(eq(coalesce(field('reopens'), 0), 0), ne(derived('repeatFault'), 1)),
  }),
});
