import type { AgentRecord, ServiceCall, ServiceDataset, ServiceTicket } from '@servicescore/core';

/** A parsed ticket with the required fields filled; instants are epoch ms. */
export function ticket(fields: Partial<ServiceTicket> & { id: string }): ServiceTicket {
  return { createdAt: Date.UTC(2026, 2, 2, 9), status: 'open', priority: 'normal', ...fields };
}

export function call(fields: Partial<ServiceCall> & { id: string }): ServiceCall {
  return { startedAt: Date.UTC(2026, 2, 2, 9), answered: true, ...fields };
}

export function agent(
  fields: Partial<AgentRecord> & { agentId: string; period: string },
): AgentRecord {
  return { ...fields };
}

export function dataset(parts: Partial<ServiceDataset>): ServiceDataset {
  return { tickets: [], calls: [], agents: [], customers: [], ...parts };
}

export const H = 3_600_000;
