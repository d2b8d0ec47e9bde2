/**
 * Customer records for the business-impact KPI tests (`<metric-file>.test.ts` beside this file):
 * one customer per record in March 2026, evaluated on 1 April 2026.
 */
import type { CustomerRecord } from '@servicescore/core';
import { evaluate } from '@servicescore/core';

export const ASOF = Date.UTC(2026, 3, 1);

export function customer(fields: Partial<CustomerRecord> = {}): CustomerRecord {
  return { customerId: 'k', period: '2026-03', ...fields };
}
export function run(id: string, customers: CustomerRecord[]) {
  const evaluation = evaluate(
    { tickets: [], calls: [], agents: [], customers },
    { metrics: [id], asOf: ASOF },
  );
  const value = evaluation.overall[id];
  if (value === undefined) throw new Error(`no value for ${id}`);
  return value;
}

/** Retention's and churn's population: of four customers active at the start, three stay, one leaves. */
export const cohort = [
  customer({ activeAtStart: true, activeAtEnd: true }),
  customer({ activeAtStart: true, activeAtEnd: true }),
  customer({ activeAtStart: true, activeAtEnd: true }),
  customer({ activeAtStart: true, activeAtEnd: false }),
  customer({ activeAtStart: false, activeAtEnd: true }), // new this period: not in the population
  customer({ activeAtStart: true }), // end unknown: left out
];
