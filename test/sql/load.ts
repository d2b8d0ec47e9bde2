/**
 * Loads a parsed dataset into canonical tables of a real engine (DuckDB, PostgreSQL, ClickHouse):
 * one column per canonical field, instants as timestamptz (epoch-ms Int64 on ClickHouse, whose
 * 18.16 DateTime has whole seconds only), `qa` and `attributes` as JSON text.
 */
import type { ServiceDataset, TableName } from '@servicescore/core';
import { fieldKinds } from '../../packages/core/src/data/field-kinds';

export type EngineName = 'duckdb' | 'postgres' | 'clickhouse';

/** Runs one statement with positional values (`$1` …; ClickHouse: none). */
export type Exec = (sql: string, params?: unknown[]) => Promise<unknown>;

const tables: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];

type Column = { name: string; kind: string };

function columnsOf(table: TableName): Column[] {
  const kinds = fieldKinds[table] as Record<string, string>;
  return [
    ...Object.entries(kinds).map(([name, kind]) => ({ name, kind })),
    { name: 'attributes', kind: 'json' },
  ];
}

function sqlType(engine: EngineName, kind: string): string {
  if (engine === 'clickhouse') {
    const base =
      kind === 'instant'
        ? 'Int64'
        : kind === 'boolean'
          ? 'UInt8'
          : kind === 'number' || kind === 'seconds'
            ? 'Float64'
            : 'String';
    return `Nullable(${base})`;
  }
  if (kind === 'instant') return 'TIMESTAMPTZ';
  if (kind === 'boolean') return 'BOOLEAN';
  if (kind === 'number' || kind === 'seconds')
    return engine === 'postgres' ? 'DOUBLE PRECISION' : 'DOUBLE';
  return engine === 'postgres' ? 'TEXT' : 'VARCHAR';
}

const dq = (id: string) => `"${id.replaceAll('"', '""')}"`;
const bq = (id: string) => `\`${id.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;

/** The value of a record's field as the loader stores it. */
function cell(record: Record<string, unknown>, c: Column, engine: EngineName): unknown {
  const v = record[c.name];
  if (v === undefined || v === null) return null;
  if (c.name === 'qa' || c.name === 'attributes') return JSON.stringify(v);
  if (engine === 'clickhouse' && c.kind === 'boolean') return v ? 1 : 0;
  return v;
}

/** `CREATE TABLE` statements of the canonical tables (ClickHouse: MergeTree `<t>_local` + Distributed `<t>`). */
export function ddl(
  engine: EngineName,
  table: TableName,
  distributed?: { cluster: string; database: string },
): string[] {
  const cols = columnsOf(table);
  if (engine !== 'clickhouse') {
    return [
      `CREATE TABLE ${dq(table)} (${cols.map((c) => `${dq(c.name)} ${sqlType(engine, c.kind)}`).join(', ')})`,
    ];
  }
  const body = cols.map((c) => `${bq(c.name)} ${sqlType(engine, c.kind)}`).join(', ');
  const local = `${table}_local`;
  return [
    `CREATE TABLE ${bq(local)} (_row UInt64, ${body}) ENGINE = MergeTree() ORDER BY _row`,
    ...(distributed === undefined
      ? []
      : [
          `CREATE TABLE ${bq(table)} (_row UInt64, ${body}) ENGINE = Distributed(${distributed.cluster}, ${bq(distributed.database)}, ${bq(local)}, _row)`,
        ]),
  ];
}

/** Inserts every record of `dataset` (DuckDB and PostgreSQL: multi-row INSERTs with bound values). */
export async function loadSql(
  engine: 'duckdb' | 'postgres',
  exec: Exec,
  dataset: ServiceDataset,
): Promise<void> {
  for (const table of tables) {
    for (const statement of ddl(engine, table)) await exec(statement);
    const cols = columnsOf(table);
    const rows = dataset[table] as unknown as Record<string, unknown>[];
    const batch = Math.max(1, Math.floor(4000 / cols.length));
    for (let start = 0; start < rows.length; start += batch) {
      const params: unknown[] = [];
      const tuples = rows.slice(start, start + batch).map((r) => {
        const values = cols.map((c) => {
          params.push(cell(r, c, engine));
          const n = `$${params.length}`;
          if (c.kind === 'instant')
            return engine === 'postgres'
              ? `to_timestamp(CAST(${n} AS NUMERIC) / 1000)`
              : `make_timestamptz(CAST(${n} AS BIGINT) * 1000)`;
          return `CAST(${n} AS ${sqlType(engine, c.kind)})`;
        });
        return `(${values.join(', ')})`;
      });
      await exec(`INSERT INTO ${dq(table)} VALUES ${tuples.join(', ')}`, params);
    }
  }
  // Statistics, as a host's tables have them: without them PostgreSQL guesses "1 row" for a
  // filtered scan and nests loops in the repeat-fault self-join.
  if (engine === 'postgres') await exec('ANALYZE');
}

/** The rows of a table as ClickHouse JSONEachRow objects, with a `_row` sharding key. */
export function clickhouseRows(
  dataset: ServiceDataset,
  table: TableName,
): Record<string, unknown>[] {
  const cols = columnsOf(table);
  return (dataset[table] as unknown as Record<string, unknown>[]).map((r, i) => {
    const row: Record<string, unknown> = { _row: i };
    for (const c of cols) row[c.name] = cell(r, c, 'clickhouse');
    return row;
  });
}

export const recordTables = tables;
