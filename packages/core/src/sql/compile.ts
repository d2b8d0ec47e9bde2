// The SQL compiler's entry: checks the options, resolves the metrics and the plan, and has each
// table's writer (table-writer.ts) write its statements.
import { boundsOption } from '../data/instant';
import { resolveAsOf, resolveMetrics, resolveSettings, checkPeriod } from '../evaluate/options';
import type { EvaluateOptions } from '../evaluate/types';
import type { PeriodTimestamp } from '../metrics/types';
import { resolveSlaOption, type SlaPolicy } from '../sla/policy';
import { assertTimeZone } from '../time/zone';
import { type WorkTable, workTable } from './business-time';
import {
  type CompiledEvaluation,
  type CompiledQuery,
  type CompileTarget,
  type EvaluationPlan,
  SqlCompileError,
  type SqlEvaluateOptions,
  tableNames,
} from './compile-types';
import { dialects } from './dialect';
import { TableWriter } from './table-writer';

/** The instant that puts a metric's record in a period, as `TableWriter` numbers them. */
const timestampCodes: Record<PeriodTimestamp, number> = {
  createdAt: 0,
  resolvedAt: 1,
  surveyedAt: 2,
  startedAt: 0,
  period: 0,
};

/**
 * Compiles an evaluation to SQL for DuckDB, PostgreSQL or ClickHouse: the same metrics, groups,
 * periods and rules as `evaluate`, computed where the records live. Each metric's SQL is derived
 * from its declarative measure (the very definition the JS engine compiles), so both engines count
 * the same records; the database returns each metric's accumulator *state* per level (cell, group
 * total, period total, overall) and the kit's `result` finishes it (`evaluateSql`).
 *
 * Every identifier is quoted and every value bound as a parameter (`$n`), except in ClickHouse,
 * which has no server-side parameters in 18.16: values there are escaped literals.
 *
 * @throws SqlCompileError naming the metric or option that SQL cannot express (a metric with a
 * hand-written accumulator, a `groupBy` function, a `where` function, a business calendar).
 * @example
 * const { queries } = compileEvaluation(
 *   { metrics: ['csat', 'fcr'], groupBy: 'agentId', period: 'month', timeZone: 'Asia/Shanghai' },
 *   { dialect: 'duckdb' },
 * );
 * queries[0].sql; // SELECT … FROM "tickets" …
 */
export function compileEvaluation(
  given: SqlEvaluateOptions,
  where: CompileTarget,
): CompiledEvaluation {
  // The SLA option is read as evaluate reads it: undefined → the seed policy, a hand-written spec
  // through slaPolicy, so both engines use the same targets.
  const options: SqlEvaluateOptions = { ...given, sla: resolveSlaOption(given.sla) };
  // The data contract reads instants in the evaluation's domain unless the target sets its own.
  const target: CompileTarget =
    where.instantDomain === undefined && given.instantDomain !== undefined
      ? { ...where, instantDomain: given.instantDomain }
      : where;
  const dialect = dialects[target.dialect];
  if (dialect === undefined)
    throw new SqlCompileError(
      `compileEvaluation: dialect ${JSON.stringify(target.dialect)} is not one of duckdb, postgres, clickhouse.`,
    );
  checkSqlOptions(options);
  const metrics = resolveMetrics(options.metrics);
  for (const m of metrics) {
    if (m.measure === undefined)
      throw new SqlCompileError(
        `Metric "${m.id}" cannot run in SQL: its meaning is a hand-written JS accumulator, not a declarative measure. Define it with defineMetric({ measure }) (or scope it with an expression) to run it in a database, or evaluate it with evaluate().`,
      );
  }
  checkPeriod(options.period);
  const plan: EvaluationPlan = {
    metrics,
    asOf: resolveAsOf(options.asOf, boundsOption('compileEvaluation', options.instantDomain)),
    timeZone: assertTimeZone(options.timeZone ?? 'UTC'),
    period: options.period,
    grouped: options.groupBy !== undefined,
  };
  const settings = resolveSettings(options as EvaluateOptions);
  const present = new Set(target.present ?? tableNames);
  let work: WorkTable | undefined;
  if (options.calendar !== undefined) {
    const range = target.range ?? { from: plan.asOf, to: plan.asOf };
    const sla = options.sla as SlaPolicy;
    const targets = [...Object.values(sla.response), ...Object.values(sla.resolution)];
    const horizon = Math.max(0, ...targets.filter((t): t is number => t !== null));
    work = workTable(options.calendar, range.from, Math.max(range.to, range.from), horizon);
  }
  const queries: CompiledQuery[] = [];
  for (const table of tableNames) {
    if (!present.has(table)) {
      if (metrics.some((m) => m.table === table))
        throw new SqlCompileError(
          `The evaluation asks for ${table} metrics (${metrics
            .filter((m) => m.table === table)
            .map((m) => m.id)
            .join(
              ', ',
            )}) but the database has no ${table} table; map one with tables.${table}.from.`,
        );
      continue;
    }
    const writer = new TableWriter(table, dialect, options, target, plan, settings, work);
    const own = metrics.map((m, i) => ({ m, i })).filter((e) => e.m.table === table);
    const codes = [...new Set(own.map((e) => timestampCodes[e.m.timestamp]))].sort();
    for (const code of codes) {
      const indexes = own.filter((e) => timestampCodes[e.m.timestamp] === code).map((e) => e.i);
      queries.push(writer.states(code, indexes));
    }
    queries.push(writer.counts(own.length > 0));
    queries.push(writer.presence());
  }
  return { dialect: target.dialect, queries, plan };
}

function checkSqlOptions(options: SqlEvaluateOptions): void {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('compileEvaluation(options, target): options must be an object.');
  if (
    options.groupBy !== undefined &&
    (typeof options.groupBy !== 'string' || options.groupBy === '')
  )
    throw new SqlCompileError(
      'compileEvaluation: option `groupBy` must be a field or attribute name; a function of the record cannot run in SQL.',
    );
  for (const [table, filter] of Object.entries(options.where ?? {})) {
    if (
      filter !== undefined &&
      (typeof filter !== 'object' || filter === null || typeof filter.op !== 'string')
    )
      throw new SqlCompileError(
        `compileEvaluation: option \`where.${table}\` must be an expression (e.g. expr.eq(expr.field('channel'), 'phone')); a function of the record cannot run in SQL.`,
      );
  }
}
