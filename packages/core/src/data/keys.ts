import type { TableName } from './types';

/** The field that identifies a record of each table (agents and customers add their period). */
export const idField = {
  tickets: 'id',
  calls: 'id',
  agents: 'agentId',
  customers: 'customerId',
} as const satisfies Record<TableName, string>;

/** Whether a table holds one record per id per period (agents and customers), not per id. */
const perPeriod = (table: TableName) => table === 'agents' || table === 'customers';

/**
 * The fields that together identify a record: its id, and for agents and customers also
 * `period`. The SQL duplicate check reads it; `recordKey` is the same rule for one parsed record.
 */
export function keyFields(table: TableName): readonly string[] {
  return perPeriod(table) ? [idField[table], 'period'] : [idField[table]];
}

/** The uniqueness key of a parsed record: its {@link keyFields} joined by NUL. */
export function recordKey(table: TableName, record: Readonly<Record<string, unknown>>): string {
  const id = record[idField[table]] as string;
  return perPeriod(table) ? `${id}\u0000${record.period as string}` : id;
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
