import { defineMetric } from '../define';
import { and, derived, eq, field, present, ratio, resolved } from '../expr/build';
import { repeatFaultRateMeta } from './meta';

/**
 * 重复故障率 / 长期复发率 — resolved tickets followed by a new fault of the same customer
 * [RULES.md#seed-000-scope] [RULES.md#seed-003-indicators]. The default scorecard's 长期复发率
 * indicator.
 *
 * - Numerator: resolved tickets followed by a new ticket of the same `customerId` created within
 *   the repeat window after `resolvedAt` (inclusive: exactly 30 days counts, 30 days + 1 ms does
 *   not); the new ticket must also have the same `productId` and the same `category`, each only
 *   where both tickets know it. The window is `repeatWindowDays` (default 30 days).
 * - Denominator: resolved tickets with a `customerId` whose repeat window has closed by `asOf`, or
 *   that already have a repeat.
 * - Censored: resolved tickets whose window is still open at `asOf` and have no repeat yet (not
 *   known yet, reported in `censored`, never counted as "not repeated").
 * - Exclusions: tickets without `customerId` (a repeat cannot be traced), unresolved tickets.
 *   Excluded tickets neither count nor act as the repeat (the engine's pre-pass drops them).
 * - Period: `resolvedAt`.
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const repeatFaultRate = defineMetric({
  ...repeatFaultRateMeta,
  formula: {
    'zh-CN':
      '解决后 30 天内同一客户（产品、类别均已知时须一致）再次报修的已解决工单 ÷ 有客户编号的已解决工单',
    'en-US':
      'resolved tickets followed within 30 days by a new ticket of the same customer (same product and category where both are known) ÷ resolved tickets with a customer',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['000', '003'],
  measure: ratio({
    population: and(present(field('customerId')), resolved),
    hit: eq(derived('repeatFault'), 1),
    censor: eq(derived('repeatFault'), -1),
  }),
});
