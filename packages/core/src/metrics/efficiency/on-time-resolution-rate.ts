import { defineMetric } from '../define';
import { derived, eq, ne, ratio } from '../expr/build';
import { SlaOutcome } from '../types';
import { onTimeResolutionRateMeta } from './meta';

/**
 * 服务交付及时性 On-time resolution rate [RULES.md#seed-004-15].
 *
 * - Numerator: tickets resolved by their resolution due instant (inclusive).
 * - Denominator: resolved tickets with a target + open tickets already past due at `asOf`
 *   (an overdue open ticket is a miss).
 * - Censored: open tickets not yet due at `asOf` (counted nowhere, reported in `censored`).
 * - Left out: tickets without a target, and tickets closed without a resolution.
 * - Target: `resolutionDueAt` when given, else the SLA policy (default urgent 2 h, others 24 h):
 *   an urgent ticket resolved in 2 h 1 min misses. Business time with a calendar.
 * - Period: `resolvedAt`; an open ticket is attributed to its resolution due instant.
 *   Minimum sample: 1.
 */
export const onTimeResolutionRate = defineMetric({
  ...onTimeResolutionRateMeta,
  formula: {
    'zh-CN': '按时解决的工单 ÷（有时限的已解决工单 + 已超时未解决工单）',
    'en-US': 'resolved by due ÷ (resolved with a due + open past due)',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['004#15'],
  measure: ratio({
    population: ne(derived('resolutionOutcome'), SlaOutcome.NoTarget),
    hit: eq(derived('resolutionOutcome'), SlaOutcome.Met),
    censor: eq(derived('resolutionOutcome'), SlaOutcome.Pending),
  }),
});
