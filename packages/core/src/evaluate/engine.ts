import { boundsOption } from '../data/instant';
import type { ExclusionReason, ServiceRecord, ServiceTicket, TableName } from '../data/types';
import { isOpen } from '../data/types';
import type { AnyMetric, EvalContext } from '../metrics/types';
import { resolveSlaOption } from '../sla/policy';
import { createPeriodIndexer, type PeriodIndexer } from '../time/period';
import { assertTimeZone } from '../time/zone';
import { assembleEvaluation, type EvaluationParts, NO_PERIOD, type States } from './assemble';
import { CellStore } from './cells';
import { PeriodSlots } from './slots';
import { PlainContext, TicketContext } from './context';
import { ticketInstant, timestampCode } from './timestamps';
import { type CompiledWhere, compileWhere } from './where';
import {
  checkEvaluateKeys,
  checkPeriod,
  type GroupKeyOf,
  groupKeyOf,
  resolveAsOf,
  resolveMetrics,
  resolveSettings,
} from './options';
import type { Evaluation, EvaluateOptions } from './types';

type AddFn = (state: unknown, record: unknown, ctx: EvalContext) => void;
type Counts = Record<TableName, number>;
const zeroCounts = (): Counts => ({ tickets: 0, calls: 0, agents: 0, customers: 0 });

/**
 * The evaluation engine behind `evaluate` and the one-pass `evaluateRecords`: records go in one at
 * a time and feed every requested metric's accumulator for the cell (group × period) they belong
 * to; `finish` merges cells into group, period and overall values (exact pooled merges, never
 * averages of averages).
 *
 * A one-pass run takes the metrics that need repeat-fault outcomes (a repeat is a later ticket)
 * out of the pass ({@link takeOut}) and stages them through {@link onTicket} or feeds them
 * afterwards by {@link replayTicket}, once {@link TicketContext.repeats} is known.
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

  /** Cells that exist (group 0 = no group; slot 0 = no period): one state per metric each. */
  private readonly cells: CellStore;
  private readonly groupIndex = new Map<string, number>();
  private readonly groupKeys: string[] = [''];
  private readonly slots: PeriodSlots;
  private readonly periodCache = new Map<string, number>();

  /** Ticket metrics fed in the pass, their timestamp codes, and how many were taken out. */
  private ticketMetrics: number[];
  private ticketCodes: Int8Array;
  private outside = 0;
  /**
   * Called for each ticket fed to the pass (after its metrics), with the ticket's row and its cell
   * per timestamp code: how a one-pass evaluation stages metrics taken out with {@link takeOut}.
   */
  onTicket: ((t: ServiceTicket, row: number, cellOf: (code: number) => number) => void) | undefined;
  private readonly cellOf = (code: number): number => {
    const cell = this.codeCells[code] as number;
    return cell >= 0
      ? cell
      : this.ticketCell(this.current as ServiceTicket, this.currentGroup, code);
  };
  private current: ServiceTicket | null = null;
  private currentGroup = 0;
  private readonly tableMetrics: Record<Exclude<TableName, 'tickets'>, number[]>;
  /** The current ticket's cell id per timestamp code (`-1`: not looked up yet). */
  private readonly codeCells = new Int32Array(3);

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
    this.asOf = resolveAsOf(options.asOf, boundsOption('evaluate', options.instantDomain));
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
    this.cells = new CellStore(() => {
      const n = this.nMetrics;
      const states: States = new Array(n);
      for (let m = 0; m < n; m++) states[m] = (this.metrics[m] as AnyMetric).accumulator.init();
      return states;
    });
    this.cells.addGroup();
    this.slots = new PeriodSlots(this.indexer);
    if (this.indexer === undefined) this.slots.ofOrdinal(0);

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
      ? this.ticketMetrics.length + this.outside > 0
      : this.tableMetrics[table].length > 0;
  }

  /** Every cell's states, by cell id (what {@link onTicket}'s `cellOf` returns). */
  get states(): readonly States[] {
    return this.cells.states;
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
    const hook = this.onTicket;
    if (metricIds.length === 0 && hook === undefined) {
      // Only metrics taken out for a replay: the ticket's group is still counted here, once.
      if (this.outside > 0) this.groupOf(t, 'tickets', true);
      return;
    }
    const ctx = this.ticketCtx;
    ctx.begin(t, index, row);
    const g = this.groupOf(t, 'tickets', true);
    const codeCells = this.codeCells;
    codeCells.fill(-1);
    const codes = this.ticketCodes;
    const adds = this.adds;
    const all = this.cells.states;
    for (let k = 0; k < metricIds.length; k++) {
      const m = metricIds[k] as number;
      const code = codes[k] as number;
      let cell = codeCells[code] as number;
      if (cell < 0) cell = this.ticketCell(t, g, code);
      (adds[m] as AddFn)((all[cell] as States)[m], t, ctx);
    }
    if (hook !== undefined) {
      this.current = t;
      this.currentGroup = g;
      hook(t, row, this.cellOf);
      this.current = null;
    }
    ctx.begin(null, -1, -1);
  }

  /** The current ticket's cell for a timestamp code, looked up and remembered in `codeCells`. */
  private ticketCell(t: ServiceTicket, g: number, code: number): number {
    const p =
      this.indexer === undefined ? 1 : this.slots.of(ticketInstant(t, code, this.ticketCtx), code);
    const cell = this.cells.id(g, p);
    this.codeCells[code] = cell;
    return cell;
  }

  /**
   * Feeds one ticket to metrics taken out of the pass (`ms`), once `ticketCtx.repeats` is known.
   * Call it for the same tickets, in any order, as {@link addTicket} was called for.
   */
  replayTicket(t: ServiceTicket, index: number, row: number, ms: readonly number[]): void {
    const filter = this.where.tickets;
    if (t.excluded !== undefined || (filter !== undefined && !filter(t, this.plain))) return;
    const ctx = this.ticketCtx;
    ctx.begin(t, index, row);
    const g = this.groupOf(t, 'tickets', false);
    const metrics = this.metrics;
    for (const m of ms) {
      const code = timestampCode(metrics[m]);
      const p = this.indexer === undefined ? 1 : this.slots.of(ticketInstant(t, code, ctx), code);
      (metrics[m] as AnyMetric).accumulator.add(this.cells.get(g, p)[m], t, ctx);
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
    else if (table === 'calls') p = this.slots.of((r as { startedAt: number }).startedAt, 3);
    else {
      const key = (r as { period: string }).period;
      let cached = this.periodCache.get(key);
      if (cached === undefined) {
        const ordinal = indexer.ordinalOfKey(key);
        cached = ordinal === undefined ? NO_PERIOD : this.slots.ofOrdinal(ordinal);
        this.periodCache.set(key, cached);
      }
      p = cached;
      if (p === NO_PERIOD) this.unattributed[table]++;
    }
    const states = this.cells.get(g, p);
    const metrics = this.metrics;
    for (let k = 0; k < own.length; k++) {
      const m = own[k] as number;
      (metrics[m] as AnyMetric).accumulator.add(states[m], r, plain as EvalContext);
    }
  }

  /**
   * Before the first record: takes the ticket metrics that pass `test` out of the pass and returns
   * their indices (fed later through {@link onTicket} or {@link replayTicket}).
   */
  takeOut(test: (metric: AnyMetric) => boolean): number[] {
    const out = this.ticketMetrics.filter((m) => test(this.metrics[m] as AnyMetric));
    this.ticketMetrics = this.ticketMetrics.filter((m) => !out.includes(m));
    this.ticketCodes = Int8Array.from(this.ticketMetrics, (m) => timestampCode(this.metrics[m]));
    this.outside += out.length;
    return out;
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
      this.cells.addGroup();
    }
    return g;
  }

  /** Merges the cells into the evaluation. */
  finish(): Evaluation {
    return assembleEvaluation(this.parts());
  }

  /**
   * What {@link finish} assembles: every existing cell visited once for the group, period and
   * overall totals (exact pooled merges), so the work grows with the cells, not groups × periods.
   */
  parts(): EvaluationParts {
    const { metrics, cells } = this;
    const n = metrics.length;
    const totals = cells.totals((into, states) => {
      for (let m = 0; m < n; m++)
        into[m] = (metrics[m] as AnyMetric).accumulator.merge(into[m], states[m]);
    });
    const empty = (): States => metrics.map((m) => m.accumulator.init());
    return {
      metrics,
      groupKeys: this.groupKeys,
      grouped: this.keyOf !== undefined,
      indexer: this.indexer,
      periodOrdinals: this.slots.ordinals,
      cell: (g, slot) => {
        for (const c of totals.cellsOf(g)) if (cells.slot[c] === slot) return cells.states[c];
        return undefined;
      },
      groupCells: (g) =>
        Array.from(totals.cellsOf(g), (c) => ({
          slot: cells.slot[c] as number,
          states: cells.states[c] as States,
        })),
      groupTotal: (g) => totals.groupTotals[g] ?? empty(),
      periodTotal: (slot) => totals.periodTotals.get(slot) ?? empty(),
      overall: () => totals.overall,
      excludedByReason: this.excludedByReason,
      openTickets: this.openTickets,
      ungrouped: this.ungrouped,
      unattributed: this.unattributed,
      records: this.records,
      asOf: this.asOf,
      timeZone: this.timeZone,
      period: this.options.period,
    };
  }
}

function indicesOf(metrics: readonly AnyMetric[], table: TableName): number[] {
  const out: number[] = [];
  for (let m = 0; m < metrics.length; m++)
    if ((metrics[m] as AnyMetric).table === table) out.push(m);
  return out;
}
