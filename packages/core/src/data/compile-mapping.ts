/**
 * A host mapping checked once and compiled into per-field steps: `mapRecords` maps every row into
 * a new record with it, a one-pass evaluation (`evaluateRecords` with `mapping`) maps each row into
 * one reused record and reads it at once. The column check and its `MappingError` live here too.
 */
import type { Disambiguation } from '../time/zone';
import { boundsOption, type InstantBounds, type InstantDomain } from './instant';
import { type CompiledFormat, compileFormat, WallTimeResolver, zoneOf } from './date-format';
import { type CanonicalField, type FieldKind, fieldKinds, requiredFields } from './field-kinds';
import { attachHostTexts, type HostTexts } from './host-text';
import { InvalidValue, show } from './invalid-value';
import { type Convert, converter, type DateContext } from './map-convert';
import type { Attributes, TableName } from './types';

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
  ambiguousTime?: Disambiguation;
  /**
   * The years (UTC) a mapped date must lie in: a date outside is invalid with the host's text
   * (`parseDataset` takes the same option; `evaluateRecords` passes its own).
   * @default { fromYear: 1900, toYear: 2199 } (`DEFAULT_INSTANT_DOMAIN`)
   */
  instantDomain?: InstantDomain | undefined;
}

/**
 * A per-table mapping as `evaluateRecords` takes it (`mapping: { tickets: {…} }`): a
 * {@link RecordMapping} whose table is the key it sits under.
 */
export type TableMapping<T extends TableName = TableName, Row = Record<string, unknown>> = Omit<
  RecordMapping<T, Row>,
  'table'
> & {
  /** The table: when given, it must be the key the mapping sits under. */
  table?: T;
};

/** Mappings by table, for `evaluateRecords`, `createEvaluationStream` and `evaluateInWorker`. */
export type TableMappings<Row = Record<string, unknown>> = {
  [T in TableName]?: TableMapping<T, Row>;
};

interface Step {
  readonly field: string;
  /** The host column read, `undefined` for an accessor. */
  readonly column: string | undefined;
  /** Whether the step may read an instant from host text (recorded for reasons). */
  readonly texts: boolean;
  readonly read: (row: Record<string, unknown>, index: number) => unknown;
  readonly values: Readonly<Record<string, unknown>> | undefined;
  readonly convert: Convert | undefined;
}

const defaultNulls = ['', 'NA', 'N/A', 'null', 'NULL'];
const tables: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];

/** Where a mapping is checked: who reports (`mapRecords`) and the option path it sits at. */
export interface MappingSite {
  /** Starts every message: `'mapRecords'` or `'evaluateRecords'`. */
  readonly caller: string;
  /** Path of the mapping in the caller's options (`'mapping.tickets.'`), `''` for `mapRecords`. */
  readonly path: string;
  /** The caller's instant domain (`evaluateRecords`); else the mapping's own `instantDomain`. */
  readonly bounds?: InstantBounds | undefined;
}

function checkKeys(
  fail: (message: string) => never,
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

/**
 * A mapping checked once and ready to map rows: {@link compileMapping}'s result, shared by
 * `mapRecords` (one new record per row) and the one-pass evaluation (one reused record).
 */
export class CompiledMapping {
  /** The host columns the mapping names, for a `ColumnCheck`. */
  readonly named: readonly { option: string; column: string }[];

  constructor(
    readonly table: TableName,
    private readonly steps: readonly Step[],
    /** Host columns kept as attributes. */
    readonly attributes: readonly string[],
    private readonly nullValues: ReadonlySet<string>,
    site: MappingSite,
  ) {
    this.named = [
      ...steps.flatMap((s) =>
        s.column === undefined
          ? []
          : [{ option: `${site.path}fields.${s.field}`, column: s.column }],
      ),
      ...attributes.map((column) => ({ option: `${site.path}attributes`, column })),
    ];
  }

  /** Whether a value of this mapping can be read from host text (dates with a format or in a zone). */
  get readsTexts(): boolean {
    return this.steps.some((s) => s.texts);
  }

  /**
   * Maps one host row (an object) into `out`: every mapped field is set, to `undefined` when the
   * row has no value for it, so a reused `out` keeps nothing of the previous row; `attributes` too
   * when the mapping keeps some. Instants read from host text land in `texts`.
   */
  mapInto(
    row: Record<string, unknown>,
    index: number,
    out: Record<string, unknown>,
    texts: HostTexts,
  ): void {
    for (const step of this.steps) {
      if (step.texts) texts[step.field] = undefined;
      out[step.field] = this.value(step, row, index, texts);
    }
    if (this.attributes.length > 0) out.attributes = this.attributesOf(row);
  }

  /** Maps one host row into a new record holding only the fields with a value (`mapRecords`). */
  map(row: Record<string, unknown>, index: number): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    let texts: HostTexts | undefined;
    for (const step of this.steps) {
      let v: unknown;
      if (step.texts) {
        texts ??= {};
        v = this.value(step, row, index, texts);
      } else v = this.value(step, row, index, noTexts);
      if (v !== undefined) record[step.field] = v;
    }
    if (this.attributes.length > 0) record.attributes = this.attributesOf(row);
    if (texts !== undefined)
      for (const _ in texts) {
        attachHostTexts(record, texts);
        break;
      }
    return record;
  }

  /**
   * One field: read the column or call the accessor (a throw marks it invalid); trim text; apply
   * `values`; null text → absent; convert by kind.
   */
  private value(
    step: Step,
    row: Record<string, unknown>,
    index: number,
    texts: HostTexts,
  ): unknown {
    let v = step.read(row, index);
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
    if (v === null || (typeof v === 'string' && this.nullValues.has(v))) return undefined;
    if (step.convert !== undefined && v !== undefined && !(v instanceof InvalidValue))
      return step.convert(v, texts);
    return v;
  }

  private attributesOf(row: Record<string, unknown>): Attributes {
    const attrs: Attributes = {};
    for (const name of this.attributes) {
      let v = row[name];
      if (typeof v === 'string') v = v.trim();
      attrs[name] =
        v === undefined || (typeof v === 'string' && this.nullValues.has(v))
          ? null
          : (v as Attributes[string]);
    }
    return attrs;
  }
}

/** Texts of steps that read no instants from text: written to, never read. */
const noTexts: HostTexts = {};

function stepOf<Row>(
  fail: (message: string) => never,
  field: string,
  source: FieldSource<Row> | undefined,
  values: Readonly<Record<string, unknown>> | undefined,
  convert: Convert | undefined,
  texts: boolean,
): Step {
  if (typeof source === 'string')
    return { field, column: source, read: (row) => row[source], values, convert, texts };
  if (typeof source !== 'function')
    fail(
      `fields.${field} must be a host column name or a function (row, index) => value, not ${show(source)}.`,
    );
  const read = (row: Record<string, unknown>, index: number) => {
    try {
      return source(row as Row, index);
    } catch (error) {
      return new InvalidValue(
        `${field} could not be read: the accessor threw "${error instanceof Error ? error.message : String(error)}"`,
      );
    }
  };
  return { field, column: undefined, read, values, convert, texts };
}

/**
 * Checks a mapping once — table, field names, required fields, date formats and zone, options —
 * and compiles it into the per-field steps that map a row. The checks of {@link mapRecords}, shared
 * by the one-pass evaluation.
 *
 * @throws TypeError for a mapping error (see `mapRecords`), its message started by `site.caller`.
 * @example
 * const compiled = compileMapping({ table: 'tickets', fields: { id: 'No', createdAt: 'Opened', status: 'State' } });
 * compiled.map({ No: 'T-1', Opened: '2026-03-01T08:00:00Z', State: 'Open' }, 0);
 * // { id: 'T-1', createdAt: 1772352000000, status: 'open' }
 */
export function compileMapping<T extends TableName, Row extends object>(
  mapping: RecordMapping<T, Row>,
  site: MappingSite = { caller: 'mapRecords', path: '' },
): CompiledMapping {
  const fail = (message: string): never => {
    throw new TypeError(
      `${site.caller}: ${site.path === '' ? '' : `${site.path.slice(0, -1)}: `}${message}`,
    );
  };
  if (typeof mapping !== 'object' || mapping === null)
    fail('the mapping must be an object { table, fields, … }.');
  const table = mapping.table;
  if (!tables.includes(table)) fail(`table ${show(table)} is not one of ${tables.join(', ')}.`);
  const kinds = fieldKinds[table] as Readonly<Record<string, FieldKind>>;
  const valid = Object.keys(kinds);
  const mapped = checkKeys(fail, 'fields', mapping.fields, valid, table);
  if (mapping.fields === undefined)
    fail('fields is required: { canonicalField: "host column" | (row) => value }.');
  for (const field of requiredFields[table] as readonly string[]) {
    if (!mapped.includes(field))
      fail(
        `${table} need ${field}; map it in fields (required: ${requiredFields[table].join(', ')}).`,
      );
  }
  const instantFields = valid.filter((f) => kinds[f] === 'instant');
  checkKeys(fail, 'dateFormats', mapping.dateFormats, instantFields, `${table} (date fields)`);
  checkKeys(fail, 'values', mapping.values, valid, table);
  const ambiguous = mapping.ambiguousTime ?? 'reject';
  if (!['reject', 'earlier', 'later'].includes(ambiguous)) {
    fail(`ambiguousTime ${show(ambiguous)} must be 'reject', 'earlier' or 'later'.`);
  }
  const zone = zoneOf(mapping.timeZone, site.caller);
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
  const attributes = mapping.attributes ?? [];
  if (!Array.isArray(attributes) || attributes.some((a) => typeof a !== 'string')) {
    fail('attributes must be an array of host column names.');
  }
  const bounds = site.bounds ?? boundsOption(site.caller, mapping.instantDomain);
  const ctx: DateContext = { formats, zone, resolver, bounds };
  const fieldMap = mapping.fields as Record<string, FieldSource<Row> | undefined>;
  const values = (mapping.values ?? {}) as Partial<
    Record<string, Readonly<Record<string, unknown>>>
  >;
  const steps = mapped.map((field) => {
    const kind = kinds[field] as FieldKind;
    // Only a format or a zone reads an instant from the host's own text (see host-text.ts).
    const texts = kind === 'instant' && (formats[field] !== undefined || zone !== undefined);
    return stepOf(fail, field, fieldMap[field], values[field], converter(field, kind, ctx), texts);
  });
  const nullValues = new Set(mapping.nullValues ?? defaultNulls);
  return new CompiledMapping(table, steps, attributes, nullValues, site);
}
