import { isResolved, type ServiceTicket } from '../data/types';
import type { AnyMetric } from '../metrics/types';
import type { TicketContext } from './context';

/** Ticket timestamp codes (3 is calls' `startedAt` in the engine's period caches). */
export const T_CREATED = 0;
export const T_RESOLVED = 1;
export const T_SURVEYED = 2;

/**
 * The timestamp code of a ticket metric.
 *
 * @example
 * timestampCode(metrics.avgResolutionTime); // T_RESOLVED
 */
export function timestampCode(metric: AnyMetric | undefined): number {
  const ts = metric?.timestamp;
  return ts === 'resolvedAt' ? T_RESOLVED : ts === 'surveyedAt' ? T_SURVEYED : T_CREATED;
}

/**
 * The instant that puts a ticket into a period for a timestamp code [RULES.md#rule-9]. An
 * unresolved ticket under a resolution-based metric goes to its resolution due instant when that
 * has passed by `asOf` (an overdue open ticket is a miss in the period it fell due), else to its
 * creation.
 *
 * @example
 * ticketInstant(ticket, T_SURVEYED, ctx); // ticket.surveyedAt ?? ticket.resolvedAt ?? ticket.createdAt
 */
export function ticketInstant(t: ServiceTicket, code: number, ctx: TicketContext): number {
  if (code === T_CREATED) return t.createdAt;
  if (code === T_SURVEYED && t.surveyedAt !== undefined) return t.surveyedAt;
  if (isResolved(t)) return t.resolvedAt as number;
  if (code === T_RESOLVED) {
    const due = ctx.resolutionDueAt();
    if (!Number.isNaN(due) && due <= ctx.asOf) return due;
  }
  return t.createdAt;
}
