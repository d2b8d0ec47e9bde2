/**
 * Agent records for the people KPI tests (`<metric-file>.test.ts` beside this file): one agent
 * per record in March 2026, evaluated on 1 April 2026.
 */
import type { AgentRecord } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import type { EvaluateOptions } from '@servicescore/core';

export const ASOF = Date.UTC(2026, 3, 1);

export function agent(fields: Partial<AgentRecord> = {}): AgentRecord {
  return { agentId: 'a', period: '2026-03', ...fields };
}
export function run(id: string, agents: AgentRecord[], options: Partial<EvaluateOptions> = {}) {
  const evaluation = evaluate(
    { tickets: [], calls: [], agents, customers: [] },
    { metrics: [id], asOf: ASOF, ...options },
  );
  const value = evaluation.overall[id];
  if (value === undefined) throw new Error(`no value for ${id}`);
  return value;
}
