import type { InstantDomain } from '../data/instant';
// The SQL compiler's vocabulary: the record tables, its options and target, the statements it
// returns, the plan the assembler reads, and the error it throws for what SQL cannot express.
import type { TableName } from '../data/types';
import type { EvaluateOptions } from '../evaluate/types';
import type { Expr } from '../metrics/expr/types';
import type { AnyMetric } from '../metrics/types';
import type { SqlDialectName } from './dialect';
import type { TableMappings } from './source';

/** The record tables, in the order the statements are written and the reports list them. */
export const tableNames: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];

/** Options of `compileEvaluation` / `evaluateSql`: `evaluate`'s, as data. */
export interface SqlEvaluateOptions extends Omit<EvaluateOptions, 'groupBy' | 'where'> {
  /** A canonical field (`'agentId'`) or an attribute name; a function cannot run in SQL. */
  groupBy?: string | undefined;
  /** Per-table filters as expressions (`expr.eq(expr.field('channel'), 'phone')`). */
  where?: { readonly [T in TableName]?: Expr } | undefined;
}

/** Where the records are, and in which dialect to write. */
export interface CompileTarget {
  dialect: SqlDialectName;
  tables?: TableMappings | undefined;
  /**
   * The host columns each table really has (found by `evaluateSql`); a canonical field whose column
   * is missing reads as NULL ("not recorded"). Unknown: every mapped column is assumed to exist.
   */
  available?: { readonly [T in TableName]?: readonly string[] } | undefined;
  /** Tables that exist; a table not listed is empty. @default all four */
  present?: readonly TableName[] | undefined;
  /**
   * With a business calendar: the instants the tickets span (epoch ms; the earliest `createdAt`,
   * the latest `createdAt`, `firstResponseAt` or `resolvedAt`). The working-interval table covers
   * it, plus the longest SLA target past its end. `evaluateSql` finds it with `compileRangeQuery`.
   */
  range?: { readonly from: number; readonly to: number } | undefined;
  /**
   * Period keys of the `agents` and `customers` tables that have a key's shape but name no real
   * period (`2026-02-30`, `2025-W53`): the data contract rejects them. `evaluateSql` finds them
   * with `compilePeriodKeysQuery`; without them only the shape is checked.
   */
  badPeriods?: { readonly agents?: readonly string[]; readonly customers?: readonly string[] };
  /**
   * The years (UTC) the data contract accepts instants in (`compileEvaluation` takes the
   * evaluation's `instantDomain` when this is not set).
   * @default { fromYear: 1900, toYear: 2199 }
   */
  instantDomain?: InstantDomain | undefined;
}

/** One statement of a compiled evaluation. */
export interface CompiledQuery {
  /**
   * `states`: accumulator states per level; `counts`: records, exclusions, open tickets;
   * `presence`: per first broken rule of the data contract (`_reason`; NULL: the accepted rows),
   * the rows, and how many carry each canonical field (see `Evaluation.recorded`);
   * `rejected`: a sample of rejected rows (`compileRejectedRowsQuery`).
   */
  readonly purpose: 'states' | 'counts' | 'presence' | 'rejected';
  readonly table: TableName;
  /** Indexes (into the evaluation's metrics) of the metrics whose states this query computes. */
  readonly metrics: readonly number[];
  readonly sql: string;
  /** Bound values for `$1`, `$2` …; empty for ClickHouse, whose values are escaped literals. */
  readonly params: readonly unknown[];
}

/** What `compileEvaluation` returns: one states query per table × period timestamp, one counts query per table. */
export interface CompiledEvaluation {
  readonly dialect: SqlDialectName;
  readonly queries: readonly CompiledQuery[];
  /** @internal what the assembler needs. */
  readonly plan: EvaluationPlan;
}

/** @internal */
export interface EvaluationPlan {
  readonly metrics: readonly AnyMetric[];
  readonly asOf: number;
  readonly timeZone: string;
  readonly period: EvaluateOptions['period'];
  readonly grouped: boolean;
}

/** Thrown when an evaluation cannot be expressed in SQL; the message names the metric or option. */
export class SqlCompileError extends Error {
  override name = 'SqlCompileError';
}

/** The accepted rows of one table that share their record key with an earlier accepted row. */
export interface SqlDuplicateKeys {
  readonly table: TableName;
  /** Rows beyond the first of each key: what `parseDataset` would reject as duplicates. */
  readonly rows: number;
  /** Some of the keys (id; agents and customers: id and period) and how many rows each has. */
  readonly sample: readonly { readonly key: readonly string[]; readonly rows: number }[];
}

/**
 * Thrown by `evaluateSql` when a table has two accepted rows with one record key (id; agents and
 * customers: id and period). `parseDataset` keeps the first of two such records and rejects the
 * later; a table has no row order to say which one is the later, so rather than count both (and
 * differ from `evaluate`), `evaluateSql` refuses, naming the table and some of the keys
 * [RULES.md#sql-contract].
 */
export class SqlDuplicateKeyError extends Error {
  override name = 'SqlDuplicateKeyError';
  constructor(readonly duplicates: readonly SqlDuplicateKeys[]) {
    super(
      `evaluateSql: ${duplicates.map(duplicatesText).join('; ')}. A table has no row order to say which duplicate is the later one (parseDataset keeps the first and rejects the later), so evaluateSql refuses rather than count both: remove the duplicates, declare a primary key, or map the table to a query that keeps one row per key (tables.<table>.from).`,
    );
  }
}

/** `tickets has 3 rows whose key an earlier row already has ("T2" ×3, "T1" ×2)`. */
function duplicatesText({ table, rows, sample }: SqlDuplicateKeys): string {
  const keys = sample.map(
    (s) => `${s.key.map((k) => JSON.stringify(k)).join(' for period ')} ×${s.rows}`,
  );
  // The sample names every duplicate row only when its keys' extra rows add up to `rows`.
  if (sample.reduce((n, s) => n + s.rows - 1, 0) < rows) keys.push('…');
  return `${table} has ${rows} row${rows === 1 ? '' : 's'} whose key an earlier row already has (${keys.join(', ')})`;
}
