import { boundsOption, type InstantDomain } from './instant';
import type { RecordIssue } from './read-row';
import type { DatasetInput } from './schemas';
import { tableNames, TableReader, tableRows } from './table-reader';
import type { ServiceDataset, TableName } from './types';

export type { RecordIssue } from './read-row';

/** A record that `parseDataset` left out, and why. */
export interface RejectedRecord {
  table: TableName;
  /** Index of the record in the host's array for that table. */
  index: number;
  /** The record's id (agents: `agentId`, customers: `customerId`) when it could be read. */
  id?: string | undefined;
  /** Path of the first issue. */
  path: (string | number)[];
  /** Reason of the first issue. */
  reason: string;
  /** Every issue found, the first one first. */
  issues: RecordIssue[];
}

/** Records in, accepted and rejected, per table. `input = accepted + rejected` always. */
export interface TableCounts {
  input: number;
  accepted: number;
  rejected: number;
}

/** What {@link parseDataset} returns. */
export interface ParseDatasetResult {
  /** The accepted records, every table present, in the host's order. */
  dataset: ServiceDataset;
  /** The records left out, table by table in the order tickets, calls, agents, customers. */
  rejected: RejectedRecord[];
  counts: Record<TableName, TableCounts>;
}

/** Options of {@link parseDataset}. */
export interface ParseDatasetOptions {
  /**
   * `'throw'`: any invalid record throws a {@link DatasetError} (nothing is returned).
   * `'collect'`: invalid records are left out and listed in `rejected`.
   * @default 'throw'
   */
  onInvalid?: 'throw' | 'collect';
  /**
   * The years every instant of a record must lie in (UTC); an instant outside is rejected with its
   * field and reason. Years 1900 to 9999.
   * @default { fromYear: 1900, toYear: 2199 } (`DEFAULT_INSTANT_DOMAIN`)
   */
  instantDomain?: InstantDomain | undefined;
}

/** How many rejected records a {@link DatasetError} message lists. */
const MESSAGE_LIMIT = 10;

function where(r: RejectedRecord): string {
  return `${r.table}[${r.index}]${r.id === undefined ? '' : ` (id ${JSON.stringify(r.id)})`}`;
}

/** `resolvedAt 2026-… is before …` → `resolvedAt: 2026-… is before …` when the reason starts with its path. */
function describe(r: RejectedRecord): string {
  const field = r.path.join('.');
  const rest =
    field === '' ? '' : r.reason.startsWith(`${field} `) ? r.reason.slice(field.length + 1) : '';
  // "csat 7 is outside …" reads as "csat: 7 is outside …"; "createdAt is required" stays a sentence.
  const text = rest === '' || rest.startsWith('is ') ? r.reason : `${field}: ${rest}`;
  const more =
    r.issues.length > 1
      ? ` (and ${r.issues.length - 1} more problem${r.issues.length > 2 ? 's' : ''})`
      : '';
  return `${where(r)} ${text}${more}`;
}

/**
 * Thrown by {@link parseDataset} in `'throw'` mode when any record is invalid. The message lists
 * the first ten problems, one line each (`tickets[4] (id "T-5") resolvedAt: … is before createdAt …`);
 * `rejected` and `counts` carry the full report.
 */
export class DatasetError extends Error {
  override name = 'DatasetError';
  /** Every rejected record. */
  readonly rejected: readonly RejectedRecord[];
  /** Per-table counts (`input = accepted + rejected`). */
  readonly counts: Readonly<Record<TableName, TableCounts>>;

  constructor(rejected: readonly RejectedRecord[], counts: Record<TableName, TableCounts>) {
    const total = tableNames.reduce((n, t) => n + counts[t].input, 0);
    const lines = rejected.slice(0, MESSAGE_LIMIT).map((r) => `  ${describe(r)}`);
    if (rejected.length > MESSAGE_LIMIT) {
      lines.push(
        `  … and ${rejected.length - MESSAGE_LIMIT} more (parse with { onInvalid: 'collect' } to get them all)`,
      );
    }
    super(`parseDataset rejected ${rejected.length} of ${total} records:\n${lines.join('\n')}`);
    this.rejected = rejected;
    this.counts = counts;
  }
}

/**
 * Validates a host's dataset once, at the boundary: every record through its table's schema
 * (`ticketSchema`, `callSchema`, `agentSchema`, `customerSchema` — see them for the rules), then a
 * duplicate check within each table: the later of two records with the same `id` (agents: the
 * same `agentId` and `period`; customers: `customerId` and `period`) is rejected with
 * `duplicate id "T-1" (first at tickets[0])`. A record that failed validation does not claim its id.
 *
 * Missing tables are empty. For every table `input = accepted + rejected`, and accepted records
 * keep the host's order.
 *
 * @throws TypeError when `input` is not an object, a table is not an array, or a table name is unknown.
 * @throws DatasetError in `'throw'` mode when any record is rejected.
 * @example
 * const { dataset, rejected } = parseDataset({ tickets: rows }, { onInvalid: 'collect' });
 * for (const r of rejected) console.warn(`${r.table}[${r.index}] ${r.reason}`);
 */
export function parseDataset(
  input: DatasetInput,
  options: ParseDatasetOptions = {},
): ParseDatasetResult {
  const onInvalid = options.onInvalid ?? 'throw';
  if (onInvalid !== 'throw' && onInvalid !== 'collect') {
    throw new TypeError(
      `parseDataset: onInvalid ${JSON.stringify(onInvalid)} must be 'throw' or 'collect'.`,
    );
  }
  const bounds = boundsOption('parseDataset', options.instantDomain);
  const source = tableRows(input, 'parseDataset');
  const rejected: RejectedRecord[] = [];
  const counts = {} as Record<TableName, TableCounts>;
  const dataset = {} as Record<TableName, unknown[]>;
  for (const table of tableNames) {
    const list = source[table];
    const reader = new TableReader(table, rejected, bounds);
    const accepted: unknown[] = [];
    for (let index = 0; index < list.length; index++) {
      const record = reader.blank();
      if (reader.read(list[index], record)) accepted.push(record);
    }
    dataset[table] = accepted;
    counts[table] = {
      input: list.length,
      accepted: accepted.length,
      rejected: reader.rejectedCount,
    };
  }
  if (onInvalid === 'throw' && rejected.length > 0) throw new DatasetError(rejected, counts);
  return { dataset: dataset as unknown as ServiceDataset, rejected, counts };
}
