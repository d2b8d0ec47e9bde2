// How one row is read into a record: each table's spec derived from its declaration in
// `tables.ts` (fast-path kinds, fallbacks, required fields, the rules across fields as numbers),
// and `readInto`, the single pass that validates every field, collects every issue in field order
// and writes the canonical record. The per-table readers are in `records.ts`.
import { type Reader, readBoolean, readCount, readScalar, readText, readTime } from './fields';
import { DEFAULT_INSTANT_BOUNDS, fastIsoInstant, type InstantBounds, readInstant } from './instant';
import { showFieldInstant } from './host-text';
import { InvalidValue } from './invalid-value';
import type { FieldDef, TableDef } from './tables';
import type { Attributes, TableName } from './types';

/** One problem of a record: the field path inside the record and a readable reason. */
export interface RecordIssue {
  /** Path inside the record, e.g. `['resolvedAt']` or `['qa', 'empathy']`; `[]` for the whole record. */
  path: (string | number)[];
  /** An English sentence naming the field, the value and the rule. */
  reason: string;
}

/** A host's row: any object whose own keys are read. */
export type Row = Readonly<Record<string, unknown>>;

/**
 * Scratch state of one table reader, reused from record to record: the issues found, with the
 * canonical position of their field (to report them in field order whatever the row's key order).
 */
export interface RecordReading {
  issues: RecordIssue[];
  /** Field position of each issue (unknown fields after every known one). */
  orders: number[];
  /** A bit per field (declaration order) that the last row read carried, valid. */
  carried: number;
  /** The instant domain the instants are read in. */
  readonly bounds: InstantBounds;
}

/** A fresh reading for {@link readInto}, in an instant domain (by default 1900–2199). */
export function newReading(bounds: InstantBounds = DEFAULT_INSTANT_BOUNDS): RecordReading {
  return { issues: [], orders: [], carried: 0, bounds };
}

/** One table's fields as the reader uses them, derived from its declaration in `tables.ts`. */
export interface TableSpec<T> {
  readonly table: TableName;
  readonly names: readonly string[];
  readonly position: ReadonlyMap<string, number>;
  readonly readers: readonly Reader<unknown>[];
  /** How each field is read on the fast path (see {@link readInto}). */
  readonly kinds: Uint8Array;
  /** The members of each enum field (`undefined` for other kinds). */
  readonly members: readonly (ReadonlySet<unknown> | undefined)[];
  /** The value of each field when absent (a default, or `undefined`). */
  readonly fallbacks: readonly unknown[];
  readonly required: readonly number[];
  /** Position of the `attributes` field. */
  readonly attributes: number;
  /** A bit per field: every field set. */
  readonly all: number;
  /** The bits of the required and defaulted fields. */
  readonly always: number;
  /** A record with every property in canonical order, each at its fallback (cloned by `blank`). */
  readonly template: Readonly<T>;
  /**
   * Writes every property but `attributes` from `values` (by field position), each by its own
   * name: named stores on records of one shape stay monomorphic, where `record[name] = value`
   * for thirty names is a megamorphic store per field (it cost the reader ×1.4).
   */
  readonly assign: (out: T, values: readonly unknown[]) => void;
  /** Scratch: the values of the row being read, by field position (all overwritten per row). */
  readonly values: unknown[];
  /** Rules across fields, run when every field read cleanly and {@link mayBreak} finds one broken. */
  readonly check: TableDef<T>['check'];
  /** The rules across fields as triples: rule kind (`RULE_*`), field position, reference position. */
  readonly rules: Int32Array;
  /** 1 at the position of each field a rule across fields reads. */
  readonly ruled: Uint8Array;
  /**
   * Scratch: the number of each ruled field of the row being read (instants and numbers as they
   * are, flags 1/0), NaN when absent; every ruled field is written for every row (read, or its
   * fallback), so nothing of the previous row is left. Typed-array reads let {@link mayBreak} test the rules
   * without reading the record's properties by computed name (megamorphic loads that cost more
   * than the rest of a valid row's checks).
   */
  readonly numbers: Float64Array;
}

const RULE_NOT_BEFORE = 0;
const RULE_NOT_AFTER = 1;
const RULE_IMPLIED_BY = 2;
const ruleCodes = {
  notBefore: RULE_NOT_BEFORE,
  notAfter: RULE_NOT_AFTER,
  notMore: RULE_NOT_AFTER,
  impliedBy: RULE_IMPLIED_BY,
} as const;

/** A ruled field's value as a number (flags 1/0); NaN when absent, so no rule reads it as broken. */
const asNumber = (v: unknown): number =>
  typeof v === 'number' ? v : v === true ? 1 : v === false ? 0 : Number.NaN;

/**
 * Whether the row just read breaks a rule across fields, as the table's `check` would find
 * (`tables.ts`: a rule with an absent side holds; NaN compares false). Only then is `check` run,
 * which finds the same rules and words their reasons.
 */
function mayBreak(spec: TableSpec<unknown>): boolean {
  const rules = spec.rules;
  const n = spec.numbers;
  for (let i = 0; i < rules.length; i += 3) {
    const a = n[rules[i + 1] as number] as number;
    const b = n[rules[i + 2] as number] as number;
    const kind = rules[i];
    if (kind === RULE_NOT_BEFORE ? a < b : kind === RULE_NOT_AFTER ? a > b : a === 1 && b === 0)
      return true;
  }
  return false;
}

/** Fast-path kinds: the common valid values are recognised inline, anything else goes to the reader. */
const K_OTHER = 0;
const K_TEXT = 1;
const K_TIME = 2;
const K_COUNT = 3;
const K_ENUM = 4;
const K_BOOLEAN = 5;
/** A value `mapRecords` could not convert: its reason is reported as is. */
const K_INVALID = 6;

function kindOfReader(read: Reader<unknown>, members: ReadonlySet<unknown> | undefined): number {
  if (members !== undefined) return K_ENUM;
  if (read === readText) return K_TEXT;
  if (read === readTime) return K_TIME;
  if (read === readCount) return K_COUNT;
  if (read === readBoolean) return K_BOOLEAN;
  return K_OTHER;
}

/** The spec of one table, from its declaration; `assign` writes its fields by name. */
export function tableSpec<T>(def: TableDef<T>, assign: TableSpec<T>['assign']): TableSpec<T> {
  const entries = Object.entries(def.fields) as [string, FieldDef][];
  // One bit per field in an int32 mask (see readInto).
  if (entries.length > 31) throw new Error(`${def.table} declares more than 31 fields`);
  const names = entries.map(([name]) => name);
  const members = entries.map(([, f]) =>
    f.members === undefined ? undefined : new Set<unknown>(f.members),
  );
  const fallbacks = entries.map(([, f]) => f.fallback);
  return {
    table: def.table,
    names,
    position: new Map(names.map((n, i) => [n, i])),
    readers: entries.map(([, f]) => f.read),
    kinds: Uint8Array.from(entries, ([, f], i) => kindOfReader(f.read, members[i])),
    members,
    fallbacks,
    required: entries.flatMap(([, f], i) => (f.presence === 'required' ? [i] : [])),
    attributes: names.indexOf('attributes'),
    all: entries.length === 31 ? -1 : (1 << entries.length) - 1,
    always: entries.reduce((m, [, f], i) => (f.presence === 'optional' ? m : m | (1 << i)), 0),
    // Object.fromEntries builds a fast-mode object (keyed stores would not past a dozen
    // properties), and a spread of it shares one hidden class: every record of a table, built by
    // `blank` or read into by a reader, keeps the same shape.
    template: Object.fromEntries(names.map((n, i) => [n, fallbacks[i]])) as T,
    check: def.check,
    assign,
    values: new Array(names.length).fill(undefined),
    rules: Int32Array.from(
      def.rules.flatMap((rule) => [
        ruleCodes[rule.kind],
        names.indexOf(rule.field),
        names.indexOf(rule.ref),
      ]),
    ),
    ruled: Uint8Array.from(names, (n) =>
      def.rules.some((rule) => rule.field === n || rule.ref === n) ? 1 : 0,
    ),
    numbers: new Float64Array(names.length).fill(Number.NaN),
  };
}

const UNKNOWN_FIELD = 1_000;

/** A character that makes a string non-blank at once (printable ASCII, not a space). */
const isVisibleAscii = (code: number): boolean => code > 32 && code < 127;

function issue(r: RecordReading, order: number, field: string, bad: InvalidValue): void {
  r.issues.push({ path: [field, ...bad.subPath], reason: bad.reason });
  r.orders.push(order);
}

/**
 * Reads one row into `out` by `spec`, visiting the row's own keys once (`for…in`: one pass over
 * the keys the row has, fast whatever shape each row has), each known field through its reader,
 * unknown scalar fields into `attributes`. Absent and `null` optional fields become `undefined`;
 * a missing required field is "`field` is required". Issues are reported in canonical field order.
 */
export function readInto<T>(spec: TableSpec<T>, row: Row, r: RecordReading, out: T): T {
  const o = out as Record<string, unknown>;
  const before = r.issues.length;
  let extras: Attributes | undefined;
  let explicit: Attributes | undefined;
  // Bits of the fields read cleanly (set) and of those with an issue (bad).
  let set = 0;
  let bad = 0;
  const ruled = spec.ruled;
  const numbers = spec.numbers;
  const values = spec.values;
  for (const key in row) {
    const raw = row[key];
    if (raw === undefined) continue;
    const f = spec.position.get(key);
    if (f === undefined) {
      const value = readScalar(key, raw);
      if (value instanceof InvalidValue) issue(r, UNKNOWN_FIELD, key, value);
      else if (value !== undefined) {
        if (extras === undefined) extras = {};
        if (key === '__proto__') Object.defineProperty(extras, key, { value, enumerable: true });
        else extras[key] = value;
      }
      continue;
    }
    if (raw === null) continue;
    // Fast paths accept only what the reader would accept unchanged; the rest goes to the reader,
    // which also explains what is wrong.
    let value: unknown;
    switch (raw instanceof InvalidValue ? K_INVALID : spec.kinds[f]) {
      case K_INVALID:
        value = raw;
        break;
      case K_TEXT:
        value =
          typeof raw === 'string' && raw.length > 0 && isVisibleAscii(raw.charCodeAt(0))
            ? raw
            : readText(key, raw);
        break;
      case K_TIME: {
        const { first, last } = r.bounds;
        if (typeof raw === 'number' && raw >= first && raw <= last) value = raw;
        else {
          const ms = typeof raw === 'string' ? fastIsoInstant(raw) : Number.NaN;
          value = ms >= first && ms <= last ? ms : readInstant(key, raw, r.bounds);
        }
        break;
      }
      case K_COUNT:
        value =
          typeof raw === 'number' && raw >= 0 && Number.isInteger(raw) ? raw : readCount(key, raw);
        break;
      case K_ENUM:
        value = (spec.members[f] as ReadonlySet<unknown>).has(raw)
          ? raw
          : (spec.readers[f] as Reader<unknown>)(key, raw);
        break;
      case K_BOOLEAN:
        value = typeof raw === 'boolean' ? raw : readBoolean(key, raw);
        break;
      default:
        value = (spec.readers[f] as Reader<unknown>)(key, raw);
    }
    if (value instanceof InvalidValue) {
      issue(r, f, key, value);
      bad |= 1 << f;
    } else if (f === spec.attributes) {
      explicit = value as Attributes;
      set |= 1 << f;
    } else {
      values[f] = value;
      set |= 1 << f;
      if (ruled[f] === 1) numbers[f] = asNumber(value);
    }
  }
  if (set !== spec.all) {
    // Every field not read cleanly from this row gets its fallback, so nothing of the previous
    // row survives in a reused record.
    for (let missing = spec.all & ~set; missing !== 0; missing &= missing - 1) {
      const f = 31 - Math.clz32(missing & -missing);
      values[f] = spec.fallbacks[f];
      if (ruled[f] === 1) numbers[f] = asNumber(spec.fallbacks[f]);
    }
    for (const f of spec.required) {
      if ((set & (1 << f)) === 0 && (bad & (1 << f)) === 0) {
        const name = spec.names[f] as string;
        issue(r, f, name, new InvalidValue(`${name} is required`));
      }
    }
  }
  spec.assign(out, values);
  o.attributes =
    extras === undefined ? explicit : explicit === undefined ? extras : { ...explicit, ...extras };
  r.carried = extras === undefined ? set : set | (1 << spec.attributes);
  const issues = r.issues;
  if (issues.length === before) {
    if (spec.rules.length > 0 && mayBreak(spec as TableSpec<unknown>))
      spec.check(out, issues, row, showFieldInstant);
  } else if (issues.length > before + 1) sortIssues(r, before);
  if (r.orders.length > 0) r.orders.length = 0;
  return out;
}

/** Puts the issues found from `from` on in canonical field order (stable). */
function sortIssues(r: RecordReading, from: number): void {
  const found = r.issues.slice(from).map((issue, k) => ({ issue, order: r.orders[k] ?? 0, k }));
  found.sort((a, b) => a.order - b.order || a.k - b.k);
  for (let k = 0; k < found.length; k++)
    r.issues[from + k] = (found[k] as { issue: RecordIssue }).issue;
}
