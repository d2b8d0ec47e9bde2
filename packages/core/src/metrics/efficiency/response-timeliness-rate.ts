import { defineMetric } from '../define';
import { derived, eq, ne, ratio } from '../expr/build';
import { SlaOutcome } from '../types';
import { responseTimelinessRateMeta } from './meta';

/**
 * 响应及时率 First-response timeliness [RULES.md#seed-000-efficiency] [RULES.md#seed-003-indicators].
 *
 * - Numerator: tickets first responded to by their response due instant (inclusive: a response at
 *   exactly 24 h of a 24 h target is on time; at 24 h + 1 ms it is late).
 * - Denominator: responded tickets with a target + unresponded tickets already past due at `asOf`
 *   (an overdue unresponded ticket is a miss).
 * - Censored: unresponded tickets not yet due at `asOf` (counted nowhere, reported in `censored`).
 * - Left out: tickets without a target (the policy sets none and no `responseDueAt`).
 * - Target: the ticket's `responseDueAt` when given, else the SLA policy (default 24 h for every
 *   priority); measured in business time when the evaluation has a calendar.
 * - Period: `createdAt`. Minimum sample: 1.
 */
export const responseTimelinessRate = defineMetric({
  ...responseTimelinessRateMeta,
  formula: {
    'zh-CN': 'SLA 内响应的工单 ÷（已响应工单 + 已超时未响应工单）',
    'en-US': 'responded within SLA ÷ (responded + overdue unresponded)',
  },
  table: 'tickets',
  timestamp: 'createdAt',
  seeds: ['000', '003'],
  measure: ratio({
    population: ne(derived('responseOutcome'), SlaOutcome.NoTarget),
    hit: eq(derived('responseOutcome'), SlaOutcome.Met),
    censor: eq(derived('responseOutcome'), SlaOutcome.Pending),
  }),
});
