import { compileMapping, type RecordMapping } from './compile-mapping';
import { type CanonicalField, fieldKinds } from './field-kinds';
import { show } from './invalid-value';
import { ColumnCheck } from './mapping-columns';
import type { TableInputs } from './schemas';
import type { TableName } from './types';

export type { CanonicalField } from './field-kinds';
export type {
  FieldSource,
  RecordMapping,
  TableMapping,
  TableMappings,
} from './compile-mapping';
export { MappingError, type MissingColumn } from './mapping-columns';

const tables: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];

/**
 * The canonical field names of a table, in declaration order — for a column-mapping form.
 * (`attributes` is not among them: use the mapping's `attributes` option.)
 *
 * @example canonicalFields('calls') // ['id', 'startedAt', 'answered', 'agentId', …]
 */
export function canonicalFields<T extends TableName>(table: T): readonly CanonicalField<T>[] {
  const kinds = fieldKinds[table];
  if (kinds === undefined) {
    throw new TypeError(
      `canonicalFields: unknown table ${JSON.stringify(table)}; the tables are ${tables.join(', ')}.`,
    );
  }
  return Object.keys(kinds) as CanonicalField<T>[];
}

/**
 * Maps a host's rows (e.g. from a CSV parser, where every value may be a string) onto canonical
 * input records of one table, ready for `parseDataset`. One output per input row, at the same
 * index, so `parseDataset`'s rejections point at the host's rows.
 *
 * Per field, in order: read the column or call the accessor (an accessor that throws marks the
 * field invalid); trim text; apply `values` (exact match on the trimmed text); text in
 * `nullValues` → absent; then convert by field type —
 * - dates: with a format, parsed strictly (wrong shape, 31-02 or month 13 → invalid); wall times
 *   are read in `timeZone`; a time skipped by a daylight-saving change is invalid, one that occurs
 *   twice is invalid unless `ambiguousTime` picks one. Without a format, ISO-8601 (an offset-less
 *   one in `timeZone`). `Date` and epoch-ms numbers pass through.
 * - numbers: numeric text (`'4'`, `'4.5'`, `'1e3'`; no thousands separators) → number, other text
 *   invalid; `*Seconds` fields also take `h:mm:ss` / `m:ss`.
 * - yes/no fields: true/false, yes/no, y/n, 1/0, 是/否 (any case) → boolean, other text invalid.
 * - enums: matched case-insensitively (`'Resolved'` → `'resolved'`); anything else is left for the
 *   schema to reject.
 * - ids and labels: trimmed text; numbers pass through.
 *
 * An invalid value stays in the record as a marker that `parseDataset` reports on that row and
 * field with its reason. Host columns listed in `attributes` are kept by their host names (text
 * trimmed, null values → `null`). A row that is not an object is passed through for `parseDataset`
 * to reject.
 *
 * A date read with a format, or as an offset-less ISO wall time in `timeZone`, keeps the host's
 * text in a hidden side record of its output record (a non-enumerable symbol-keyed property: no
 * key, no JSON, no cost to records a host builds itself), so an order rule's reason quotes it:
 * `resolvedAt "12/30/2017 12:00:00 AM" (2017-12-30T08:00Z) is before createdAt …`. To evaluate the
 * rows once without the mapped copy, give the mapping to `evaluateRecords` (`mapping` option).
 *
 * @throws TypeError for a mapping error: unknown table, field or option value, an unknown date
 * token, a format without an offset and no `timeZone`, or a required field left unmapped.
 * @example
 * const tickets = mapRecords(csvRows, {
 *   table: 'tickets',
 *   fields: { id: 'Ticket', createdAt: 'Opened', resolvedAt: 'Solved at', status: 'State', csat: 'Score' },
 *   dateFormat: 'DD-MM-YYYY HH:mm',
 *   timeZone: 'Europe/Berlin',
 *   values: { status: { Solved: 'resolved', New: 'open' } },
 * });
 * const { dataset, rejected } = parseDataset({ tickets }, { onInvalid: 'collect' });
 */
export function mapRecords<T extends TableName, Row extends object = Record<string, unknown>>(
  rows: readonly Row[],
  mapping: RecordMapping<T, Row>,
): TableInputs[T][] {
  if (!Array.isArray(rows))
    throw new TypeError(`mapRecords: rows must be an array of row objects, not ${show(rows)}.`);
  const compiled = compileMapping(mapping);
  const columns = new ColumnCheck(compiled.named);
  columns.add(rows);
  columns.finish('mapRecords');
  const out: TableInputs[T][] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as unknown;
    out[index] = (
      typeof row !== 'object' || row === null || Array.isArray(row)
        ? row
        : compiled.map(row as Record<string, unknown>, index)
    ) as TableInputs[T];
  }
  return out;
}
