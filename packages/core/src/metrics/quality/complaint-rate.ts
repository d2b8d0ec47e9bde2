import type { ServiceTicket } from '../../data/types';
import { defineMetric } from '../define';
import { Outcome, ratioAccumulator } from '../kit';

/**
 * 投诉率 — complaints among all tickets [seed 002 target < 5 %].
 *
 * - Numerator: tickets with `kind === 'complaint'`.
 * - Denominator: every (non-excluded) ticket, whatever its status; a ticket without `kind` is
 *   not a complaint.
 * - Period: `createdAt`.
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const complaintRate = defineMetric({
  id: 'complaintRate',
  label: { 'zh-CN': '投诉率', 'en-US': 'Complaint rate' },
  formula: { 'zh-CN': '投诉工单 ÷ 全部工单', 'en-US': 'complaint tickets ÷ all tickets' },
  unit: 'ratio',
  direction: 'lower',
  category: 'quality',
  table: 'tickets',
  timestamp: 'createdAt',
  minSample: 1,
  seeds: ['002'],
  accumulator: ratioAccumulator((t: ServiceTicket) =>
    t.kind === 'complaint' ? Outcome.Hit : Outcome.Miss,
  ),
});
