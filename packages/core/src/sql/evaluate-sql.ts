import { editDistance } from '../data/closest';
import { fieldKinds } from '../data/field-kinds';
import { recordTables } from '../data/tables';
import type { ExclusionReason, TableName } from '../data/types';
import { assembleEvaluation, NO_PERIOD, type States } from '../evaluate/assemble';
import { checkGroupBy, checkRecordedOption, withRecorded } from '../evaluate/recorded';
import type { Evaluation } from '../evaluate/types';
import type { Measure } from '../metrics/expr/types';
import type { AnyMetric } from '../metrics/types';
import { createPeriodIndexer } from '../time/period';
import {
  parseRejectLabel,
  REJECT_COLUMN,
  type SqlContractRule,
  type SqlRejected,
  type SqlRejectedReason,
  type SqlTableCounts,
} from './contract';
import { parsePeriodKey } from '../time/period-key';
import {
  type CompiledEvaluation,
  type CompiledQuery,
  type CompileTarget,
  compileEvaluation,
  compilePeriodKeysQuery,
  compileRangeQuery,
  compileRejectedRowsQuery,
  presenceFields,
  SqlCompileError,
  type SqlEvaluateOptions,
} from './compile';
import { clickhouseString, dialects, type SqlDialectName } from './dialect';
import type { TableMapping, TableMappings } from './source';

/** A row as a database client returns it (numbers may come as bigint or string). */
export type SqlRow = Readonly<Record<string, unknown>>;

/**
 * What `evaluateSql` runs statements with: the dialect, and a function that runs one statement
 * with its bound values and resolves to its rows. Adapters for the engines' own clients are in
 * `./adapters.ts` (`duckdbRunner`, `pgRunner`, `clickhouseRunner`).
 */
export interface SqlRunner {
  readonly dialect: SqlDialectName;
  query(sql: string, params: readonly unknown[]): Promise<readonly SqlRow[]>;
}

/**
 * What {@link evaluateSql} returns: `evaluate`'s `Evaluation`, plus the rows the data contract
 * left out (`parseDataset`'s rules, checked in SQL: see `SqlContractRule`).
 */
export interface SqlEvaluation extends Evaluation {
  /** Rows read, accepted and rejected per table, and the rejected ones by field and rule. */
  readonly rejected: SqlRejected;
}

/** Options of {@link evaluateSql}: the evaluation's, plus where the tables are. */
export interface EvaluateSqlOptions extends SqlEvaluateOptions {
  /** Table mappings (see `TableMapping`); tables not named are read by their canonical names. */
  tables?: TableMappings | undefined;
}

const tableNames: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];

/**
 * Evaluates metrics where the records live: compiles the evaluation (`compileEvaluation`), checks
 * the mapping against the tables' real columns, runs the statements and finishes each state with
 * the same `result` code as `evaluate` — the same `Evaluation` shape and values as `evaluate` on the
 * same records (sums to floating-point rounding).
 *
 * - A table the database does not have is empty (its metrics are an error naming it).
 * - A canonical field whose column the table lacks reads as "not recorded" (NULL).
 * - A mapped column that does not exist is an error naming it and the closest real columns.
 * - Rows that break `parseDataset`'s rules are left out of every figure and counted per table,
 *   field and rule in `rejected` (`sampleRejectedRows` shows some) [RULES.md#sql-contract].
 *
 * @throws SqlCompileError for what SQL cannot express or a mapping that does not fit the tables.
 * @example
 * const evaluation = await evaluateSql(duckdbRunner(connection), {
 *   metrics: ['csat', 'fcr', 'avgResolutionTime'], groupBy: 'agentId', period: 'month',
 *   timeZone: 'Asia/Shanghai', asOf: '2026-07-01T00:00:00Z',
 * });
 */
export async function evaluateSql(
  runner: SqlRunner,
  options: EvaluateSqlOptions,
): Promise<SqlEvaluation> {
  checkRunner(runner, 'evaluateSql');
  const { tables, ...evaluation } = options;
  const declared = checkRecordedOption(evaluation.recorded);
  const target = await prepareTarget(runner, tables);
  if (evaluation.calendar !== undefined && target.present?.includes('tickets')) {
    const range = compileRangeQuery(target);
    const [row] = await runner.query(range.sql, range.params);
    const lo = num(row?.lo);
    const his = [row?.hi1, row?.hi2, row?.hi3].map(num).filter((x): x is number => x !== null);
    if (lo !== null && his.length > 0) target.range = { from: lo, to: Math.max(...his) };
  }
  const compiled = compileEvaluation(evaluation, target);
  const results: { query: CompiledQuery; rows: readonly SqlRow[] }[] = [];
  for (const query of compiled.queries) {
    results.push({ query, rows: await runner.query(query.sql, query.params) });
  }
  const result = assemble(compiled, results, declared);
  // Like evaluate: a groupBy name that is no field and gave no group is refused (the database
  // does not list attribute names, so the message offers the canonical fields).
  checkGroupBy(result, evaluation.groupBy, () => []);
  return { ...result, rejected: rejectedOf(results) };
}

/** The `rejected` report from the `presence` queries' rows (`{ _reason, _n }`; NULL: accepted). */
function rejectedOf(
  results: readonly { query: CompiledQuery; rows: readonly SqlRow[] }[],
): SqlRejected {
  const counts = {} as Record<TableName, SqlTableCounts>;
  for (const table of tableNames) counts[table] = { input: 0, accepted: 0, rejected: 0 };
  const reasons: SqlRejectedReason[] = [];
  for (const { query, rows } of results) {
    if (query.purpose !== 'presence') continue;
    const c = counts[query.table];
    for (const row of rows) {
      const n = count(row._n);
      c.input += n;
      if (row._reason === null || row._reason === undefined) {
        c.accepted += n;
        continue;
      }
      c.rejected += n;
      reasons.push({ table: query.table, ...parseRejectLabel(String(row._reason)), rows: n });
    }
  }
  const order = (r: SqlRejectedReason) => tableNames.indexOf(r.table);
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  reasons.sort(
    (a, b) =>
      b.rows - a.rows || order(a) - order(b) || text(a.field, b.field) || text(a.rule, b.rule),
  );
  return { counts, reasons };
}

/**
 * Where the tables are, as `compileEvaluation` needs it: which tables exist, the columns each
 * has (the mapping is checked against them), and the period keys of `agents` and `customers` that
 * have a key's shape but name no real period (the data contract rejects them).
 */
async function prepareTarget(
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
 * A sample of the rows the data contract leaves out of `evaluateSql`'s figures (counted in its
 * `rejected`): each with its canonical columns and the rule it broke first.
 *
 * @example
 * const rows = await sampleRejectedRows(pgRunner(pool), { table: 'tickets', limit: 5 });
 * for (const r of rows) console.warn(r.field, r.rule, r.row.id);
 */
export async function sampleRejectedRows(
  runner: SqlRunner,
  options: { table: TableName; tables?: TableMappings | undefined; limit?: number | undefined },
): Promise<{ field: string; rule: SqlContractRule; row: SqlRow }[]> {
  checkRunner(runner, 'sampleRejectedRows');
  if (!tableNames.includes(options.table))
    throw new SqlCompileError(
      `sampleRejectedRows: table ${JSON.stringify(options.table)} is not one of ${tableNames.join(', ')}.`,
    );
  const target = await prepareTarget(runner, options.tables);
  if (!target.present.includes(options.table)) return [];
  const query = compileRejectedRowsQuery(target, options.table, options.limit ?? 20);
  const rows = await runner.query(query.sql, query.params);
  return rows.map((row) => {
    const { [REJECT_COLUMN]: label, ...rest } = row;
    return { ...parseRejectLabel(String(label)), row: rest };
  });
}

function checkRunner(runner: SqlRunner, caller: string): void {
  if (typeof runner !== 'object' || runner === null || typeof runner.query !== 'function')
    throw new TypeError(
      `${caller}(runner, options): runner must be { dialect, query(sql, params) } (see duckdbRunner, pgRunner, clickhouseRunner).`,
    );
  if (!(runner.dialect in dialects))
    throw new SqlCompileError(
      `${caller}: runner.dialect ${JSON.stringify(runner.dialect)} is not one of duckdb, postgres, clickhouse.`,
    );
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

/** A number from a client's value (bigint, decimal string, number); `null` for NULL. */
function num(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    const n = Number(v);
    if (!Number.isNaN(n)) return n;
  }
  throw new TypeError(
    `evaluateSql: the database returned ${String(v)} where a number was expected.`,
  );
}

const count = (v: unknown): number => num(v) ?? 0;

/** The kit state of a measure from its aggregate columns. */
function stateOf(m: Measure, i: number, row: SqlRow): unknown {
  const c = (part: string) => row[`s${i}_${part}`];
  switch (m.kind) {
    case 'ratio': {
      const hits = count(c('hits'));
      return { hits, trials: hits + count(c('misses')), censored: count(c('censored')) };
    }
    case 'count':
      return { count: count(c('count')), considered: count(c('considered')) };
    case 'mean':
      return {
        sum: count(c('sum')),
        sumSquares: count(c('sumsq')),
        count: count(c('n')),
        censored: count(c('censored')),
        values: null,
        ...(m.quantiles === true ? { quantiles: [num(c('q50')), num(c('q90'))] } : {}),
      };
    case 'sumRatio':
      return {
        numerator: count(c('num')),
        denominator: count(c('den')),
        records: count(c('records')),
      };
    case 'nps':
      return { promoters: count(c('pro')), passives: count(c('pas')), detractors: count(c('det')) };
  }
}

/** Turns the statements' rows into the `Evaluation` that `evaluate` would give. */
function assemble(
  compiled: CompiledEvaluation,
  results: readonly { query: CompiledQuery; rows: readonly SqlRow[] }[],
  declared: readonly string[],
): Evaluation {
  const { metrics, asOf, timeZone, period, grouped } = compiled.plan;
  const indexer = period === undefined ? undefined : createPeriodIndexer(period, timeZone);
  const init = (): States => metrics.map((m) => m.accumulator.init());
  const groupKeys = [''];
  const groupIndex = new Map<string, number>();
  const periodOrdinals = [Number.NaN];
  const periodSlot = new Map<number, number>();
  const cells = new Map<string, States>();
  const groupTotals = new Map<number, States>();
  const periodTotals = new Map<number, States>();
  const overall = init();
  const zero = () => ({ tickets: 0, calls: 0, agents: 0, customers: 0 });
  const ungrouped = zero();
  const unattributed = zero();
  const records = zero();
  const excludedByReason: Record<ExclusionReason, number> = {
    duplicate: 0,
    spam: 0,
    merged: 0,
    test: 0,
  };
  let openTickets = 0;
  let finishedTickets = false;
  const carried: Record<TableName, readonly string[]> = {
    tickets: [],
    calls: [],
    agents: [],
    customers: [],
  };

  const groupOf = (key: unknown): number => {
    if (key === null || key === undefined) return 0;
    const k = String(key);
    let g = groupIndex.get(k);
    if (g === undefined) {
      g = groupKeys.length;
      groupIndex.set(k, g);
      groupKeys.push(k);
    }
    return g;
  };
  const slotOf = (ordinal: number): number => {
    let s = periodSlot.get(ordinal);
    if (s === undefined) {
      s = periodOrdinals.length;
      periodSlot.set(ordinal, s);
      periodOrdinals.push(ordinal);
    }
    return s;
  };
  if (indexer === undefined) slotOf(0);
  const at = <K>(map: Map<K, States>, key: K): States => {
    let states = map.get(key);
    if (states === undefined) {
      states = init();
      map.set(key, states);
    }
    return states;
  };

  for (const { query, rows } of results) {
    const table = query.table;
    if (query.purpose === 'presence') {
      const row = rows.find((r) => r._reason === null || r._reason === undefined) ?? {};
      const always = recordTables[table].fields as Readonly<Record<string, { presence: string }>>;
      carried[table] =
        count(row._n) === 0
          ? []
          : presenceFields(table).filter(
              (name, i) => always[name]?.presence !== 'optional' || count(row[`f${i}`]) > 0,
            );
      if (table === 'tickets') finishedTickets = count(row._finished) > 0;
      continue;
    }
    if (query.purpose === 'counts') {
      const row = rows[0] ?? {};
      records[table] = count(row.records);
      if (table === 'tickets') {
        for (const reason of Object.keys(excludedByReason) as ExclusionReason[])
          excludedByReason[reason] = count(row[`excluded_${reason}`]);
        openTickets = count(row.open);
      }
      ungrouped[table] = count(row.ungrouped);
      continue;
    }
    const keyed = table === 'agents' || table === 'customers';
    for (const row of rows) {
      const level = String(row._level);
      const fill = (states: States, merge: boolean) => {
        for (const i of query.metrics) {
          const metric = metrics[i] as AnyMetric;
          const state = stateOf(metric.measure as Measure, i, row);
          states[i] = merge ? metric.accumulator.merge(states[i], state) : state;
        }
      };
      if (keyed) {
        const g = groupOf(grouped ? row._gk : null);
        let slot = 1;
        if (indexer !== undefined) {
          const ordinal = indexer.ordinalOfKey(String(row._pk));
          slot = ordinal === undefined ? NO_PERIOD : slotOf(ordinal);
          if (slot === NO_PERIOD) unattributed[table] += count(row._n);
        }
        fill(at(cells, `${g}:${slot}`), true);
        fill(at(groupTotals, g), true);
        if (slot !== NO_PERIOD) fill(at(periodTotals, slot), true);
        fill(overall, true);
        continue;
      }
      const slot = () => (indexer === undefined ? 1 : slotOf(count(row._pk)));
      if (level === 'c') fill(at(cells, `${groupOf(row._gk)}:${slot()}`), false);
      else if (level === 'g') fill(at(groupTotals, groupOf(row._gk)), false);
      else if (level === 'p') fill(at(periodTotals, slot()), false);
      else fill(overall, false);
    }
  }

  const evaluation = assembleEvaluation({
    metrics,
    groupKeys,
    grouped,
    indexer,
    periodOrdinals,
    cell: (g, slot) => cells.get(`${g}:${slot}`),
    groupTotal: (g) => groupTotals.get(g) ?? init(),
    periodTotal: (slot) => periodTotals.get(slot) ?? init(),
    overall: () => overall,
    excludedByReason,
    openTickets,
    ungrouped,
    unattributed,
    records,
    asOf,
    timeZone,
    period,
  });
  return withRecorded(evaluation, metrics, carried, declared, finishedTickets);
}
