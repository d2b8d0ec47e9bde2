// What `evaluateSql` asks the database before it compiles: the tables there are, their columns
// (a mapped column that is not one of them is an error naming the closest) and the period keys
// that name no real period.
import { editDistance } from '../data/closest';
import { fieldKinds } from '../data/field-kinds';
import type { TableName } from '../data/types';
import { parsePeriodKey } from '../time/period-key';
import { type CompileTarget, SqlCompileError, tableNames } from './compile-types';
import { clickhouseString } from './dialect';
import { compilePeriodKeysQuery } from './probe-queries';
import type { SqlRow, SqlRunner } from './runner';
import type { TableMapping, TableMappings } from './source';

/**
 * Where the tables are, as `compileEvaluation` needs it: which tables exist, the columns each
 * has (the mapping is checked against them), and the period keys of `agents` and `customers` that
 * have a key's shape but name no real period (the data contract rejects them).
 */
export async function prepareTarget(
  runner: SqlRunner,
  tables: TableMappings | undefined,
): Promise<CompileTarget & { present: TableName[] }> {
  const present: TableName[] = [];
  const available: { [T in TableName]?: readonly string[] } = {};
  for (const table of tableNames) {
    const columns = await tableColumns(runner, table, tables?.[table]);
    if (columns === null) continue;
    present.push(table);
    if (columns !== undefined) {
      checkMapping(table, tables?.[table], columns);
      available[table] = columns;
    }
  }
  const target: CompileTarget & { present: TableName[] } = {
    dialect: runner.dialect,
    tables,
    available,
    present,
  };
  const badPeriods: { agents?: string[]; customers?: string[] } = {};
  const keys = compilePeriodKeysQuery(target);
  if (keys !== undefined) {
    for (const row of await runner.query(keys.sql, keys.params)) {
      const table = row.t === 'customers' ? 'customers' : 'agents';
      const key = row.period;
      if (typeof key === 'string' && parsePeriodKey(key) === undefined)
        (badPeriods[table] ??= []).push(key);
    }
  }
  target.badPeriods = badPeriods;
  return target;
}

/**
 * The columns of a mapped table: `null` when the table does not exist, `undefined` when the source
 * is a subquery (nothing to look up).
 */
async function tableColumns(
  runner: SqlRunner,
  table: TableName,
  mapping: TableMapping | undefined,
): Promise<string[] | null | undefined> {
  const from = mapping?.from ?? table;
  if (from.trimStart().startsWith('(')) return undefined;
  const parts = from.split('.');
  const name = parts[parts.length - 1] as string;
  const schema = parts.length > 1 ? (parts[parts.length - 2] as string) : undefined;
  let rows: readonly SqlRow[];
  if (runner.dialect === 'clickhouse') {
    const db = schema === undefined ? 'currentDatabase()' : clickhouseString(schema);
    rows = await runner.query(
      `SELECT name FROM system.columns WHERE database = ${db} AND table = ${clickhouseString(name)}`,
      [],
    );
  } else {
    rows = await runner.query(
      'SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 AND table_schema = COALESCE($2, current_schema()) ORDER BY ordinal_position',
      [name, schema ?? null],
    );
  }
  if (rows.length === 0) return null;
  return rows.map((r) => String(r.name));
}

/** A mapped column that does not exist is an error naming it and the closest real names. */
function checkMapping(
  table: TableName,
  mapping: TableMapping | undefined,
  columns: string[],
): void {
  const fields = new Set([...Object.keys(fieldKinds[table]), 'attributes']);
  for (const [field, column] of Object.entries(mapping?.columns ?? {})) {
    if (!fields.has(field))
      throw new SqlCompileError(
        `tables.${table}.columns: "${field}" is not a canonical ${table} field${closest(field, [...fields])}.`,
      );
    if (!columns.includes(column))
      throw new SqlCompileError(
        `tables.${table}.columns.${field}: column "${column}" does not exist in ${mapping?.from ?? table}${closest(column, columns)}.`,
      );
  }
}

function closest(name: string, candidates: readonly string[]): string {
  const scored = candidates
    .map((c) => ({ c, d: editDistance(name.toLowerCase(), c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((e) => `"${e.c}"`);
  return scored.length === 0 ? '' : `; closest: ${scored.join(', ')}`;
}
