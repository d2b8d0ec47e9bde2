// Reads the rows of the compiled statements back: each metric's state per level into `evaluate`'s
// `Evaluation` (finished by the same `result` code), the counts and field presence beside it, and
// the rows the data contract rejected into the `rejected` report.
import { recordTables } from '../data/tables';
import type { ExclusionReason, TableName } from '../data/types';
import { assembleEvaluation, NO_PERIOD, type States } from '../evaluate/assemble';
import { withRecorded } from '../evaluate/recorded';
import type { Evaluation } from '../evaluate/types';
import type { Measure } from '../metrics/expr/types';
import type { AnyMetric } from '../metrics/types';
import { createPeriodIndexer, type PeriodIndexer } from '../time/period';
import { type CompiledEvaluation, type CompiledQuery, tableNames } from './compile-types';
import {
  parseRejectLabel,
  type SqlRejected,
  type SqlRejectedReason,
  type SqlTableCounts,
} from './contract';
import type { SqlRow } from './runner';
import { presenceFields } from './table-writer';

/** One statement and the rows it gave. */
export interface StatementRows {
  query: CompiledQuery;
  rows: readonly SqlRow[];
}

/** The `rejected` report from the `presence` queries' rows (`{ _reason, _n }`; NULL: accepted). */
export function rejectedOf(results: readonly StatementRows[]): SqlRejected {
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
 * Per table, the accepted rows beyond the first of each record key (`_n - _keys` of the presence
 * query's accepted group); tables without any are left out.
 */
export function duplicatesOf(results: readonly StatementRows[]): Map<TableName, number> {
  const found = new Map<TableName, number>();
  for (const { query, rows } of results) {
    if (query.purpose !== 'presence') continue;
    for (const row of rows) {
      if (row._reason !== null && row._reason !== undefined) continue;
      const extra = count(row._n) - count(row._keys);
      if (extra > 0) found.set(query.table, extra);
    }
  }
  return found;
}

/** A number from a client's value (bigint, decimal string, number); `null` for NULL. */
export function num(v: unknown): number | null {
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

/** Records, exclusions, open tickets and field presence per table, as the other queries give them. */
interface Tallies {
  readonly records: Record<TableName, number>;
  readonly ungrouped: Record<TableName, number>;
  readonly unattributed: Record<TableName, number>;
  readonly excludedByReason: Record<ExclusionReason, number>;
  openTickets: number;
  finishedTickets: boolean;
  readonly carried: Record<TableName, readonly string[]>;
}

function newTallies(): Tallies {
  const zero = () => ({ tickets: 0, calls: 0, agents: 0, customers: 0 });
  return {
    records: zero(),
    ungrouped: zero(),
    unattributed: zero(),
    excludedByReason: { duplicate: 0, spam: 0, merged: 0, test: 0 },
    openTickets: 0,
    finishedTickets: false,
    carried: { tickets: [], calls: [], agents: [], customers: [] },
  };
}

/** The fields the accepted rows carry, from a `presence` query (`_reason` NULL: the accepted). */
function readPresence(t: Tallies, table: TableName, rows: readonly SqlRow[]): void {
  const row = rows.find((r) => r._reason === null || r._reason === undefined) ?? {};
  const always = recordTables[table].fields as Readonly<Record<string, { presence: string }>>;
  t.carried[table] =
    count(row._n) === 0
      ? []
      : presenceFields(table).filter(
          (name, i) => always[name]?.presence !== 'optional' || count(row[`f${i}`]) > 0,
        );
  if (table === 'tickets') t.finishedTickets = count(row._finished) > 0;
}

/** Records, exclusions by reason, open and ungrouped records, from a `counts` query. */
function readCounts(t: Tallies, table: TableName, rows: readonly SqlRow[]): void {
  const row = rows[0] ?? {};
  t.records[table] = count(row.records);
  if (table === 'tickets') {
    for (const reason of Object.keys(t.excludedByReason) as ExclusionReason[])
      t.excludedByReason[reason] = count(row[`excluded_${reason}`]);
    t.openTickets = count(row.open);
  }
  t.ungrouped[table] = count(row.ungrouped);
}

/**
 * The metrics' states per level — cells, group totals, period totals, overall — as the `states`
 * queries' rows fill them, with the group keys and period ordinals in the order they come.
 */
class LevelStates {
  readonly groupKeys = [''];
  private readonly groupIndex = new Map<string, number>();
  readonly periodOrdinals = [Number.NaN];
  private readonly periodSlot = new Map<number, number>();
  readonly cells = new Map<string, States>();
  readonly groupTotals = new Map<number, States>();
  readonly periodTotals = new Map<number, States>();
  readonly overall: States;

  constructor(
    private readonly metrics: readonly AnyMetric[],
    private readonly indexer: PeriodIndexer | undefined,
  ) {
    this.overall = this.init();
    if (indexer === undefined) this.slotOf(0);
  }

  /** Every metric's initial state. */
  init(): States {
    return this.metrics.map((m) => m.accumulator.init());
  }

  private groupOf(key: unknown): number {
    if (key === null || key === undefined) return 0;
    const k = String(key);
    let g = this.groupIndex.get(k);
    if (g === undefined) {
      g = this.groupKeys.length;
      this.groupIndex.set(k, g);
      this.groupKeys.push(k);
    }
    return g;
  }

  private slotOf(ordinal: number): number {
    let s = this.periodSlot.get(ordinal);
    if (s === undefined) {
      s = this.periodOrdinals.length;
      this.periodSlot.set(ordinal, s);
      this.periodOrdinals.push(ordinal);
    }
    return s;
  }

  private at<K>(map: Map<K, States>, key: K): States {
    let states = map.get(key);
    if (states === undefined) {
      states = this.init();
      map.set(key, states);
    }
    return states;
  }

  /**
   * Fills the states from the rows of a `states` query. Tickets and calls come back per level
   * (`_level` c, g, p or a); agents and customers by period key, merged into every level here
   * (a key of a coarser period than the evaluation's is counted in `unattributed`).
   */
  add(
    query: CompiledQuery,
    rows: readonly SqlRow[],
    grouped: boolean,
    unattributed: Record<TableName, number>,
  ): void {
    const { metrics, indexer } = this;
    const table = query.table;
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
        const g = this.groupOf(grouped ? row._gk : null);
        let slot = 1;
        if (indexer !== undefined) {
          const ordinal = indexer.ordinalOfKey(String(row._pk));
          slot = ordinal === undefined ? NO_PERIOD : this.slotOf(ordinal);
          if (slot === NO_PERIOD) unattributed[table] += count(row._n);
        }
        fill(this.at(this.cells, `${g}:${slot}`), true);
        fill(this.at(this.groupTotals, g), true);
        if (slot !== NO_PERIOD) fill(this.at(this.periodTotals, slot), true);
        fill(this.overall, true);
        continue;
      }
      const slot = () => (indexer === undefined ? 1 : this.slotOf(count(row._pk)));
      if (level === 'c') fill(this.at(this.cells, `${this.groupOf(row._gk)}:${slot()}`), false);
      else if (level === 'g') fill(this.at(this.groupTotals, this.groupOf(row._gk)), false);
      else if (level === 'p') fill(this.at(this.periodTotals, slot()), false);
      else fill(this.overall, false);
    }
  }
}

/** Turns the statements' rows into the `Evaluation` that `evaluate` would give. */
export function assemble(
  compiled: CompiledEvaluation,
  results: readonly StatementRows[],
  declared: readonly string[],
): Evaluation {
  const { metrics, asOf, timeZone, period, grouped } = compiled.plan;
  const indexer = period === undefined ? undefined : createPeriodIndexer(period, timeZone);
  const levels = new LevelStates(metrics, indexer);
  const t = newTallies();
  for (const { query, rows } of results) {
    if (query.purpose === 'presence') readPresence(t, query.table, rows);
    else if (query.purpose === 'counts') readCounts(t, query.table, rows);
    else levels.add(query, rows, grouped, t.unattributed);
  }
  const evaluation = assembleEvaluation({
    metrics,
    groupKeys: levels.groupKeys,
    grouped,
    indexer,
    periodOrdinals: levels.periodOrdinals,
    cell: (g, slot) => levels.cells.get(`${g}:${slot}`),
    groupTotal: (g) => levels.groupTotals.get(g) ?? levels.init(),
    periodTotal: (slot) => levels.periodTotals.get(slot) ?? levels.init(),
    overall: () => levels.overall,
    excludedByReason: t.excludedByReason,
    openTickets: t.openTickets,
    ungrouped: t.ungrouped,
    unattributed: t.unattributed,
    records: t.records,
    asOf,
    timeZone,
    period,
  });
  return withRecorded(evaluation, metrics, t.carried, declared, t.finishedTickets);
}
