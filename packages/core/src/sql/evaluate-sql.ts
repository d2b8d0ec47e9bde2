// The SQL engine's entry: `evaluateSql` finds where the tables are, compiles the evaluation, runs
// its statements through the host's runner and assembles the rows into an `Evaluation`;
// `sampleRejectedRows` shows rows the data contract leaves out.
import type { InstantDomain } from '../data/instant';
import type { TableName } from '../data/types';
import { checkGroupBy, checkRecordedOption } from '../evaluate/recorded';
import type { Evaluation } from '../evaluate/types';
import { assemble, duplicatesOf, num, rejectedOf, type StatementRows } from './assemble-rows';
import { compileEvaluation } from './compile';
import {
  type CompileTarget,
  SqlCompileError,
  type SqlDuplicateKeys,
  SqlDuplicateKeyError,
  type SqlEvaluateOptions,
  tableNames,
} from './compile-types';
import {
  parseRejectLabel,
  REJECT_COLUMN,
  type SqlContractRule,
  type SqlRejected,
} from './contract';
import { prepareTarget } from './prepare-target';
import {
  compileDuplicateKeysQuery,
  compileRangeQuery,
  compileRejectedRowsQuery,
} from './probe-queries';
import { checkRunner, type SqlRow, type SqlRunner } from './runner';
import type { TableMappings } from './source';

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
 * - Two accepted rows with one record key (a duplicate id) are an error: a table has no row order
 *   to say which is the later one, which `parseDataset` would reject.
 *
 * @throws SqlCompileError for what SQL cannot express or a mapping that does not fit the tables.
 * @throws SqlDuplicateKeyError when accepted rows share a record key, naming the table and keys.
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
  target.instantDomain = evaluation.instantDomain;
  if (evaluation.calendar !== undefined && target.present?.includes('tickets')) {
    const range = compileRangeQuery(target);
    const [row] = await runner.query(range.sql, range.params);
    const lo = num(row?.lo);
    const his = [row?.hi1, row?.hi2, row?.hi3].map(num).filter((x): x is number => x !== null);
    if (lo !== null && his.length > 0) target.range = { from: lo, to: Math.max(...his) };
  }
  const compiled = compileEvaluation(evaluation, target);
  const results: StatementRows[] = [];
  for (const query of compiled.queries) {
    results.push({ query, rows: await runner.query(query.sql, query.params) });
  }
  const duplicated = duplicatesOf(results);
  if (duplicated.size > 0) throw await duplicateKeyError(runner, target, duplicated);
  const result = assemble(compiled, results, declared);
  // Like evaluate: a groupBy name that is no field and gave no group is refused (the database
  // does not list attribute names, so the message offers the canonical fields).
  checkGroupBy(result, evaluation.groupBy, () => []);
  return { ...result, rejected: rejectedOf(results) };
}

/** The error for accepted rows that share their record key, with some of the keys. */
async function duplicateKeyError(
  runner: SqlRunner,
  target: CompileTarget,
  duplicated: ReadonlyMap<TableName, number>,
): Promise<SqlDuplicateKeyError> {
  const duplicates: SqlDuplicateKeys[] = [];
  for (const [table, rows] of duplicated) {
    const query = compileDuplicateKeysQuery(target, table);
    const sample = (await runner.query(query.sql, query.params)).map((row) => ({
      key: [row.k0, row.k1].filter((k) => k !== undefined).map((k) => String(k)),
      rows: num(row._n) ?? 0,
    }));
    duplicates.push({ table, rows, sample });
  }
  return new SqlDuplicateKeyError(duplicates);
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
  options: {
    table: TableName;
    tables?: TableMappings | undefined;
    limit?: number | undefined;
    /** The evaluation's instant domain (see `EvaluateOptions.instantDomain`). */
    instantDomain?: InstantDomain | undefined;
  },
): Promise<{ field: string; rule: SqlContractRule; row: SqlRow }[]> {
  checkRunner(runner, 'sampleRejectedRows');
  if (!tableNames.includes(options.table))
    throw new SqlCompileError(
      `sampleRejectedRows: table ${JSON.stringify(options.table)} is not one of ${tableNames.join(', ')}.`,
    );
  const target = await prepareTarget(runner, options.tables);
  target.instantDomain = options.instantDomain;
  if (!target.present.includes(options.table)) return [];
  const query = compileRejectedRowsQuery(target, options.table, options.limit ?? 20);
  const rows = await runner.query(query.sql, query.params);
  return rows.map((row) => {
    const { [REJECT_COLUMN]: label, ...rest } = row;
    return { ...parseRejectLabel(String(label)), row: rest };
  });
}
