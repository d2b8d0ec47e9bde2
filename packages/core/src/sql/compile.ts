import { recordTables } from '../data/tables';
import type { TableName } from '../data/types';
import { resolveAsOf, resolveMetrics, resolveSettings, checkPeriod } from '../evaluate/options';
import type { EvaluateOptions } from '../evaluate/types';
import type { Expr, Measure } from '../metrics/expr/types';
import type { AnyMetric, MetricSettings, PeriodTimestamp } from '../metrics/types';
import { resolveSlaOption, type SlaPolicy } from '../sla/policy';
import { assertTimeZone } from '../time/zone';
import { type Dialect, dialects, Params, type SqlDialectName } from './dialect';
import { BusinessTimeSql, type WorkTable, workTable } from './business-time';
import { type ExprScope, predicateSql, valueSql } from './expr';
import { canonicalFields, canonicalQuery, type TableMappings } from './source';
import { acceptedRows, checkedQuery, REJECT_COLUMN } from './contract';

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

const tableNames: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];

/** A duration in ms binds as BIGINT when whole (repeatWindowDays 0.7 is not), else as a double. */
const wholeOrDouble = (ms: number): 'bigint' | 'double' =>
  Number.isInteger(ms) ? 'bigint' : 'double';
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
  target: CompileTarget,
): CompiledEvaluation {
  // The SLA option is read as evaluate reads it: undefined → the seed policy, a hand-written spec
  // through slaPolicy, so both engines use the same targets.
  const options: SqlEvaluateOptions = { ...given, sla: resolveSlaOption(given.sla) };
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
    asOf: resolveAsOf(options.asOf),
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

/** Writes the statements of one table. */
class TableWriter {
  /** Bound values of the statement being written (a new list per statement). */
  private params: Params;
  /** Business time of the statement being written (with a calendar). */
  private business: BusinessTimeSql | undefined;
  private readonly q: (id: string) => string;
  private readonly fields: Set<string>;

  constructor(
    private readonly table: TableName,
    private readonly d: Dialect,
    private readonly options: SqlEvaluateOptions,
    private readonly target: CompileTarget,
    private readonly plan: EvaluationPlan,
    private readonly settings: MetricSettings,
    private readonly work: WorkTable | undefined,
  ) {
    this.params = new Params(d);
    this.q = (id) => d.quote(id);
    this.fields = new Set(canonicalFields(table).map((f) => f.name));
  }

  private scope(): ExprScope {
    return {
      dialect: this.d,
      params: this.params,
      settings: this.settings,
      asOf: this.plan.asOf,
      column: (name) => this.q(name),
      derived: (name) => this.q(`_${name}`),
    };
  }

  /** The host table's rows that keep the data contract, as canonical columns. */
  private canonical(): string {
    return acceptedQuery(this.table, this.target, this.d, this.params);
  }

  private where(): string {
    const filter = this.options.where?.[this.table];
    return filter === undefined ? '' : ` AND ${predicateSql(filter, this.scope())}`;
  }

  /** Canonical rows with the derived columns the metrics read, filtered, grouped, in periods. */
  private rows(code: number, repeats: boolean): string {
    const { q, d } = this;
    const p = (v: number | string | boolean, t: 'bigint' | 'text' | 'double' | 'boolean') =>
      this.params.add(v, t);
    let inner = this.canonical();
    let filter = 'TRUE';
    let instant: () => string = () => '';
    if (this.table === 'tickets') {
      inner = this.ticketDerived(inner, repeats);
      filter = `${q('excluded')} IS NULL`;
      const instants = [
        () => q('createdAt'),
        () =>
          // A due instant of fractional ms (hours(1.15)) falls in the period of its whole ms.
          `CASE WHEN ${q('_resolved')} THEN ${q('resolvedAt')} WHEN ${q('_resolution_due')} IS NOT NULL AND ${q('_resolution_due')} <= ${p(this.plan.asOf, 'bigint')} THEN ${d.floorDiv(q('_resolution_due'), 1)} ELSE ${q('createdAt')} END`,
        () =>
          `CASE WHEN ${q('surveyedAt')} IS NOT NULL THEN ${q('surveyedAt')} WHEN ${q('_resolved')} THEN ${q('resolvedAt')} ELSE ${q('createdAt')} END`,
      ];
      instant = instants[code] as () => string;
    } else if (this.table === 'calls') {
      instant = () => q('startedAt');
    }
    if (d.name === 'clickhouse') filter = filter === 'TRUE' ? '1' : filter;
    const period =
      this.plan.period === undefined
        ? d.nullOf('bigint')
        : this.table === 'agents' || this.table === 'customers'
          ? q('period')
          : this.ordinal(instant());
    const group = this.plan.grouped ? this.groupKey() : d.nullOf('text');
    return `SELECT *, ${group} AS ${q('_g')}, ${period} AS ${q('_p')} FROM (${inner}) AS ${q('_c')} WHERE ${filter}${this.where()}`;
  }

  /** The period ordinal of an epoch-ms instant, as `createPeriodIndexer` numbers periods. */
  private ordinal(ms: string): string {
    const { day, year, month } = this.d.localParts(ms, this.plan.timeZone, this.params);
    switch (this.plan.period) {
      case 'day':
        return day;
      case 'week':
        return this.d.floorDiv(`${day} + 3`, 7);
      case 'month':
        return `(${year} * 12 + ${month} - 1)`;
      case 'quarter':
        return `(${year} * 4 + ${this.d.floorDiv(`${month} - 1`, 3)})`;
      default:
        return year;
    }
  }

  /**
   * The group key as `evaluate` reads it: the record's own field when it has one (text), else the
   * attribute of that name; blank is no group.
   */
  private groupKey(): string {
    const { d, q } = this;
    const name = this.options.groupBy as string;
    const attribute = `nullIf(${d.jsonText(q('attributes'), name, this.params)}, '')`;
    if (!this.fields.has(name) || name === 'attributes') return attribute;
    const kind = canonicalFields(this.table).find((f) => f.name === name)?.kind;
    if (kind !== 'text' && kind !== 'enum')
      throw new SqlCompileError(
        `compileEvaluation: groupBy "${name}" is a ${kind} field of ${this.table}; SQL groups by text fields (ids, channel, region, enums) or attributes.`,
      );
    return `CASE WHEN ${q(name)} IS NOT NULL THEN nullIf(${q(name)}, '') ELSE ${attribute} END`;
  }

  /** Adds the derived ticket columns (`_resolved`, SLA outcomes, durations, repeat faults). */
  private ticketDerived(canonical: string, repeats: boolean): string {
    const { q, d } = this;
    const p = (v: number | string, t: 'bigint' | 'text' | 'double') => this.params.add(v, t);
    const sla = this.options.sla as SlaPolicy;
    const bt = this.business;
    // With a calendar, W(x) (working time up to x) is computed once per instant, in layer 0;
    // durations are differences of W and due instants are where W reaches W(created) + target.
    const wCreated = q('_w_created');
    // Targets are bound as BIGINT when every one is whole milliseconds (hours(1.15) is not), as
    // doubles otherwise: one type for every branch of the CASE (ClickHouse requires it).
    const targets = [...Object.values(sla.response), ...Object.values(sla.resolution)];
    const msType = targets.every((t) => t === null || Number.isInteger(t)) ? 'bigint' : 'double';
    const due = (ms: number) =>
      bt === undefined
        ? `${q('createdAt')} + ${p(ms, msType)}`
        : bt.reach(`(${wCreated} + ${p(ms, msType)})`, ms === 0);
    // A searched CASE: ClickHouse 18.16 returns NULL for every row from `CASE x WHEN …` with a
    // NULL branch.
    const dueOf = (section: keyof SlaPolicy) => {
      const priority = `COALESCE(${q('priority')}, ${d.constant('normal')})`;
      const cases = (['urgent', 'high', 'normal', 'low'] as const)
        .map((pr) => {
          const ms = sla[section][pr];
          return `WHEN ${priority} = ${d.constant(pr)} THEN ${ms === null ? d.nullOf(msType) : due(ms)}`;
        })
        .join(' ');
      return `CASE ${cases} ELSE ${d.nullOf(msType)} END`;
    };
    const asOf = p(this.plan.asOf, 'bigint');
    // An explicit due instant, of the targets' type (ClickHouse has no Int64/Float64 supertype).
    const explicit = (column: string) =>
      msType === 'bigint' ? q(column) : d.castDouble(q(column));
    const resolvedStatus = `${q('status')} IN (${d.constant('resolved')}, ${d.constant('closed')})`;
    const layer0 =
      bt === undefined
        ? []
        : [
            `${bt.upTo(q('createdAt'))} AS ${wCreated}`,
            `${bt.upTo(q('firstResponseAt'))} AS ${q('_w_first')}`,
            `${bt.upTo(q('resolvedAt'))} AS ${q('_w_resolved')}`,
          ];
    const layer1 = [
      `${d.notNull(`(${resolvedStatus} AND ${q('resolvedAt')} IS NOT NULL)`)} AS ${q('_resolved')}`,
      `${d.notNull(`(${q('status')} IN (${d.constant('open')}, ${d.constant('pending')}))`)} AS ${q('_open')}`,
      `COALESCE(${explicit('responseDueAt')}, ${dueOf('response')}) AS ${q('_response_due')}`,
      `COALESCE(${explicit('resolutionDueAt')}, ${dueOf('resolution')}) AS ${q('_resolution_due')}`,
    ];
    const first = q('_first_response_at');
    const ifResolved = (then: string) =>
      `CASE WHEN ${q('_resolved')} THEN ${then} ELSE ${d.nullOf('bigint')} END`;
    const layer2 = [
      `COALESCE(${q('firstResponseAt')}, ${ifResolved(q('resolvedAt'))}) AS ${first}`,
    ];
    // The instants, or their W, between which durations are measured.
    const at = (column: 'createdAt' | 'firstResponseAt' | 'resolvedAt') =>
      bt === undefined
        ? q(column)
        : q(
            column === 'createdAt'
              ? '_w_created'
              : column === 'resolvedAt'
                ? '_w_resolved'
                : '_w_first',
          );
    const firstAt =
      bt === undefined ? first : `COALESCE(${q('_w_first')}, ${ifResolved(q('_w_resolved'))})`;
    const repeat = repeats
      ? `CASE WHEN NOT ${q('_resolved')} OR ${q('customerId')} IS NULL THEN -1 WHEN ${q('id')} ${d.name === 'clickhouse' ? 'GLOBAL IN' : 'IN'} (${this.repeatedIds()}) THEN 1 WHEN ${q('resolvedAt')} + ${p(this.settings.repeatWindowMs, wholeOrDouble(this.settings.repeatWindowMs))} <= ${asOf} THEN 0 ELSE -1 END`
      : '-1';
    const layer3 = [
      `(${firstAt} - ${at('createdAt')}) AS ${q('_firstResponseMs')}`,
      `${ifResolved(`${at('resolvedAt')} - ${at('createdAt')}`)} AS ${q('_resolutionMs')}`,
      `CASE WHEN ${q('_resolved')} AND ${q('firstResponseAt')} IS NOT NULL THEN ${at('resolvedAt')} - ${at('firstResponseAt')} ELSE ${d.nullOf('bigint')} END AS ${q('_handlingMs')}`,
      `CASE WHEN ${q('_response_due')} IS NULL THEN 0 WHEN ${first} IS NOT NULL THEN (CASE WHEN ${first} <= ${q('_response_due')} THEN 1 ELSE 2 END) WHEN ${q('_open')} THEN (CASE WHEN ${asOf} > ${q('_response_due')} THEN 2 ELSE 3 END) WHEN COALESCE(${q('closedAt')}, ${asOf}) > ${q('_response_due')} THEN 2 ELSE 0 END AS ${q('_responseOutcome')}`,
      `CASE WHEN ${q('_resolution_due')} IS NULL THEN 0 WHEN ${q('_resolved')} THEN (CASE WHEN ${q('resolvedAt')} <= ${q('_resolution_due')} THEN 1 ELSE 2 END) WHEN ${q('_open')} THEN (CASE WHEN ${asOf} > ${q('_resolution_due')} THEN 2 ELSE 3 END) ELSE 0 END AS ${q('_resolutionOutcome')}`,
      `${repeat} AS ${q('_repeatFault')}`,
    ];
    // ClickHouse: the work arrays are `WITH` aliases of the selects that use them.
    const withWork = bt !== undefined && d.name === 'clickhouse' ? bt.clickhouseWith() : '';
    const l0 =
      layer0.length === 0
        ? canonical
        : `${withWork}SELECT *, ${layer0.join(', ')} FROM (${canonical}) AS ${q('_t0')}`;
    const l1 = `${withWork}SELECT *, ${layer1.join(', ')} FROM (${l0}) AS ${q('_t1')}`;
    const l2 = `SELECT *, ${layer2.join(', ')} FROM (${l1}) AS ${q('_t2')}`;
    return `SELECT *, ${layer3.join(', ')} FROM (${l2}) AS ${q('_t3')}`;
  }

  /**
   * Ids of resolved tickets followed, within the repeat window, by a new ticket of the same
   * customer (same product and category where both tickets know them) — `detectRepeatFaults` in
   * SQL. Follow-ups are looked for among all non-excluded tickets, whatever `where` says.
   */
  private repeatedIds(): string {
    const { q, d } = this;
    const p = (v: number | string, t: 'bigint' | 'text' | 'double') => this.params.add(v, t);
    const canonical = this.canonical();
    const resolvedStatus = `${q('status')} IN (${d.constant('resolved')}, ${d.constant('closed')})`;
    const a = `SELECT ${q('id')} AS ${q('_rid')}, ${q('customerId')} AS ${q('_cust')}, ${q('productId')} AS ${q('_ap')}, ${q('category')} AS ${q('_ag')}, ${q('resolvedAt')} AS ${q('_ar')} FROM (${canonical}) AS ${q('_ra')} WHERE ${q('excluded')} IS NULL AND ${q('customerId')} IS NOT NULL AND ${resolvedStatus} AND ${q('resolvedAt')} IS NOT NULL`;
    const b = `SELECT ${q('customerId')} AS ${q('_cust')}, ${q('productId')} AS ${q('_bp')}, ${q('category')} AS ${q('_bg')}, ${q('createdAt')} AS ${q('_bc')} FROM (${canonical}) AS ${q('_rb')} WHERE ${q('excluded')} IS NULL AND ${q('customerId')} IS NOT NULL`;
    const window = p(this.settings.repeatWindowMs, wholeOrDouble(this.settings.repeatWindowMs));
    const conditions = [
      `${q('_bc')} > ${q('_ar')}`,
      `${q('_bc')} <= ${q('_ar')} + ${window}`,
      `(${q('_bp')} IS NULL OR ${q('_ap')} IS NULL OR ${q('_bp')} = ${q('_ap')})`,
      `(${q('_bg')} IS NULL OR ${q('_ag')} IS NULL OR ${q('_bg')} = ${q('_ag')})`,
    ];
    const using = d.name === 'clickhouse' ? `USING ${q('_cust')}` : `USING (${q('_cust')})`;
    return `SELECT ${q('_rid')} FROM (${a}) AS ${q('_ja')} ${d.innerJoin} (${b}) AS ${q('_jb')} ${using} WHERE ${conditions.join(' AND ')}`;
  }

  /** The states query of the table's metrics with one period timestamp. */
  states(code: number, indexes: readonly number[]): CompiledQuery {
    const { q, d } = this;
    this.params = new Params(d);
    this.business =
      this.work === undefined ? undefined : new BusinessTimeSql(d, this.params, this.work);
    const metrics = this.plan.metrics;
    const repeats = indexes.some((i) => (metrics[i] as AnyMetric).needs?.includes('repeatFaults'));
    const rows = this.rows(code, repeats);
    const aggregates = [`${d.countWhere(d.name === 'clickhouse' ? '1' : 'TRUE')} AS ${q('_n')}`];
    for (const i of indexes) {
      aggregates.push(...this.measureAggregates(i, (metrics[i] as AnyMetric).measure as Measure));
    }
    const aggs = aggregates.join(', ');
    const g = `CAST(${q('_g')} AS ${d.name === 'clickhouse' ? 'Nullable(String)' : d.name === 'postgres' ? 'TEXT' : 'VARCHAR'})`;
    const pType =
      this.table === 'agents' || this.table === 'customers'
        ? d.name === 'clickhouse'
          ? 'Nullable(String)'
          : d.name === 'postgres'
            ? 'TEXT'
            : 'VARCHAR'
        : d.name === 'clickhouse'
          ? 'Nullable(Int64)'
          : 'BIGINT';
    const pc = `CAST(${q('_p')} AS ${pType})`;
    const nullG = `CAST(NULL AS ${d.name === 'clickhouse' ? 'Nullable(String)' : d.name === 'postgres' ? 'TEXT' : 'VARCHAR'})`;
    const nullP = `CAST(NULL AS ${pType})`;
    const grouped = this.plan.grouped;
    const periodic = this.plan.period !== undefined;
    const keyed = this.table === 'agents' || this.table === 'customers';
    // Agent and customer records carry a period key: cells come back by key and are merged in JS
    // (their metrics have no quantiles). Tickets and calls get every level from the database.
    const levels: [string, string, string, string][] = [];
    if (keyed || (grouped && periodic)) levels.push(['c', g, pc, `${q('_g')}, ${q('_p')}`]);
    if (!keyed) {
      if (grouped) levels.push(['g', g, nullP, q('_g')]);
      if (periodic) levels.push(['p', nullG, pc, q('_p')]);
      levels.push(['a', nullG, nullP, '']);
    }
    const source = d.ctes ? q('_rows') : `(${rows}) AS ${q('_r')}`;
    const selects = levels.map(
      ([level, gSql, pSql, groupBy]) =>
        `SELECT ${d.constant(level)} AS ${q('_level')}, ${gSql} AS ${q('_gk')}, ${pSql} AS ${q('_pk')}, ${aggs} FROM ${source}${groupBy === '' ? '' : ` GROUP BY ${groupBy}`}`,
    );
    const body = selects.join(' UNION ALL ');
    const work =
      this.business !== undefined && d.name === 'duckdb' ? `${this.business.cte()}, ` : '';
    const sql = d.ctes ? `WITH ${work}${q('_rows')} AS (${rows}) ${body}` : body;
    return {
      purpose: 'states',
      table: this.table,
      metrics: indexes,
      sql,
      params: d.name === 'clickhouse' ? [] : this.params.values.slice(),
    };
  }

  /** Aggregates of one metric's state; columns `s<i>_<part>`. */
  private measureAggregates(i: number, m: Measure): string[] {
    const { d, q } = this;
    const s = this.scope();
    const col = (part: string) => q(`s${i}_${part}`);
    const and = (...ps: string[]) => `(${ps.join(' AND ')})`;
    const not = (x: string) => `(NOT ${x})`;
    const where = m.where === undefined ? undefined : predicateSql(m.where, s);
    const population = predicateSql(m.population, s);
    const scope = where === undefined ? population : and(where, population);
    const count = (pred: string) => d.countWhere(pred);
    const caseOf = (pred: string, value: string) => `CASE WHEN ${pred} THEN ${value} ELSE NULL END`;
    switch (m.kind) {
      case 'ratio': {
        const hit = predicateSql(m.hit, s);
        const censor = m.censor === undefined ? undefined : predicateSql(m.censor, s);
        const miss =
          censor === undefined ? and(scope, not(hit)) : and(scope, not(hit), not(censor));
        const out = [
          `${count(and(scope, hit))} AS ${col('hits')}`,
          `${count(miss)} AS ${col('misses')}`,
        ];
        out.push(
          censor === undefined
            ? `${count(d.name === 'clickhouse' ? '0' : 'FALSE')} AS ${col('censored')}`
            : `${count(and(scope, not(hit), censor))} AS ${col('censored')}`,
        );
        return out;
      }
      case 'count': {
        const hit = predicateSql(m.hit, s);
        return [
          `${count(scope)} AS ${col('considered')}`,
          `${count(and(scope, hit))} AS ${col('count')}`,
        ];
      }
      case 'mean': {
        const value = valueSql(m.value, s);
        const inside = and(scope, `(${value} IS NOT NULL)`);
        // As a double before squaring: a BIGINT duration over ~35 days would overflow v × v.
        const v = d.castDouble(caseOf(inside, value));
        const censor = m.censor === undefined ? undefined : predicateSql(m.censor, s);
        const out = [
          `${count(inside)} AS ${col('n')}`,
          `${d.sumDouble(v)} AS ${col('sum')}`,
          `${d.sumDouble(`(${v}) * (${v})`)} AS ${col('sumsq')}`,
          censor === undefined
            ? `${count(d.name === 'clickhouse' ? '0' : 'FALSE')} AS ${col('censored')}`
            : `${count(and(not(inside), where ?? (d.name === 'clickhouse' ? '1' : 'TRUE'), censor))} AS ${col('censored')}`,
        ];
        if (m.quantiles === true) {
          const [q50, q90] = d.quantiles(caseOf(inside, d.castDouble(value)), `_s${i}`);
          out.push(`${q50} AS ${col('q50')}`, `${q90} AS ${col('q90')}`);
        }
        return out;
      }
      case 'sumRatio':
        return [
          `${d.sumDouble(caseOf(scope, valueSql(m.numerator, s)))} AS ${col('num')}`,
          `${d.sumDouble(caseOf(scope, valueSql(m.denominator, s)))} AS ${col('den')}`,
          `${count(scope)} AS ${col('records')}`,
        ];
      case 'nps': {
        const score = valueSql(m.score, s);
        const inside = and(scope, `(${score} IS NOT NULL)`);
        return [
          `${count(and(inside, d.notNull(`(${score} >= 9)`)))} AS ${col('pro')}`,
          `${count(and(inside, d.notNull(`(${score} >= 7 AND ${score} < 9)`)))} AS ${col('pas')}`,
          `${count(and(inside, d.notNull(`(${score} < 7)`)))} AS ${col('det')}`,
        ];
      }
    }
  }

  /**
   * How many rows carry each canonical field (non-NULL), over every row of the table: like the JS
   * engine's `recorded`, before `where` and exclusions. Columns `_n` and `f0`, `f1`, … in
   * {@link presenceFields} order; for tickets also `_finished`, the resolved or closed ones.
   */
  presence(): CompiledQuery {
    const { q, d } = this;
    this.params = new Params(d);
    const cols = presenceFields(this.table).map((name, i) => `count(${q(name)}) AS ${q(`f${i}`)}`);
    if (this.table === 'tickets') {
      const p = (v: string) => d.constant(v);
      cols.push(
        `${d.countWhere(d.notNull(`(${q('status')} IN (${p('resolved')}, ${p('closed')}))`))} AS ${q('_finished')}`,
      );
    }
    // One scan for both: the accepted rows' presence (the group whose `_reject` is NULL) and the
    // rejected rows per first broken rule (the other groups; their field counts are not read).
    const checked = checkedSource(this.table, this.target, d, this.params);
    const sql = `SELECT ${q(REJECT_COLUMN)} AS ${q('_reason')}, count(*) AS ${q('_n')}, ${cols.join(', ')} FROM (${checked}) AS ${q('_f')} GROUP BY ${q(REJECT_COLUMN)}`;
    return {
      purpose: 'presence',
      table: this.table,
      metrics: [],
      sql,
      params: d.name === 'clickhouse' ? [] : this.params.values.slice(),
    };
  }

  /** Records, exclusions by reason, open and ungrouped tickets of the table. */
  counts(hasMetrics: boolean): CompiledQuery {
    const { q, d } = this;
    this.params = new Params(d);
    const p = (v: string) => d.constant(v);
    let inner = this.canonical();
    const tr = d.name === 'clickhouse' ? '1' : 'TRUE';
    const kept = this.table === 'tickets' ? `${q('excluded')} IS NULL` : tr;
    const cols = [`${d.countWhere(kept)} AS ${q('records')}`];
    if (this.table === 'tickets') {
      for (const reason of ['duplicate', 'spam', 'merged', 'test'])
        cols.push(
          `${d.countWhere(d.notNull(`(${q('excluded')} = ${p(reason)})`))} AS ${q(`excluded_${reason}`)}`,
        );
      cols.push(
        `${d.countWhere(`(${kept} AND ${d.notNull(`(${q('status')} IN (${p('open')}, ${p('pending')}))`)})`)} AS ${q('open')}`,
      );
      // `where` may read _resolved / _open.
      inner = `SELECT *, ${d.notNull(`(${q('status')} IN (${p('resolved')}, ${p('closed')}) AND ${q('resolvedAt')} IS NOT NULL)`)} AS ${q('_resolved')}, ${d.notNull(`(${q('status')} IN (${p('open')}, ${p('pending')}))`)} AS ${q('_open')} FROM (${inner}) AS ${q('_k')}`;
    }
    if (hasMetrics && this.plan.grouped)
      cols.push(`${d.countWhere(`(${kept} AND ${this.groupKey()} IS NULL)`)} AS ${q('ungrouped')}`);
    const sql = `SELECT ${cols.join(', ')} FROM (${inner}) AS ${q('_k2')} WHERE ${tr}${this.where()}`;
    return {
      purpose: 'counts',
      table: this.table,
      metrics: [],
      sql,
      params: d.name === 'clickhouse' ? [] : this.params.values.slice(),
    };
  }
}

/** The canonical fields whose presence the `presence` query counts, in declaration order. */
export function presenceFields(table: TableName): readonly string[] {
  return Object.keys(recordTables[table].fields);
}

/**
 * The statement that finds the instants the tickets span (`CompileTarget.range`, needed with a
 * business calendar): one row `{ lo, hi1, hi2, hi3 }` — the earliest `createdAt` and the latest
 * `createdAt`, `firstResponseAt` and `resolvedAt` (epoch ms; NULL for no tickets).
 *
 * @example
 * const { sql, params } = compileRangeQuery({ dialect: 'postgres' });
 * const [row] = await pgRunner(pool).query(sql, params); // { lo, hi1, hi2, hi3 }
 * // what evaluateSql then compiles with: range = { from: lo, to: max(hi1, hi2, hi3) }
 */
export function compileRangeQuery(target: CompileTarget): CompiledQuery {
  const d = dialects[target.dialect];
  const params = new Params(d);
  // Accepted rows only: a rejected "never" placeholder (9999-12-31) must not stretch the range.
  const canonical = acceptedQuery('tickets', target, d, params);
  const q = (id: string) => d.quote(id);
  const sql = `SELECT min(${q('createdAt')}) AS ${q('lo')}, max(${q('createdAt')}) AS ${q('hi1')}, max(${q('firstResponseAt')}) AS ${q('hi2')}, max(${q('resolvedAt')}) AS ${q('hi3')} FROM (${canonical}) AS ${q('_range')}`;
  return {
    purpose: 'counts',
    table: 'tickets',
    metrics: [],
    sql,
    params: d.name === 'clickhouse' ? [] : params.values.slice(),
  };
}

/** A table as canonical columns, and its impossible period keys (see `CompileTarget.badPeriods`). */
function canonicalSource(table: TableName, target: CompileTarget, d: Dialect, params: Params) {
  const available = target.available?.[table];
  const canonical = canonicalQuery(
    table,
    target.tables?.[table],
    available === undefined ? undefined : new Set(available),
    d,
    params,
  );
  const bad = table === 'agents' || table === 'customers' ? target.badPeriods?.[table] : undefined;
  return { canonical, bad: bad ?? [] };
}

/** A table as canonical columns with the data contract's `_reject` column (see `contract.ts`). */
function checkedSource(
  table: TableName,
  target: CompileTarget,
  d: Dialect,
  params: Params,
): string {
  const { canonical, bad } = canonicalSource(table, target, d, params);
  return checkedQuery(table, canonical, d, params, bad);
}

/** The rows of a table that keep the data contract, as canonical columns. */
function acceptedQuery(
  table: TableName,
  target: CompileTarget,
  d: Dialect,
  params: Params,
): string {
  const { canonical, bad } = canonicalSource(table, target, d, params);
  return acceptedRows(table, canonical, d, params, bad);
}

/**
 * The distinct period keys of the keyed tables (`agents`, `customers`; those in `present`, all
 * by default) that have a key's shape, as rows `{ t, period }`: `evaluateSql` checks each with
 * `parsePeriodKey` and passes the impossible ones (`2026-02-30`) as `CompileTarget.badPeriods`.
 * `undefined` when neither table exists.
 *
 * @example
 * const query = compilePeriodKeysQuery({ dialect: 'duckdb' }); // rows { t: 'agents', period: '2026-03' } …
 */
export function compilePeriodKeysQuery(target: CompileTarget): CompiledQuery | undefined {
  const d = dialects[target.dialect];
  const params = new Params(d);
  const q = (id: string) => d.quote(id);
  const keyed = (['agents', 'customers'] as const).filter(
    (t) => target.present === undefined || target.present.includes(t),
  );
  if (keyed.length === 0) return undefined;
  const selects = keyed.map((table) => {
    const checked = checkedSource(table, { ...target, badPeriods: undefined }, d, params);
    return `SELECT DISTINCT ${d.constant(table)} AS ${q('t')}, ${q('period')} AS ${q('period')} FROM (${checked}) AS ${q(`_keys_${table}`)} WHERE ${q(REJECT_COLUMN)} IS NULL OR ${q(REJECT_COLUMN)} <> ${d.constant('period:period')}`;
  });
  return {
    purpose: 'counts',
    table: keyed[0] as TableName,
    metrics: [],
    sql: selects.join(' UNION ALL '),
    params: d.name === 'clickhouse' ? [] : params.values.slice(),
  };
}

/**
 * A sample of the rows the data contract rejects: the host table's canonical columns and
 * `_reject` (`field:rule`), at most `limit` rows (which ones is the database's choice).
 *
 * @example
 * const { sql, params } = compileRejectedRowsQuery({ dialect: 'postgres' }, 'tickets', 20);
 */
export function compileRejectedRowsQuery(
  target: CompileTarget,
  table: TableName,
  limit = 20,
): CompiledQuery {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(
      `compileRejectedRowsQuery: limit ${String(limit)} must be a whole number ≥ 1.`,
    );
  const d = dialects[target.dialect];
  const params = new Params(d);
  const checked = checkedSource(table, target, d, params);
  const sql = `SELECT * FROM (${checked}) AS ${d.quote('_rejected')} WHERE ${d.quote(REJECT_COLUMN)} IS NOT NULL LIMIT ${limit}`;
  return {
    purpose: 'rejected',
    table,
    metrics: [],
    sql,
    params: d.name === 'clickhouse' ? [] : params.values.slice(),
  };
}
