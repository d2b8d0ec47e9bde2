import type { ExclusionReason, ServiceRecord, ServiceTicket, TableName } from '../data/types';
import { isOpen, isResolved } from '../data/types';
import type { AnyMetric, EvalContext } from '../metrics/types';
import { resolveSlaOption } from '../sla/policy';
import { createPeriodIndexer, type PeriodBounds, type PeriodIndexer } from '../time/period';
import { assertTimeZone } from '../time/zone';
import { assembleEvaluation, mergeStates, NO_PERIOD, type States } from './assemble';
import { PlainContext, TicketContext } from './context';
import { walk } from '../metrics/expr/build';
import { compilePredicate } from '../metrics/expr/compile-js';
import type { Expr } from '../metrics/expr/types';
import {
  checkEvaluateKeys,
  checkPeriod,
  type GroupKeyOf,
  groupKeyOf,
  resolveAsOf,
  resolveMetrics,
  resolveSettings,
} from './options';
import type { Evaluation, EvaluateOptions, WhereFilters } from './types';

/** Ticket timestamp codes. */
const T_CREATED = 0;
const T_RESOLVED = 1;
const T_SURVEYED = 2;

type AddFn = (state: unknown, record: unknown, ctx: EvalContext) => void;
type Counts = Record<TableName, number>;
const zeroCounts = (): Counts => ({ tickets: 0, calls: 0, agents: 0, customers: 0 });

/**
 * The evaluation engine behind `evaluate` and the one-pass `evaluateRecords`: records go in one at
 * a time and feed every requested metric's accumulator for the cell (group × period) they belong
 * to; `finish` merges cells into group, period and overall values (exact pooled merges, never
 * averages of averages).
 *
 * Metrics that declare they need repeat-fault outcomes (`needs: ['repeatFaults']`: a repeat is a
 * later ticket) are set aside during a one-pass run and fed afterwards by {@link replayTicket},
 * once {@link TicketContext.repeats} is known.
 */
export class EvaluationEngine {
  readonly asOf: number;
  readonly timeZone: string;
  readonly metrics: readonly AnyMetric[];
  readonly ticketCtx: TicketContext;
  private readonly options: EvaluateOptions;
  private readonly nMetrics: number;
  /** Each metric's `accumulator.add`, looked up once. */
  private readonly adds: readonly AddFn[];
  private readonly keyOf: GroupKeyOf | undefined;
  private readonly indexer: PeriodIndexer | undefined;
  private readonly where: CompiledWhere;
  private readonly plain: PlainContext;

  // cells[group][periodSlot] = one state per metric (group 0 = no group; slot 0 = no period).
  private readonly cells: (States | undefined)[][] = [[]];
  private readonly groupIndex = new Map<string, number>();
  private readonly groupKeys: string[] = [''];
  private readonly periodSlot = new Map<number, number>();
  private readonly periodOrdinals: number[] = [Number.NaN];
  private readonly periodCache = new Map<string, number>();

  /** Ticket metrics fed in the pass, their timestamp codes, and those set aside for the replay. */
  private ticketMetrics: number[];
  private ticketCodes: Int8Array;
  private readonly deferred: number[] = [];
  private readonly deferredCodes: number[] = [];
  private readonly tableMetrics: Record<Exclude<TableName, 'tickets'>, number[]>;
  /** States of the current ticket's cell per timestamp code (`undefined`: not looked up yet). */
  private readonly codeStates: (States | undefined)[] = [undefined, undefined, undefined];
  /** Per timestamp code (3 = calls): the period range seen last and its slot (see `slotFor`). */
  private readonly cacheStart = new Float64Array(4).fill(Number.NaN);
  private readonly cacheEnd = new Float64Array(4).fill(Number.NaN);
  private readonly cacheSlot = new Int32Array(4);
  /** Per slot: its cacheable range, `null` when it has none, `undefined` before it is asked. */
  private readonly slotRanges: (PeriodBounds | null | undefined)[] = [];

  private readonly excludedByReason: Record<ExclusionReason, number> = {
    duplicate: 0,
    spam: 0,
    merged: 0,
    test: 0,
  };
  private readonly ungrouped = zeroCounts();
  private readonly unattributed = zeroCounts();
  private readonly records = zeroCounts();
  private openTickets = 0;

  /** @throws RangeError / TypeError for a bad option, naming it. */
  constructor(options: EvaluateOptions) {
    if (typeof options !== 'object' || options === null)
      throw new TypeError(
        'evaluate(dataset, options): options must be an object with at least `metrics`.',
      );
    checkEvaluateKeys(options);
    this.options = options;
    this.asOf = resolveAsOf(options.asOf);
    const metrics = resolveMetrics(options.metrics);
    this.metrics = metrics;
    this.nMetrics = metrics.length;
    this.adds = metrics.map((m) => m.accumulator.add.bind(m.accumulator) as AddFn);
    const settings = resolveSettings(options);
    checkPeriod(options.period);
    this.timeZone = assertTimeZone(options.timeZone ?? 'UTC');
    this.keyOf = groupKeyOf(options.groupBy);
    this.indexer = options.period ? createPeriodIndexer(options.period, this.timeZone) : undefined;
    this.where = compileWhere(options.where);
    this.ticketCtx = new TicketContext(
      this.asOf,
      settings,
      resolveSlaOption(options.sla),
      options.calendar,
    );
    this.plain = new PlainContext(this.asOf, settings);
    if (this.indexer === undefined) this.slotOfOrdinal(0);

    this.ticketMetrics = indicesOf(metrics, 'tickets');
    this.ticketCodes = Int8Array.from(this.ticketMetrics, (m) => timestampCode(metrics[m]));
    this.tableMetrics = {
      calls: indicesOf(metrics, 'calls'),
      agents: indicesOf(metrics, 'agents'),
      customers: indicesOf(metrics, 'customers'),
    };
  }

  /** Whether any metric of `table` was asked for (else its records are only counted). */
  hasMetrics(table: TableName): boolean {
    return table === 'tickets'
      ? this.ticketMetrics.length + this.deferred.length > 0
      : this.tableMetrics[table].length > 0;
  }

  /** Metrics set aside until every ticket is known (see {@link replayTicket}). */
  get hasDeferred(): boolean {
    return this.deferred.length > 0;
  }

  /**
   * Feeds one ticket. `index` is its index in the host's table, `row` its row in the repeat-fault
   * outcomes. The ticket is only read during the call (a reused object is fine).
   */
  addTicket(t: ServiceTicket, index: number, row: number): void {
    const filter = this.where.tickets;
    if (filter !== undefined && !filter(t, this.plain)) return;
    if (t.excluded !== undefined) {
      this.excludedByReason[t.excluded]++;
      return;
    }
    this.records.tickets++;
    if (isOpen(t)) this.openTickets++;
    const metricIds = this.ticketMetrics;
    if (metricIds.length === 0) {
      // Only metrics set aside for the replay: the ticket's group is still counted here, once.
      if (this.deferred.length > 0) this.groupOf(t, 'tickets', true);
      return;
    }
    const ctx = this.ticketCtx;
    ctx.begin(t, index, row);
    const g = this.groupOf(t, 'tickets', true);
    const codeStates = this.codeStates;
    codeStates[0] = undefined;
    codeStates[1] = undefined;
    codeStates[2] = undefined;
    const codes = this.ticketCodes;
    const adds = this.adds;
    for (let k = 0; k < metricIds.length; k++) {
      const m = metricIds[k] as number;
      const code = codes[k] as number;
      let states = codeStates[code];
      if (states === undefined) {
        const p = this.indexer === undefined ? 1 : this.slotFor(ticketInstant(t, code, ctx), code);
        states = this.cellStates(g, p);
        codeStates[code] = states;
      }
      (adds[m] as AddFn)(states[m], t, ctx);
    }
    ctx.begin(null, -1, -1);
  }

  /**
   * Feeds one ticket to the metrics set aside, once `ticketCtx.repeats` is known. Call it for the
   * same tickets, in any order, as {@link addTicket} was called for.
   */
  replayTicket(t: ServiceTicket, index: number, row: number): void {
    const filter = this.where.tickets;
    if (t.excluded !== undefined || (filter !== undefined && !filter(t, this.plain))) return;
    const ctx = this.ticketCtx;
    ctx.begin(t, index, row);
    const g = this.groupOf(t, 'tickets', false);
    const metrics = this.metrics;
    for (let k = 0; k < this.deferred.length; k++) {
      const m = this.deferred[k] as number;
      const code = this.deferredCodes[k] as number;
      const p = this.indexer === undefined ? 1 : this.slotFor(ticketInstant(t, code, ctx), code);
      (metrics[m] as AnyMetric).accumulator.add(this.cellStates(g, p)[m], t, ctx);
    }
    ctx.begin(null, -1, -1);
  }

  /** Feeds one call, agent or customer record (read only during the call). */
  addRecord(table: Exclude<TableName, 'tickets'>, r: ServiceRecord, index: number): void {
    const filter = this.where[table];
    if (filter !== undefined && !filter(r, this.plain)) return;
    this.records[table]++;
    const own = this.tableMetrics[table];
    if (own.length === 0) return;
    const plain = this.plain;
    plain.index = index;
    const g = this.groupOf(r, table, true);
    const indexer = this.indexer;
    let p: number;
    if (indexer === undefined) p = 1;
    else if (table === 'calls') p = this.slotFor((r as { startedAt: number }).startedAt, 3);
    else {
      const key = (r as { period: string }).period;
      let cached = this.periodCache.get(key);
      if (cached === undefined) {
        const ordinal = indexer.ordinalOfKey(key);
        cached = ordinal === undefined ? NO_PERIOD : this.slotOfOrdinal(ordinal);
        this.periodCache.set(key, cached);
      }
      p = cached;
      if (p === NO_PERIOD) this.unattributed[table]++;
    }
    const states = this.cellStates(g, p);
    const metrics = this.metrics;
    for (let k = 0; k < own.length; k++) {
      const m = own[k] as number;
      (metrics[m] as AnyMetric).accumulator.add(states[m], r, plain as EvalContext);
    }
  }

  /** Sets a metric aside for the replay and forgets what it accumulated so far. */
  private defer(m: number): void {
    const k = this.ticketMetrics.indexOf(m);
    if (k < 0) return;
    this.deferred.push(m);
    this.deferredCodes.push(this.ticketCodes[k] as number);
    this.ticketMetrics = this.ticketMetrics.filter((x) => x !== m);
    this.ticketCodes = Int8Array.from(this.ticketMetrics, (x) => timestampCode(this.metrics[x]));
    const metric = this.metrics[m] as AnyMetric;
    for (const row of this.cells)
      for (const states of row) if (states) states[m] = metric.accumulator.init();
  }

  /**
   * Sets aside, before a one-pass run, the metrics that need repeat faults, and says whether there
   * were any (the caller then collects what the pre-pass needs as it reads).
   */
  deferRepeatMetrics(): boolean {
    for (const m of [...this.ticketMetrics]) {
      if ((this.metrics[m] as AnyMetric).needs?.includes('repeatFaults')) this.defer(m);
    }
    return this.deferred.length > 0;
  }

  private cellStates(g: number, p: number): States {
    const row = this.cells[g] as (States | undefined)[];
    let states = row[p];
    if (states === undefined) {
      const n = this.nMetrics;
      states = new Array(n);
      for (let m = 0; m < n; m++) states[m] = (this.metrics[m] as AnyMetric).accumulator.init();
      row[p] = states;
    }
    return states;
  }

  private groupOf(record: ServiceRecord, table: TableName, count: boolean): number {
    const keyOf = this.keyOf;
    if (keyOf === undefined) return 0;
    const key = keyOf(record, table);
    if (key === undefined) {
      if (count) this.ungrouped[table]++;
      return 0;
    }
    let g = this.groupIndex.get(key);
    if (g === undefined) {
      g = this.groupKeys.length;
      this.groupIndex.set(key, g);
      this.groupKeys.push(key);
      this.cells.push([]);
    }
    return g;
  }

  private slotOfOrdinal(ordinal: number): number {
    let p = this.periodSlot.get(ordinal);
    if (p === undefined) {
      p = this.periodOrdinals.length;
      this.periodSlot.set(ordinal, p);
      this.periodOrdinals.push(ordinal);
    }
    return p;
  }

  /**
   * The period slot of an instant. Records mostly come in time order, so each timestamp code keeps
   * the range of the period it saw last: an instant inside it costs two comparisons.
   */
  private slotFor(ms: number, code: number): number {
    if (ms >= (this.cacheStart[code] as number) && ms < (this.cacheEnd[code] as number)) {
      return this.cacheSlot[code] as number;
    }
    const indexer = this.indexer as PeriodIndexer;
    const ordinal = indexer.ordinalOf(ms);
    const p = this.slotOfOrdinal(ordinal);
    let range = this.slotRanges[p];
    if (range === undefined) {
      range = indexer.cacheRangeOf(ordinal) ?? null;
      this.slotRanges[p] = range;
    }
    if (range !== null) {
      this.cacheStart[code] = range.start;
      this.cacheEnd[code] = range.end;
      this.cacheSlot[code] = p;
    }
    return p;
  }

  /** Merges the cells into the evaluation. */
  finish(): Evaluation {
    const { metrics, cells } = this;
    const merge = (collect: (visit: (states: States) => void) => void) =>
      mergeStates(metrics, collect);
    return assembleEvaluation({
      metrics,
      groupKeys: this.groupKeys,
      grouped: this.keyOf !== undefined,
      indexer: this.indexer,
      periodOrdinals: this.periodOrdinals,
      cell: (g, slot) => cells[g]?.[slot],
      groupTotal: (g) =>
        merge((visit) => {
          for (const states of cells[g] ?? []) if (states) visit(states);
        }),
      periodTotal: (slot) =>
        merge((visit) => {
          for (const row of cells) {
            const states = row[slot];
            if (states) visit(states);
          }
        }),
      overall: () =>
        merge((visit) => {
          for (const row of cells) for (const states of row) if (states) visit(states);
        }),
      excludedByReason: this.excludedByReason,
      openTickets: this.openTickets,
      ungrouped: this.ungrouped,
      unattributed: this.unattributed,
      records: this.records,
      asOf: this.asOf,
      timeZone: this.timeZone,
      period: this.options.period,
    });
  }
}

type CompiledWhere = { [T in TableName]?: (record: unknown, ctx: EvalContext) => boolean };

/**
 * `where` filters as predicates: a host function as it is, an expression compiled. A filter reads
 * the record only: expressions in `where` may use fields, attributes, `resolved` and `open`, not
 * the SLA, duration or repeat-fault values (those are metric-level; scope a metric for them).
 */
function compileWhere(where: WhereFilters | undefined): CompiledWhere {
  const out: CompiledWhere = {};
  if (where === undefined) return out;
  if (typeof where !== 'object' || where === null)
    throw new RangeError(
      'evaluate: option `where` must be an object of table → filter (a function or an expression).',
    );
  for (const [table, filter] of Object.entries(where)) {
    if (!['tickets', 'calls', 'agents', 'customers'].includes(table))
      throw new RangeError(
        `evaluate: option \`where.${table}\` names no table; use tickets, calls, agents or customers.`,
      );
    if (filter === undefined) continue;
    if (typeof filter === 'function') {
      out[table as TableName] = filter as (record: unknown) => boolean;
    } else if (typeof filter === 'object' && filter !== null && typeof filter.op === 'string') {
      checkWhereExpr(table, filter);
      out[table as TableName] = compilePredicate(filter);
    } else {
      throw new RangeError(
        `evaluate: option \`where.${table}\` must be a function of the record or an expression (e.g. expr.eq(expr.field('channel'), 'phone')).`,
      );
    }
  }
  return out;
}

const recordOnly = new Set(['resolved', 'open']);

function checkWhereExpr(table: string, e: Expr): void {
  walk(e, (node) => {
    if (node.op === 'derived' && !recordOnly.has(node.name))
      throw new RangeError(
        `evaluate: option \`where.${table}\` reads ${node.name}, which a filter cannot: scope a metric with it instead (scopeMetric).`,
      );
  });
}

function indicesOf(metrics: readonly AnyMetric[], table: TableName): number[] {
  const out: number[] = [];
  for (let m = 0; m < metrics.length; m++)
    if ((metrics[m] as AnyMetric).table === table) out.push(m);
  return out;
}

function timestampCode(metric: AnyMetric | undefined): number {
  const ts = metric?.timestamp;
  return ts === 'resolvedAt' ? T_RESOLVED : ts === 'surveyedAt' ? T_SURVEYED : T_CREATED;
}

/**
 * The instant that puts a ticket into a period for a timestamp code (KPIS.md rule 9). An
 * unresolved ticket under a resolution-based metric goes to its resolution due instant when that
 * has passed by `asOf` (an overdue open ticket is a miss in the period it fell due), else to its
 * creation.
 */
function ticketInstant(t: ServiceTicket, code: number, ctx: TicketContext): number {
  if (code === T_CREATED) return t.createdAt;
  if (code === T_SURVEYED && t.surveyedAt !== undefined) return t.surveyedAt;
  if (isResolved(t)) return t.resolvedAt as number;
  if (code === T_RESOLVED) {
    const due = ctx.resolutionDueAt();
    if (!Number.isNaN(due) && due <= ctx.asOf) return due;
  }
  return t.createdAt;
}
