import { defineMetric } from '../define';
import { count, derived, eq, ne } from '../expr/build';
import { SlaOutcome } from '../types';
import { responseTimeoutsMeta } from './meta';

/**
 * 响应超时次数 First-response timeouts [RULES.md#seed-000-efficiency].
 *
 * - Value: tickets responded to after their response due instant + tickets still unresponded and
 *   past due at `asOf`. A response exactly at the due instant is on time (not counted).
 * - Considered (`denominator`, `sampleSize`): every ticket with a response target, including the
 *   not-yet-due ones (they may still time out, but have not).
 * - No tickets gives a true `0` ("no timeouts"), not `null`.
 * - Target: `responseDueAt` when given, else the SLA policy (default 24 h).
 * - Period: `createdAt`. Minimum sample: 0 (a count).
 */
export const responseTimeouts = defineMetric({
  ...responseTimeoutsMeta,
  formula: {
    'zh-CN': '超时响应的工单 + 已超时仍未响应的工单',
    'en-US': 'responded late + unresponded past due',
  },
  table: 'tickets',
  timestamp: 'createdAt',
  seeds: ['000'],
  measure: count({
    population: ne(derived('responseOutcome'), SlaOutcome.NoTarget),
    hit: eq(derived('responseOutcome'), SlaOutcome.Missed),
  }),
});
