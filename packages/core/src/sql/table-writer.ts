// The statements of one table: its rows as the metrics read them (canonical, derived ticket
// columns, filtered, with their group and period), the states query per period timestamp, the
// counts query and the presence query.
import { keyFields } from '../data/keys';
import { recordTables } from '../data/tables';
import type { TableName } from '../data/types';
import type { Measure } from '../metrics/expr/types';
import type { AnyMetric, MetricSettings } from '../metrics/types';
import type { SlaPolicy } from '../sla/policy';
import { BusinessTimeSql, type WorkTable } from './business-time';
import type {
  CompiledQuery,
  CompileTarget,
  EvaluationPlan,
  SqlEvaluateOptions,
} from './compile-types';
import { REJECT_COLUMN } from './contract';
import { type Dialect, Params } from './dialect';
import { type ExprScope, predicateSql } from './expr';
import { measureAggregates } from './measure-aggregates';
import { groupKey, periodOrdinal } from './period-group';
import { acceptedQuery, checkedSource } from './table-source';
import { type TicketColumns, withTicketColumns } from './ticket-columns';

/** Writes the statements of one table. */
export class TableWriter {
  /** Bound values of the statement being written (a new list per statement). */
  private params: Params;
  /** Business time of the statement being written (with a calendar). */
  private business: BusinessTimeSql | undefined;
  private readonly q: (id: string) => string;

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
      inner = withTicketColumns(inner, repeats, this.ticketColumns());
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
          : periodOrdinal(instant(), this.plan, d, this.params);
    const group = this.plan.grouped
      ? groupKey(this.table, this.options.groupBy as string, d, this.params)
      : d.nullOf('text');
    return `SELECT *, ${group} AS ${q('_g')}, ${period} AS ${q('_p')} FROM (${inner}) AS ${q('_c')} WHERE ${filter}${this.where()}`;
  }

  /** What the derived ticket columns of the statement being written are written with. */
  private ticketColumns(): TicketColumns {
    return {
      d: this.d,
      params: this.params,
      sla: this.options.sla as SlaPolicy,
      business: this.business,
      asOf: this.plan.asOf,
      repeatWindowMs: this.settings.repeatWindowMs,
      canonical: () => this.canonical(),
    };
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
      aggregates.push(
        ...measureAggregates(i, (metrics[i] as AnyMetric).measure as Measure, this.scope()),
      );
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

  /**
   * How many rows carry each canonical field (non-NULL), over every row of the table: like the JS
   * engine's `recorded`, before `where` and exclusions. Columns `_n` and `f0`, `f1`, … in
   * {@link presenceFields} order; `_keys`, the distinct record keys (id; agents and customers: id
   * and period), so that `_n - _keys` of the accepted rows are duplicates; for tickets also
   * `_finished`, the resolved or closed ones.
   */
  presence(): CompiledQuery {
    const { q, d } = this;
    this.params = new Params(d);
    const cols = presenceFields(this.table).map((name, i) => `count(${q(name)}) AS ${q(`f${i}`)}`);
    cols.push(`${d.distinctCount(keyFields(this.table).map(q))} AS ${q('_keys')}`);
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
      cols.push(
        `${d.countWhere(`(${kept} AND ${groupKey(this.table, this.options.groupBy as string, d, this.params)} IS NULL)`)} AS ${q('ungrouped')}`,
      );
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
