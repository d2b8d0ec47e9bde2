import type { TableName } from './types';

/** The field that identifies a record of each table (agents and customers add their period). */
export const idField = {
  tickets: 'id',
  calls: 'id',
  agents: 'agentId',
  customers: 'customerId',
} as const satisfies Record<TableName, string>;

/** The uniqueness key of a parsed record: its id, or (id, period) for agents and customers. */
export function recordKey(table: TableName, record: Readonly<Record<string, unknown>>): string {
  const id = record[idField[table]] as string;
  return table === 'agents' || table === 'customers' ? `${id}\u0000${record.period as string}` : id;
}

/** The reason given to the later of two records with the same key. */
export function duplicateReason(
  table: TableName,
  record: Readonly<Record<string, unknown>>,
  firstIndex: number,
): string {
  const id = JSON.stringify(record[idField[table]]);
  const first = `first at ${table}[${firstIndex}]`;
  if (table === 'agents')
    return `duplicate agent ${id} for period ${record.period as string} (${first})`;
  if (table === 'customers')
    return `duplicate customer ${id} for period ${record.period as string} (${first})`;
  return `duplicate id ${id} (${first})`;
}
