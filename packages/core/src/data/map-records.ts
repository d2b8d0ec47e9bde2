import type { Zone } from 'luxon';
import {
  type CompiledFormat,
  compileFormat,
  readFormatted,
  readIsoInZone,
  WallTimeResolver,
  zoneOf,
} from './date-format';
import { type CanonicalField, type FieldKind, fieldKinds, requiredFields } from './field-kinds';
import { closestNames, didYouMean } from './closest';
import { enumMembers } from './fields';
import { InvalidValue, show } from './invalid-value';
import type { TableInputs } from './schemas';
import type { Attributes, TableName } from './types';

export type { CanonicalField } from './field-kinds';

/** Where a canonical field's value comes from: a host column name, or a function of the row. */
export type FieldSource<Row> = string | ((row: Row, index: number) => unknown);

/**
 * How a host's rows become canonical input records of one table (see {@link mapRecords}).
 *
 * @example
 * const mapping: RecordMapping<'tickets'> = {
 *   table: 'tickets',
 *   fields: { id: '工单号', createdAt: '创建时间', status: '状态', agentId: (r) => r['处理人'] },
 *   dateFormat: 'YYYY/MM/DD HH:mm',
 *   timeZone: 'Asia/Shanghai',
 *   values: { status: { 待处理: 'open', 已解决: 'resolved', 已关闭: 'closed' } },
 *   attributes: ['区域'],
 * };
 */
export interface RecordMapping<T extends TableName = TableName, Row = Record<string, unknown>> {
  /** The table the rows belong to. */
  table: T;
  /** Canonical field → host column name or accessor `(row, index) => value`. Unmapped fields are absent. */
  fields: { [K in CanonicalField<T>]?: FieldSource<Row> };
  /**
   * Format of every date column, in moment/dayjs tokens (`'DD-MM-YYYY HH:mm'`, `'M/D/YYYY h:mm:ss A'`,
   * `'YYYY-MM-DD'`). Parsed strictly: `'31-02-2026 10:00'` is rejected, not rolled over.
   * @default ISO-8601 (with an offset, or without one when `timeZone` is given)
   */
  dateFormat?: string;
  /** A format per date field, over `dateFormat`. */
  dateFormats?: { [K in CanonicalField<T>]?: string };
  /**
   * IANA zone of wall times without an offset (e.g. `'Asia/Shanghai'`). Required when a date format
   * has no offset token (`Z`).
   * @default none: wall times without an offset are rejected as ambiguous
   */
  timeZone?: string;
  /** Host value → canonical value per field, applied before conversion, e.g. `status: { Solved: 'resolved' }`. */
  values?: { [K in CanonicalField<T>]?: Readonly<Record<string, unknown>> };
  /**
   * Text that means "no value" (compared after trimming); such fields are absent.
   * @default ['', 'NA', 'N/A', 'null', 'NULL']
   */
  nullValues?: readonly string[];
  /** Host columns to keep as `attributes` (for breakdowns), by their host names. @default [] */
  attributes?: readonly string[];
  /**
   * A wall time that occurs twice when clocks go back: `'reject'` it, or take the `'earlier'` or
   * `'later'` instant. A wall time skipped when clocks go forward is always rejected.
   * @default 'reject'
   */
  ambiguousTime?: 'reject' | 'earlier' | 'later';
}

const defaultNulls = ['', 'NA', 'N/A', 'null', 'NULL'];
const tables: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];
const yes = new Set(['true', 'yes', 'y', '1', '是']);
const no = new Set(['false', 'no', 'n', '0', '否']);
/**
 * Whether `text` is a decimal number `[+-]digits[.digits][e[+-]digits]` (digits on at least one
 * side of the point). A single left-to-right scan: linear in the length whatever the text (the
 * regex it replaces backtracked quadratically on a long run of digits ending in a letter).
 */
function isNumericText(text: string): boolean {
  const n = text.length;
  let i = 0;
  const isDigit = (k: number) => {
    const c = text.charCodeAt(k);
    return c >= 48 && c <= 57;
  };
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) i++;
  let mantissa = 0;
  while (i < n && isDigit(i)) {
    i++;
    mantissa++;
  }
  if (text.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(i)) {
      i++;
      mantissa++;
    }
  }
  if (mantissa === 0) return false;
  c = text.charCodeAt(i);
  if (c === 101 || c === 69) {
    i++;
    c = text.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    const start = i;
    while (i < n && isDigit(i)) i++;
    if (i === start) return false;
  }
  return i === n;
}
const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/;

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

type Convert = (value: unknown) => unknown;

function toBoolean(field: string): Convert {
  return (v) => {
    if (typeof v === 'string') {
      const k = v.toLowerCase();
      if (yes.has(k)) return true;
      if (no.has(k)) return false;
      return new InvalidValue(
        `${field} ${show(v)} is not a yes/no value (true/false, yes/no, y/n, 1/0, 是/否)`,
      );
    }
    if (v === 1 || v === 0) return v === 1;
    if (typeof v === 'number')
      return new InvalidValue(`${field} ${show(v)} is not a yes/no value (1 or 0)`);
    return v;
  };
}

function toNumber(field: string, clockAllowed: boolean): Convert {
  return (v) => {
    if (typeof v !== 'string') return v;
    if (isNumericText(v)) return Number(v);
    const m = clockAllowed ? clock.exec(v) : null;
    if (m !== null) {
      const hours = m[1] === undefined ? 0 : Number(m[1]);
      const minutes = Number(m[2]);
      const seconds = Number(m[3]);
      // m:ss lets minutes run past 59 (75:30); h:mm:ss does not.
      if (seconds < 60 && (m[1] === undefined || minutes < 60))
        return (hours * 60 + minutes) * 60 + seconds;
    }
    const expected = clockAllowed ? 'a number of seconds or a duration like 1:02:03' : 'a number';
    return new InvalidValue(`${field} ${show(v)} is not ${expected}`);
  };
}

function toEnum(field: string): Convert {
  const members: readonly string[] =
    (enumMembers as Record<string, readonly string[]>)[field] ?? [];
  const byLower = new Map(members.map((m) => [m.toLowerCase(), m]));
  return (v) => (typeof v === 'string' ? (byLower.get(v.toLowerCase()) ?? v) : v);
}

interface DateContext {
  formats: Partial<Record<string, CompiledFormat>>;
  zone: Zone | undefined;
  resolver: WallTimeResolver | undefined;
}

function toInstant(field: string, ctx: DateContext): Convert {
  const format = ctx.formats[field];
  return (v) => {
    if (typeof v !== 'string') return v;
    return format === undefined
      ? readIsoInZone(field, v, ctx.resolver, ctx.zone)
      : readFormatted(field, v, format, ctx.resolver, ctx.zone);
  };
}

function converter(field: string, kind: FieldKind, ctx: DateContext): Convert | undefined {
  switch (kind) {
    case 'boolean':
      return toBoolean(field);
    case 'number':
      return toNumber(field, false);
    case 'seconds':
      return toNumber(field, true);
    case 'enum':
      return toEnum(field);
    case 'instant':
      return toInstant(field, ctx);
    default:
      return undefined;
  }
}

/** One mapped column that no row carries. */
export interface MissingColumn {
  /** Where the mapping names it: `fields.closedAt` or `attributes`. */
  readonly option: string;
  /** The host column named. */
  readonly column: string;
  /** The closest columns the rows do carry, closest first. */
  readonly closest: readonly string[];
}

/**
 * A mapping names a host column that no row carries: a typo (`'Closed Date'` for `ClosedDate`)
 * would otherwise leave the field silently absent on every record. Lists every such column with
 * the closest real names. A `TypeError`, like the other mapping errors.
 */
export class MappingError extends TypeError {
  override readonly name = 'MappingError';
  constructor(readonly missing: readonly MissingColumn[]) {
    super(
      `mapRecords: ${missing
        .map(
          (m) =>
            `${m.option}: column ${JSON.stringify(m.column)} is in no row${m.closest.length > 0 ? didYouMean(m.column, m.closest) : ''}`,
        )
        .join('; ')}.`,
    );
  }
}

/**
 * Checks that every host column the mapping names is carried (as a key) by at least one row. Stops
 * at the first row that completes the set, so a CSV's rows (which all carry every column) cost one row.
 */
function checkColumns(
  rows: readonly unknown[],
  named: readonly { option: string; column: string }[],
): void {
  if (named.length === 0 || rows.length === 0) return;
  const missing = new Set(named.map((n) => n.column));
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    for (const column of missing) if (Object.hasOwn(row, column)) missing.delete(column);
    if (missing.size === 0) return;
  }
  const seen = new Set<string>();
  for (const row of rows)
    if (typeof row === 'object' && row !== null) for (const k of Object.keys(row)) seen.add(k);
  throw new MappingError(
    named
      .filter((n) => missing.has(n.column))
      .map((n) => ({ ...n, closest: closestNames(n.column, seen) })),
  );
}

function fail(message: string): never {
  throw new TypeError(`mapRecords: ${message}`);
}

function checkKeys(
  option: string,
  object: unknown,
  valid: readonly string[],
  table: string,
): string[] {
  if (object === undefined) return [];
  if (typeof object !== 'object' || object === null)
    fail(`${option} must be an object keyed by canonical field.`);
  const keys = Object.keys(object);
  for (const key of keys) {
    if (!valid.includes(key)) {
      fail(
        `${option} names ${JSON.stringify(key)}, which is not a field of ${table}; the fields are ${valid.join(', ')}.`,
      );
    }
  }
  return keys;
}

interface Step {
  field: string;
  read: (row: Record<string, unknown>, index: number) => unknown;
  values: Readonly<Record<string, unknown>> | undefined;
  convert: Convert | undefined;
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
  if (!Array.isArray(rows)) fail(`rows must be an array of row objects, not ${show(rows)}.`);
  if (typeof mapping !== 'object' || mapping === null)
    fail('the mapping must be an object { table, fields, … }.');
  const table = mapping.table;
  if (!tables.includes(table)) fail(`table ${show(table)} is not one of ${tables.join(', ')}.`);
  const kinds = fieldKinds[table] as Readonly<Record<string, FieldKind>>;
  const valid = Object.keys(kinds);
  const mapped = checkKeys('fields', mapping.fields, valid, table);
  if (mapping.fields === undefined)
    fail('fields is required: { canonicalField: "host column" | (row) => value }.');
  for (const field of requiredFields[table] as readonly string[]) {
    if (!mapped.includes(field))
      fail(
        `${table} need ${field}; map it in fields (required: ${requiredFields[table].join(', ')}).`,
      );
  }
  const instantFields = valid.filter((f) => kinds[f] === 'instant');
  checkKeys('dateFormats', mapping.dateFormats, instantFields, `${table} (date fields)`);
  checkKeys('values', mapping.values, valid, table);
  const ambiguous = mapping.ambiguousTime ?? 'reject';
  if (!['reject', 'earlier', 'later'].includes(ambiguous)) {
    fail(`ambiguousTime ${show(ambiguous)} must be 'reject', 'earlier' or 'later'.`);
  }
  const zone = zoneOf(mapping.timeZone);
  const resolver = zone === undefined ? undefined : new WallTimeResolver(zone, ambiguous);
  const formats: Partial<Record<string, CompiledFormat>> = {};
  const dateFormats = (mapping.dateFormats ?? {}) as Partial<Record<string, string>>;
  for (const field of instantFields) {
    const source = dateFormats[field] ?? mapping.dateFormat;
    if (source === undefined || !mapped.includes(field)) continue;
    const where = dateFormats[field] === undefined ? 'dateFormat' : `dateFormats.${field}`;
    if (typeof source !== 'string') fail(`${where} must be a string like 'DD-MM-YYYY HH:mm'.`);
    const format = compileFormat(source, where);
    if (!format.hasOffset && zone === undefined) {
      fail(
        `${where} ${JSON.stringify(source)} has no offset, so ${field} is a wall time: give timeZone (e.g. 'Asia/Shanghai').`,
      );
    }
    formats[field] = format;
  }
  const nullValues = new Set(mapping.nullValues ?? defaultNulls);
  const attributes = mapping.attributes ?? [];
  if (!Array.isArray(attributes) || attributes.some((a) => typeof a !== 'string')) {
    fail('attributes must be an array of host column names.');
  }
  const ctx: DateContext = { formats, zone, resolver };
  const fieldMap = mapping.fields as Record<string, FieldSource<Row> | undefined>;
  const values = (mapping.values ?? {}) as Partial<
    Record<string, Readonly<Record<string, unknown>>>
  >;
  const steps: Step[] = mapped.map((field) => {
    const source = fieldMap[field];
    let read: Step['read'];
    if (typeof source === 'string') read = (row) => row[source];
    else if (typeof source === 'function') {
      read = (row, index) => {
        try {
          return source(row as Row, index);
        } catch (error) {
          return new InvalidValue(
            `${field} could not be read: the accessor threw "${error instanceof Error ? error.message : String(error)}"`,
          );
        }
      };
    } else
      fail(
        `fields.${field} must be a host column name or a function (row, index) => value, not ${show(source)}.`,
      );
    return {
      field,
      read,
      values: values[field],
      convert: converter(field, kinds[field] as FieldKind, ctx),
    };
  });

  checkColumns(rows, [
    ...mapped.flatMap((field) => {
      const source = fieldMap[field];
      return typeof source === 'string' ? [{ option: `fields.${field}`, column: source }] : [];
    }),
    ...attributes.map((column) => ({ option: 'attributes', column })),
  ]);
  const out: TableInputs[T][] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as unknown;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      out[index] = row as TableInputs[T];
      continue;
    }
    const source = row as Record<string, unknown>;
    const record: Record<string, unknown> = {};
    for (const step of steps) {
      let v = step.read(source, index);
      if (typeof v === 'string') v = v.trim();
      if (
        step.values !== undefined &&
        v !== undefined &&
        v !== null &&
        !(v instanceof InvalidValue)
      ) {
        const key = String(v);
        if (Object.hasOwn(step.values, key)) v = step.values[key];
      }
      if (v === null || (typeof v === 'string' && nullValues.has(v))) continue;
      if (step.convert !== undefined && v !== undefined && !(v instanceof InvalidValue))
        v = step.convert(v);
      if (v !== undefined) record[step.field] = v;
    }
    if (attributes.length > 0) {
      const attrs: Attributes = {};
      for (const name of attributes) {
        let v = source[name];
        if (typeof v === 'string') v = v.trim();
        attrs[name] =
          v === undefined || (typeof v === 'string' && nullValues.has(v))
            ? null
            : (v as Attributes[string]);
      }
      record.attributes = attrs;
    }
    out[index] = record as TableInputs[T];
  }
  return out;
}
