import { defineMetric } from '../define';
import { count, derived, eq, ne } from '../expr/build';
import { SlaOutcome } from '../types';
import { resolutionTimeoutsMeta } from './meta';

/**
 * 故障解决超时次数 Resolution timeouts [RULES.md#seed-000-efficiency].
 *
 * - Value: tickets resolved after their resolution due instant + tickets still open and past due
 *   at `asOf`. Resolved exactly at the due instant is on time (not counted).
 * - Considered (`denominator`, `sampleSize`): every ticket with a resolution target, including
 *   not-yet-due open ones.
 * - No tickets gives a true `0`, not `null`.
 * - Target: `resolutionDueAt` when given, else the SLA policy (default urgent 2 h, others 24 h).
 * - Period: `resolvedAt`; an open ticket is attributed to its resolution due instant.
 *   Minimum sample: 0 (a count).
 */
export const resolutionTimeouts = defineMetric({
  ...resolutionTimeoutsMeta,
  formula: {
    'zh-CN': '超时解决的工单 + 已超时仍未解决的工单',
    'en-US': 'resolved after due + open past due',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['000'],
  measure: count({
    population: ne(derived('resolutionOutcome'), SlaOutcome.NoTarget),
    hit: eq(derived('resolutionOutcome'), SlaOutcome.Missed),
  }),
});
