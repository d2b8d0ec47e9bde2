/**
 * Records for the efficiency KPI tests (`<metric-file>.test.ts` beside this file). Tickets are
 * created Monday 2 March 2026 00:00 UTC and evaluated 100 h later, so every 24 h target has
 * passed; calls start the same Monday at 09:00 UTC and are evaluated on 1 April 2026.
 * (follow-up-rate.test.ts and business-time.test.ts keep their own records.)
 */
import type { ServiceCall, ServiceDataset, ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import type { EvaluateOptions } from '@servicescore/core';

export const H = 3_600_000;
export const T0 = Date.UTC(2026, 2, 2); // Monday 2026-03-02 00:00 UTC
export const ASOF = T0 + 100 * H;

export function ticket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return { id: 't', createdAt: T0, status: 'open', priority: 'normal', ...fields };
}
/** A ticket answered `hours` after creation, still open. */
export function answered(hours: number, fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ firstResponseAt: T0 + hours * H, ...fields });
}
/** A ticket resolved `hours` after creation. */
export function resolved(hours: number, fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ status: 'resolved', resolvedAt: T0 + hours * H, ...fields });
}
/** The overall value of metric `id` over the tickets, as of ASOF. */
export function run(id: string, tickets: ServiceTicket[], options: Partial<EvaluateOptions> = {}) {
  return overall(id, { tickets, calls: [], agents: [], customers: [] }, { asOf: ASOF, ...options });
}

const CALL_T0 = Date.UTC(2026, 2, 2, 9); // Monday 2026-03-02 09:00 UTC
export const CALLS_ASOF = Date.UTC(2026, 3, 1);

export function call(fields: Partial<ServiceCall> = {}): ServiceCall {
  return { id: 'c', startedAt: CALL_T0, answered: true, ...fields };
}
/** The overall value of metric `id` over the calls, as of CALLS_ASOF: the call tests' `run`. */
export function runCalls(id: string, calls: ServiceCall[], options: Partial<EvaluateOptions> = {}) {
  return overall(
    id,
    { tickets: [], calls, agents: [], customers: [] },
    { asOf: CALLS_ASOF, ...options },
  );
}

function overall(id: string, data: ServiceDataset, options: Partial<EvaluateOptions>) {
  const evaluation = evaluate(data, { metrics: [id], ...options });
  const value = evaluation.overall[id];
  if (value === undefined) throw new Error(`no value for ${id}`);
  return value;
}
