import type { Scalar } from '../metrics/expr/types';

/** The SQL engines the compiler writes for. */
export type SqlDialectName = 'duckdb' | 'postgres' | 'clickhouse';

/** SQL value types the compiler casts parameters and NULLs to. */
export type SqlType = 'bigint' | 'double' | 'text' | 'boolean';

/**
 * Collects bound parameters (DuckDB, PostgreSQL: `$1`, `$2` …) or writes escaped literals
 * (ClickHouse 18.16 has no server-side parameters).
 */
export class Params {
  readonly values: (Scalar | readonly number[])[] = [];
  constructor(private readonly dialect: Dialect) {}
  /** A typed placeholder (or literal) for `value`. */
  add(value: Scalar, type: SqlType): string {
    return this.dialect.bind(this, value, type);
  }
  /** A bound array of integers (PostgreSQL: `CAST($n AS BIGINT[])`). */
  addBigintArray(values: readonly number[]): string {
    this.values.push(values);
    return `CAST($${this.values.length} AS BIGINT[])`;
  }
}

/** What differs between engines. Every method returns SQL text. */
export interface Dialect {
  readonly name: SqlDialectName;
  quote(identifier: string): string;
  bind(params: Params, value: Scalar, type: SqlType): string;
  /** A typed NULL. */
  nullOf(type: SqlType): string;
  /** A predicate that is never NULL: `false` when `sql` is NULL. */
  notNull(predicate: string): string;
  /** Epoch milliseconds (BIGINT) of a column of the host's instant encoding. */
  epochMs(column: string, encoding: InstantEncoding): string;
  /** Calendar parts of the local time in `zone` of epoch ms `ms`: local day number, year, month. */
  localParts(
    ms: string,
    zone: string,
    params: Params,
  ): { day: string; year: string; month: string };
  /** `floor(a / b)` as an integer. */
  floorDiv(a: string, b: number): string;
  /** Sum of a numeric expression as a double (0 when every value is NULL). */
  sumDouble(sql: string): string;
  /** Count of rows where a (never NULL) predicate holds. */
  countWhere(predicate: string): string;
  /** Count of distinct non-NULL values of one column, or of distinct tuples of several. */
  distinctCount(columns: readonly string[]): string;
  /** Type-7 quantiles (median, p90) of the non-NULL values of `sql`; `name` is unique in the query. */
  quantiles(sql: string, name: string): [string, string];
  /** A text value of a JSON text column's top-level key (numbers and booleans as their JSON text). */
  jsonText(column: string, key: string, params: Params): string;
  /** A numeric value of a JSON text column's top-level key. */
  jsonNumber(column: string, key: string, params: Params): string;
  /** Cast a value to text. */
  text(sql: string): string;
  /**
   * Whether text `sql` matches the whole regular expression `pattern` (RE2 and PostgreSQL's AREs
   * agree on the patterns used: anchors, classes, counted repeats). The pattern is the library's
   * own constant, written as a literal: DuckDB compiles a constant pattern once.
   */
  matches(sql: string, pattern: string): string;
  /**
   * The library's own text constant (an enum member, a rule's label) as a literal, not a bound
   * value: DuckDB plans `x IN ($1, $2)` as a join against the values, `x IN ('a', 'b')` as a
   * comparison.
   */
  constant(text: string): string;
  /**
   * The code point of a text's first character. Absent where `AND` evaluates every operand on
   * every row (ClickHouse 18.16), so a cheap test first would only add work.
   */
  firstCodePoint?: (sql: string) => string;
  /** Whether a boolean column (ClickHouse: UInt8) is true; NULL when it is NULL. */
  isTrue(sql: string): string;
  /** Cast a value to a (nullable) double. */
  castDouble(sql: string): string;
  /** How a join of all matching rows is written. */
  readonly innerJoin: string;
  /** Whether a `WITH name AS (query)` CTE is available (ClickHouse 18.16: no). */
  readonly ctes: boolean;
}

/** How the host stores instants: timestamptz, or epoch milliseconds or seconds as integers. */
export type InstantEncoding = 'timestamp' | 'epochMs' | 'epochSeconds';

const doubleQuote = (id: string): string => `"${id.replaceAll('"', '""')}"`;

/** A standard SQL string literal (quotes doubled; DuckDB and PostgreSQL take backslashes as is). */
const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`;

const castNames: Record<SqlDialectName, Record<SqlType, string>> = {
  duckdb: { bigint: 'BIGINT', double: 'DOUBLE', text: 'VARCHAR', boolean: 'BOOLEAN' },
  postgres: { bigint: 'BIGINT', double: 'DOUBLE PRECISION', text: 'TEXT', boolean: 'BOOLEAN' },
  clickhouse: { bigint: 'Int64', double: 'Float64', text: 'String', boolean: 'UInt8' },
};

function placeholder(params: Params, value: Scalar, cast: string): string {
  params.values.push(value);
  return `CAST($${params.values.length} AS ${cast})`;
}

/** A JSON Pointer for DuckDB's json functions: `/key` with `~` and `/` escaped. */
const pointer = (key: string): string => `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;

export const duckdb: Dialect = {
  name: 'duckdb',
  quote: doubleQuote,
  bind: (params, value, type) => placeholder(params, value, castNames.duckdb[type]),
  nullOf: (type) => `CAST(NULL AS ${castNames.duckdb[type]})`,
  notNull: (p) => `COALESCE(${p}, FALSE)`,
  epochMs(column, encoding) {
    if (encoding === 'epochMs') return `CAST(${column} AS BIGINT)`;
    if (encoding === 'epochSeconds') return `CAST(${column} AS BIGINT) * 1000`;
    return `epoch_ms(${column})`;
  },
  localParts(ms, zone, params) {
    // to_timestamp takes seconds as a double (exact to the microsecond for present-day instants);
    // timezone(zone, timestamptz) is the wall-clock time there, whose epoch_ms is local ms.
    const local = `timezone(${params.add(zone, 'text')}, to_timestamp(CAST(${ms} AS DOUBLE) / 1000))`;
    return {
      day: `CAST(floor(epoch_ms(${local}) / 86400000) AS BIGINT)`,
      year: `year(${local})`,
      month: `month(${local})`,
    };
  },
  floorDiv: (a, b) => `CAST(floor((${a}) / ${b}.0) AS BIGINT)`,
  sumDouble: (sql) => `COALESCE(SUM(CAST(${sql} AS DOUBLE)), 0)`,
  countWhere: (p) => `COUNT(*) FILTER (WHERE ${p})`,
  distinctCount: (cols) =>
    cols.length === 1 ? `COUNT(DISTINCT ${cols[0]})` : `COUNT(DISTINCT (${cols.join(', ')}))`,
  quantiles: (sql) => [`quantile_cont(${sql}, 0.5)`, `quantile_cont(${sql}, 0.9)`],
  // A number's text is DuckDB's, which is JS's String(x) except at |x| ≥ 1e21 ("1e21" for
  // "1e+21"): a numeric attribute that large, used as a group key, differs (documented limitation).
  jsonText: (column, key, params) =>
    `json_extract_string(CAST(${column} AS JSON), ${params.add(pointer(key), 'text')})`,
  jsonNumber: (column, key, params) =>
    `TRY_CAST(json_extract_string(CAST(${column} AS JSON), ${params.add(pointer(key), 'text')}) AS DOUBLE)`,
  text: (sql) => `CAST(${sql} AS VARCHAR)`,
  matches: (sql, pattern) => `regexp_full_match(${sql}, ${sqlString(pattern)})`,
  firstCodePoint: (sql) => `unicode(${sql})`,
  constant: sqlString,
  isTrue: (sql) => `(${sql} = TRUE)`,
  castDouble: (sql) => `CAST(${sql} AS DOUBLE)`,
  innerJoin: 'INNER JOIN',
  ctes: true,
};

export const postgres: Dialect = {
  name: 'postgres',
  quote: doubleQuote,
  bind: (params, value, type) => placeholder(params, value, castNames.postgres[type]),
  nullOf: (type) => `CAST(NULL AS ${castNames.postgres[type]})`,
  notNull: (p) => `COALESCE(${p}, FALSE)`,
  epochMs(column, encoding) {
    if (encoding === 'epochMs') return `CAST(${column} AS BIGINT)`;
    if (encoding === 'epochSeconds') return `CAST(${column} AS BIGINT) * 1000`;
    return `CAST(floor(extract(epoch FROM ${column}) * 1000) AS BIGINT)`;
  },
  localParts(ms, zone, params) {
    const local = `(to_timestamp(CAST(${ms} AS NUMERIC) / 1000) AT TIME ZONE ${params.add(zone, 'text')})`;
    return {
      day: `CAST(floor(extract(epoch FROM ${local}) / 86400) AS BIGINT)`,
      year: `CAST(extract(year FROM ${local}) AS BIGINT)`,
      month: `CAST(extract(month FROM ${local}) AS BIGINT)`,
    };
  },
  floorDiv: (a, b) => `CAST(floor((${a}) / ${b}.0) AS BIGINT)`,
  sumDouble: (sql) => `COALESCE(SUM(CAST(${sql} AS DOUBLE PRECISION)), 0)`,
  countWhere: (p) => `COUNT(*) FILTER (WHERE ${p})`,
  distinctCount: (cols) =>
    cols.length === 1 ? `COUNT(DISTINCT ${cols[0]})` : `COUNT(DISTINCT (${cols.join(', ')}))`,
  quantiles: (sql) => [
    `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${sql})`,
    `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${sql})`,
  ],
  // `json`, not `jsonb`: ->> then gives a number as the JSON text holds it (JS's String(x)).
  jsonText: (column, key, params) => `(CAST(${column} AS JSON) ->> ${params.add(key, 'text')})`,
  jsonNumber: (column, key, params) =>
    `CAST(CAST(${column} AS JSONB) ->> ${params.add(key, 'text')} AS DOUBLE PRECISION)`,
  text: (sql) => `CAST(${sql} AS TEXT)`,
  matches: (sql, pattern) => `(${sql} ~ ${sqlString(pattern)})`,
  firstCodePoint: (sql) => `ascii(${sql})`,
  constant: sqlString,
  isTrue: (sql) => `(${sql} = TRUE)`,
  castDouble: (sql) => `CAST(${sql} AS DOUBLE PRECISION)`,
  innerJoin: 'INNER JOIN',
  ctes: true,
};

/** A ClickHouse string literal: backslash escapes for `\`, `'` and control characters. */
export function clickhouseString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const c = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

function clickhouseLiteral(value: Scalar, type: SqlType): string {
  if (typeof value === 'string') return clickhouseString(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (!Number.isFinite(value)) throw new RangeError(`A SQL literal must be finite, got ${value}.`);
  if (type === 'bigint' && Number.isInteger(value)) return `toInt64(${String(value)})`;
  return `toFloat64(${String(value)})`;
}

export const clickhouse: Dialect = {
  name: 'clickhouse',
  quote: (id) => `\`${id.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
  bind: (params, value, type) => {
    params.values.push(value);
    return clickhouseLiteral(value, type);
  },
  nullOf: (type) =>
    type === 'text'
      ? 'CAST(NULL AS Nullable(String))'
      : `CAST(NULL AS Nullable(${castNames.clickhouse[type]}))`,
  notNull: (p) => `ifNull(${p}, 0)`,
  epochMs(column, encoding) {
    if (encoding === 'epochMs') return `toInt64(${column})`;
    if (encoding === 'epochSeconds') return `toInt64(${column}) * 1000`;
    return `toInt64(toUnixTimestamp(${column})) * 1000`;
  },
  localParts(ms, zone) {
    // The time zone of toDateTime must be a constant string literal in ClickHouse.
    const local = `toDateTime(intDiv(${ms}, 1000), ${clickhouseString(zone)})`;
    return {
      day: `toInt64(toUInt32(toDate(${local})))`,
      year: `toInt64(toYear(${local}))`,
      month: `toInt64(toMonth(${local}))`,
    };
  },
  floorDiv: (a, b) => `toInt64(floor((${a}) / ${b}))`,
  sumDouble: (sql) => `ifNull(sum(toFloat64(${sql})), 0)`,
  countWhere: (p) => `countIf(${p})`,
  distinctCount: (cols) => `uniqExact(${cols.join(', ')})`,
  quantiles: (sql, name) => {
    // ClickHouse aliases are visible in the whole SELECT: the sorted values are written once.
    const sorted = `(arraySort(groupArray(toFloat64(${sql}))) AS ${clickhouse.quote(`${name}_sorted`)})`;
    return [
      typeSevenClickHouse(sorted, 0.5),
      typeSevenClickHouse(clickhouse.quote(`${name}_sorted`), 0.9),
    ];
  },
  // visitParam* look for the key's text as JSON writes it (JSON.stringify's escaping). A string
  // value comes from visitParamExtractString (18.16's Raw returns '' for one ending in a
  // backslash); a number or boolean is its JSON text, which is JS's String(x).
  jsonText: (column, key) => {
    const k = clickhouseString(JSON.stringify(key).slice(1, -1));
    const raw = `visitParamExtractRaw(${column}, ${k})`;
    return `if(NOT visitParamHas(${column}, ${k}) OR ${raw} = 'null', CAST(NULL AS Nullable(String)), toNullable(if(${raw} = '' OR substring(${raw}, 1, 1) = '"', visitParamExtractString(${column}, ${k}), ${raw})))`;
  },
  jsonNumber: (column, key) => {
    const k = clickhouseString(JSON.stringify(key).slice(1, -1));
    const raw = `visitParamExtractRaw(${column}, ${k})`;
    return `if(${raw} = '' OR ${raw} = 'null', CAST(NULL AS Nullable(Float64)), toFloat64OrNull(${raw}))`;
  },
  text: (sql) => `toString(${sql})`,
  matches: (sql, pattern) => `match(${sql}, ${clickhouseString(pattern)})`,
  constant: clickhouseString,
  isTrue: (sql) => `(${sql} = 1)`,
  castDouble: (sql) => `CAST(${sql} AS Nullable(Float64))`,
  innerJoin: 'ALL INNER JOIN',
  ctes: false,
};

/**
 * Type-7 quantile of a sorted array (ClickHouse 18.16 has no interpolating exact quantile):
 * h = (n − 1)q, value = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]) with 1-based arrays; NULL when
 * there are no values (both branches nullable: 18.16 does not widen `if(c, NULL, x)`).
 */
function typeSevenClickHouse(sorted: string, q: number): string {
  const n = `length(${sorted})`;
  const h = `((${n} - 1) * ${q})`;
  const lo = `toUInt64(floor(${h}))`;
  const a = `arrayElement(${sorted}, ${lo} + 1)`;
  const b = `arrayElement(${sorted}, least(${lo} + 2, ${n}))`;
  return `if(${n} = 0, CAST(NULL AS Nullable(Float64)), toNullable(${a} + (${h} - ${lo}) * (${b} - ${a})))`;
}

export const dialects: Record<SqlDialectName, Dialect> = { duckdb, postgres, clickhouse };
