/**
 * `evaluateRecords`' `mapping` option: each mapped table's host rows are mapped one at a time into
 * one reused record that the table reader reads at once — the figures of `mapRecords` +
 * `evaluateRecords` without the mapped copy of the table.
 */
import { type CompiledMapping, compileMapping } from '../data/compile-mapping';
import type { InstantBounds } from '../data/instant';
import { attachHostTexts, type HostTexts } from '../data/host-text';
import type { TableMappings } from '../data/map-records';
import { ColumnCheck } from '../data/mapping-columns';
import { tableNames } from '../data/table-reader';
import type { TableName } from '../data/types';
import { rejectUnknownKeys } from '../option-keys';

/** One mapped table of a stream: the compiled mapping, its column check and the reused record. */
export class MappedTable {
  readonly columns: ColumnCheck;
  private readonly record: Record<string, unknown> = {};
  private readonly texts: HostTexts = {};

  constructor(readonly compiled: CompiledMapping) {
    this.columns = new ColumnCheck(compiled.named);
    if (compiled.readsTexts) attachHostTexts(this.record, this.texts);
  }

  /**
   * What the table reader reads for the host's row `index`: the row mapped into the reused record
   * (valid until the next call), or the row itself when it is not an object, for the reader to
   * reject as `mapRecords` + `parseDataset` would.
   */
  row(row: unknown, index: number): unknown {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
    this.compiled.mapInto(row as Record<string, unknown>, index, this.record, this.texts);
    return this.record;
  }
}

/**
 * Checks and compiles the `mapping` option once, per table.
 *
 * @throws TypeError for a mapping that is not an object, an unknown table (naming the closest),
 * a `table` that is not the key it sits under, or any error `mapRecords` reports for a mapping.
 * @example
 * const mapped = compileTableMappings({ tickets: { fields: { id: 'No', createdAt: 'Opened', status: 'State' } } });
 * mapped.tickets?.row({ No: 'T-1', Opened: '2026-03-01T08:00:00Z', State: 'open' }, 0);
 */
export function compileTableMappings(
  mapping: TableMappings<never> | undefined,
  bounds?: InstantBounds,
): Partial<Record<TableName, MappedTable>> {
  const out: Partial<Record<TableName, MappedTable>> = {};
  if (mapping === undefined) return out;
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping))
    throw new TypeError(
      'evaluateRecords: option `mapping` must be an object of mappings by table, like { tickets: { fields: { id: "Ticket", … } } }.',
    );
  rejectUnknownKeys('evaluateRecords', 'table in `mapping`', mapping, tableNames);
  for (const table of tableNames) {
    const one = mapping[table] as Record<string, unknown> | undefined;
    if (one === undefined) continue;
    const path = `mapping.${table}`;
    if (typeof one !== 'object' || one === null || Array.isArray(one))
      throw new TypeError(`evaluateRecords: ${path} must be a mapping object { fields, … }.`);
    if (one.table !== undefined && one.table !== table)
      throw new TypeError(
        `evaluateRecords: ${path}.table is ${JSON.stringify(one.table)}; a mapping under \`${table}\` maps ${table} (leave \`table\` out).`,
      );
    const compiled = compileMapping({ ...one, table } as never, {
      caller: 'evaluateRecords',
      path: `${path}.`,
      bounds,
    });
    out[table] = new MappedTable(compiled);
  }
  return out;
}
