/**
 * Surveyed tickets and calls for the satisfaction KPI tests (`<metric-file>.test.ts` beside this
 * file), built on the resolved ticket of ../fixtures.ts (created Mon 2 Mar 2026, evaluated
 * 1 Jun 2026). nps.test.ts keeps its own.
 */
import type { ServiceCall, ServiceDataset, ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import type { EvaluateOptions } from '@servicescore/core';
import { ASOF, HOUR, T0, ticket } from '../fixtures';

export { ASOF, HOUR, T0, ticket };

let callSeq = 0;
export function call(fields: Partial<ServiceCall> = {}): ServiceCall {
  callSeq++;
  return { id: `c${callSeq}`, startedAt: T0, answered: true, ...fields };
}
export function rated(
  scores: readonly number[],
  fields: Partial<ServiceTicket> = {},
): ServiceTicket[] {
  return scores.map((csat) => ticket({ csat, ...fields }));
}
export function dataset(tickets: ServiceTicket[], calls: ServiceCall[] = []): ServiceDataset {
  return { tickets, calls, agents: [], customers: [] };
}
/** The overall value of metric `id` over a dataset, or over tickets alone. */
export function run(
  id: string,
  data: ServiceDataset | ServiceTicket[],
  options: Partial<EvaluateOptions> = {},
) {
  const records = Array.isArray(data) ? dataset(data) : data;
  return evaluate(records, { metrics: [id], asOf: ASOF, ...options }).overall[id];
}
