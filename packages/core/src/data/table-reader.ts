import { DEFAULT_INSTANT_BOUNDS, type InstantBounds } from './instant';
import { duplicateReason, idField, recordKey } from './keys';
import type { RejectedRecord } from './parse-dataset';
import { newReading, type RecordIssue, type RecordReading } from './read-row';
import { isRow, kindOf, tableReaders } from './records';
import type { TableName, TableRecords } from './types';

function readId(table: TableName, row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const v = (row as Record<string, unknown>)[idField[table]];
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/**
 * Validates one table's rows one at a time, the way `parseDataset` does (its schema rules, then the
 * duplicate check), for `parseDataset` and for one-pass evaluations that read chunk after chunk:
 * row indexes, ids seen and rejections carry over from chunk to chunk.
 */
export class TableReader<T extends TableName> {
  /** Rows read so far (the next row's index). */
  input = 0;
  accepted = 0;
  /** The fields accepted records carried, a bit each (see `fieldsOfMask`). */
  carried = 0;
  private readonly seen = new Map<string, number>();
  private readonly reading: RecordReading;
  private readonly into: (
    row: Readonly<Record<string, unknown>>,
    r: RecordReading,
    out: TableRecords[T],
  ) => TableRecords[T];

  constructor(
    readonly table: T,
    /** Where rejected rows are reported, in order. */
    private readonly rejected: RejectedRecord[],
    /** The instant domain records must lie in. @default years 1900–2199 */
    bounds: InstantBounds = DEFAULT_INSTANT_BOUNDS,
  ) {
    this.reading = newReading(bounds);
    this.into = tableReaders[table].into as typeof this.into;
  }

  /** A new blank record of this table, to read into. */
  blank(): TableRecords[T] {
    return tableReaders[this.table].blank() as TableRecords[T];
  }

  get rejectedCount(): number {
    return this.input - this.accepted;
  }

  /**
   * Reads the next row into `out` (every property overwritten) and says whether it was accepted.
   * A rejected row is reported with its index, id and every issue; `out` then holds garbage.
   */
  read(row: unknown, out: TableRecords[T]): boolean {
    const index = this.input++;
    const table = this.table;
    if (!isRow(row)) {
      const reason = `${table}[${index}] is ${kindOf(row)}, not a record object`;
      this.reject(index, row, [{ path: [], reason }]);
      return false;
    }
    const reading = this.reading;
    this.into(row, reading, out);
    if (reading.issues.length > 0) {
      this.reject(index, row, reading.issues);
      reading.issues = [];
      return false;
    }
    const key = recordKey(table, out as unknown as Record<string, unknown>);
    const seen = this.seen;
    const first = seen.get(key);
    if (first !== undefined) {
      const reason = duplicateReason(table, out as unknown as Record<string, unknown>, first);
      this.reject(index, row, [{ path: [idField[table]], reason }]);
      return false;
    }
    seen.set(key, index);
    this.accepted++;
    this.carried |= reading.carried;
    return true;
  }

  private reject(index: number, row: unknown, issues: RecordIssue[]): void {
    const first = issues[0] ?? { path: [], reason: 'the record is invalid' };
    this.rejected.push({
      table: this.table,
      index,
      id: readId(this.table, row),
      path: first.path,
      reason: first.reason,
      issues,
    });
  }
}

/** The tables, in the order they are read and reported. */
export const tableNames = [
  'tickets',
  'calls',
  'agents',
  'customers',
] as const satisfies readonly TableName[];

/**
 * The rows of each table of a host's input (missing tables empty), checked the way `parseDataset`
 * and `evaluateRecords` check their input. `caller` starts each message.
 * @throws TypeError when `input` is not an object, a table name is unknown or a table is not an array.
 */
export function tableRows(input: unknown, caller: string): Record<TableName, readonly unknown[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(
      `${caller}: the input is ${kindOf(input)}; pass an object with tables { tickets?, calls?, agents?, customers? }.`,
    );
  }
  for (const key of Object.keys(input)) {
    if (!(tableNames as readonly string[]).includes(key)) {
      throw new TypeError(
        `${caller}: unknown table ${JSON.stringify(key)}; the tables are ${tableNames.join(', ')}.`,
      );
    }
  }
  const source = input as Partial<Record<TableName, unknown>>;
  const out = {} as Record<TableName, readonly unknown[]>;
  for (const table of tableNames) {
    const rows = source[table];
    if (rows !== undefined && !Array.isArray(rows)) {
      throw new TypeError(`${caller}: table ${table} is ${kindOf(rows)}, not an array of records.`);
    }
    out[table] = (rows ?? []) as readonly unknown[];
  }
  return out;
}
