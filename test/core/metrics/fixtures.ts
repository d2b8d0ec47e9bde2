/**
 * The ticket the quality and satisfaction KPI tests start from (their `fixtures.ts` build on it):
 * created Monday 2 March 2026 09:00 UTC, resolved an hour later, evaluated on 1 June 2026.
 */
import type { ServiceTicket } from '@servicescore/core';

export const HOUR = 3_600_000;
export const T0 = Date.UTC(2026, 2, 2, 9); // Mon 2 Mar 2026 09:00 UTC
export const ASOF = Date.UTC(2026, 5, 1); // 1 Jun 2026: every March repeat window has closed

let seq = 0;
export function ticket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  seq++;
  return {
    id: `t${seq}`,
    createdAt: T0,
    status: 'resolved',
    resolvedAt: T0 + HOUR,
    priority: 'normal',
    ...fields,
  };
}
