import type { ServiceTicket } from '../../data/types';
import { isResolved } from '../../data/types';
import { defineMetric } from '../define';
import { Outcome, ratioAccumulator } from '../kit';
import { reopenRateMeta } from './meta';

/**
 * 复开率 — resolved tickets that had to be reopened.
 *
 * - Numerator: resolved tickets with `reopens > 0`.
 * - Denominator: resolved tickets; a missing `reopens` counts as 0 (never reopened).
 * - Exclusions: tickets not resolved at `asOf`, including one currently reopened (its status is
 *   open again): it counts once it is resolved again, with its `reopens`.
 * - Period: `resolvedAt` (the latest resolution).
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const reopenRate = defineMetric({
  ...reopenRateMeta,
  formula: {
    'zh-CN': '被重新打开过的已解决工单 ÷ 已解决工单',
    'en-US': 'resolved tickets reopened ÷ resolved tickets',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  accumulator: ratioAccumulator((t: ServiceTicket) =>
    !isResolved(t) ? Outcome.Skip : (t.reopens ?? 0) > 0 ? Outcome.Hit : Outcome.Miss,
  ),
});
