/**
 * Tickets for the quality KPI tests (`<metric-file>.test.ts` beside this file), built on the
 * resolved ticket of ../fixtures.ts (created Mon 2 Mar 2026, evaluated 1 Jun 2026).
 */
import type { ServiceDataset, ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import type { EvaluateOptions } from '@servicescore/core';
import { ASOF, HOUR, T0, ticket } from '../fixtures';

export { ASOF, HOUR, T0, ticket };
export const DAY = 24 * HOUR;
export const R = T0 + HOUR; // resolution instant of the first ticket
export const WINDOW = 30 * DAY;

export function open(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ status: 'open', resolvedAt: undefined, ...fields });
}
export function complaint(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ kind: 'complaint', ...fields });
}
/** A ticket of customer c1, resolved at R: the repeat-fault tests import it as their `ticket`. */
export function customerTicket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ customerId: 'c1', ...fields });
}
/** A new fault reported later; open, so that it is not itself in the population. */
export function later(createdAt: number, fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return customerTicket({ createdAt, status: 'open', resolvedAt: undefined, ...fields });
}
export function dataset(tickets: ServiceTicket[]): ServiceDataset {
  return { tickets, calls: [], agents: [], customers: [] };
}
export function run(id: string, tickets: ServiceTicket[], options: Partial<EvaluateOptions> = {}) {
  return evaluate(dataset(tickets), { metrics: [id], asOf: ASOF, ...options }).overall[id];
}
