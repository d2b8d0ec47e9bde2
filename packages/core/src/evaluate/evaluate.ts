import type {
  ExclusionReason,
  ServiceDataset,
  ServiceRecord,
  ServiceTicket,
  TableName,
} from '../data/types';
import { isOpen, isResolved } from '../data/types';
import type { AnyMetric, EvalContext, MetricValue } from '../metrics/types';
import { defaultSlaPolicy } from '../sla/policy';
import { createPeriodIndexer, type PeriodIndexer } from '../time/period';
import { assertTimeZone } from '../time/zone';
import { PlainContext, TicketContext } from './context';
import { checkPeriod, groupKeyOf, resolveAsOf, resolveMetrics, resolveSettings } from './options';
import type { Evaluation, EvaluationGroup, EvaluateOptions, MetricValues } from './types';

const tables: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];
/** Period slot for records that belong to no period (coarser agent/customer periods). */
const NO_PERIOD = 0;
/** Ticket timestamp codes. */
const T_CREATED = 0;
const T_RESOLVED = 1;
const T_SURVEYED = 2;

type States = unknown[];

/**
 * Evaluates metrics over a parsed dataset: one pass over each table, feeding every requested
 * metric's accumulator for the cell (group × period) the record belongs to; totals, group totals
 * and period totals are exact pooled merges of those cells, never averages of averages.
 *
 * - Excluded tickets count nowhere; `excluded` reports how many and why.
 * - Records failing `where` count nowhere (not even in `excluded`).
 * - Each metric puts a record into a period by its own timestamp (KPIS.md rule 9); periods are
 *   calendar periods in `timeZone` (default UTC), never the machine's zone.
 * - Open tickets are judged at `asOf` (default: the clock, read once).
 *
 * @throws RangeError for a bad option, naming it; the dataset is trusted (validate it with
 * `parseDataset` first).
 * @example
 * const evaluation = evaluate(dataset, {
 *   metrics: ['csat', 'fcr', 'avgResolutionTime'],
 *   groupBy: 'agentId',
 *   period: 'month',
 *   timeZone: 'Asia/Shanghai',
 * });
 * evaluation.overall.csat?.value; // 0.912
 */
export function evaluate(dataset: ServiceDataset, options: EvaluateOptions): Evaluation {
  if (typeof options !== 'object' || options === null)
    throw new TypeError(
      'evaluate(dataset, options): options must be an object with at least `metrics`.',
    );
  const asOf = resolveAsOf(options.asOf);
  const metrics = resolveMetrics(options.metrics);
  const settings = resolveSettings(options);
  checkPeriod(options.period);
  const timeZone = assertTimeZone(options.timeZone ?? 'UTC');
  const keyOf = groupKeyOf(options.groupBy);
  const indexer: PeriodIndexer | undefined = options.period
    ? createPeriodIndexer(options.period, timeZone)
    : undefined;
  const sla = options.sla ?? defaultSlaPolicy;
  const where = options.where ?? {};

  const nMetrics = metrics.length;
  // cells[group][periodSlot] = one state per metric (group 0 = no group; slot 0 = no period).
  const cells: (States | undefined)[][] = [[]];
  const groupIndex = new Map<string, number>();
  const groupKeys: string[] = [''];
  const periodSlot = new Map<number, number>();
  const periodOrdinals: number[] = [Number.NaN];

  const cellStates = (g: number, p: number): States => {
    const row = cells[g] as (States | undefined)[];
    let states = row[p];
    if (states === undefined) {
      states = new Array(nMetrics);
      for (let m = 0; m < nMetrics; m++) states[m] = (metrics[m] as AnyMetric).accumulator.init();
      row[p] = states;
    }
    return states;
  };
  const groupOf = (
    record: ServiceRecord,
    table: TableName,
    ungrouped: Record<TableName, number>,
  ): number => {
    if (keyOf === undefined) return 0;
    const key = keyOf(record, table);
    if (key === undefined) {
      ungrouped[table]++;
      return 0;
    }
    let g = groupIndex.get(key);
    if (g === undefined) {
      g = groupKeys.length;
      groupIndex.set(key, g);
      groupKeys.push(key);
      cells.push([]);
    }
    return g;
  };
  const slotOfOrdinal = (ordinal: number): number => {
    let p = periodSlot.get(ordinal);
    if (p === undefined) {
      p = periodOrdinals.length;
      periodSlot.set(ordinal, p);
      periodOrdinals.push(ordinal);
    }
    return p;
  };
  const slotOfInstant = (ms: number): number =>
    indexer === undefined ? 1 : slotOfOrdinal(indexer.ordinalOf(ms));

  const excludedByReason: Record<ExclusionReason, number> = {
    duplicate: 0,
    spam: 0,
    merged: 0,
    test: 0,
  };
  const ungrouped: Record<TableName, number> = { tickets: 0, calls: 0, agents: 0, customers: 0 };
  const unattributed: Record<TableName, number> = { tickets: 0, calls: 0, agents: 0, customers: 0 };
  const records: Record<TableName, number> = { tickets: 0, calls: 0, agents: 0, customers: 0 };
  let openTickets = 0;
  if (indexer === undefined) slotOfOrdinal(0);

  // ── tickets ──
  const tickets = dataset.tickets ?? [];
  const ticketMetrics = indicesOf(metrics, 'tickets');
  const ticketCodes = Int8Array.from(ticketMetrics, (m) => {
    const ts = (metrics[m] as AnyMetric).timestamp;
    return ts === 'resolvedAt' ? T_RESOLVED : ts === 'surveyedAt' ? T_SURVEYED : T_CREATED;
  });
  const ticketCtx = new TicketContext(asOf, settings, tickets, sla, options.calendar);
  const slots = new Int32Array(3);
  const ticketFilter = where.tickets;
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i] as ServiceTicket;
    if (ticketFilter !== undefined && !ticketFilter(t)) continue;
    if (t.excluded !== undefined) {
      excludedByReason[t.excluded]++;
      continue;
    }
    records.tickets++;
    if (isOpen(t)) openTickets++;
    if (ticketMetrics.length === 0) continue;
    ticketCtx.begin(t, i);
    const g = groupOf(t, 'tickets', ungrouped);
    slots.fill(-1);
    for (let k = 0; k < ticketMetrics.length; k++) {
      const m = ticketMetrics[k] as number;
      const code = ticketCodes[k] as number;
      let p = slots[code] as number;
      if (p < 0) {
        p = indexer === undefined ? 1 : slotOfInstant(ticketInstant(t, code, ticketCtx));
        slots[code] = p;
      }
      (metrics[m] as AnyMetric).accumulator.add(cellStates(g, p)[m], t, ticketCtx);
    }
  }
  ticketCtx.begin(null, -1);

  // ── calls, agents, customers ──
  const plain = new PlainContext(asOf, settings);
  for (const table of tables) {
    if (table === 'tickets') continue;
    const rows = (dataset[table] ?? []) as readonly ServiceRecord[];
    const own = indicesOf(metrics, table);
    const filter = where[table] as ((r: ServiceRecord) => boolean) | undefined;
    const periodCache = new Map<string, number>();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as ServiceRecord;
      if (filter !== undefined && !filter(r)) continue;
      records[table]++;
      if (own.length === 0) continue;
      plain.index = i;
      const g = groupOf(r, table, ungrouped);
      let p: number;
      if (indexer === undefined) p = 1;
      else if (table === 'calls') p = slotOfInstant((r as { startedAt: number }).startedAt);
      else {
        const key = (r as { period: string }).period;
        let cached = periodCache.get(key);
        if (cached === undefined) {
          const ordinal = indexer.ordinalOfKey(key);
          cached = ordinal === undefined ? NO_PERIOD : slotOfOrdinal(ordinal);
          periodCache.set(key, cached);
        }
        p = cached;
        if (p === NO_PERIOD) unattributed[table]++;
      }
      const states = cellStates(g, p);
      for (let k = 0; k < own.length; k++) {
        const m = own[k] as number;
        (metrics[m] as AnyMetric).accumulator.add(states[m], r, plain as EvalContext);
      }
    }
  }

  return assemble();

  function assemble(): Evaluation {
    const ids = metrics.map((m) => m.id);
    const resultOf = (m: number, state: unknown): MetricValue => {
      const metric = metrics[m] as AnyMetric;
      return metric.accumulator.result(state, {
        metricId: metric.id,
        unit: metric.unit,
        minSample: metric.minSample,
      });
    };
    const valuesOf = (collect: (visit: (states: States) => void) => void): MetricValues => {
      const merged: unknown[] = metrics.map((m) => m.accumulator.init());
      collect((states) => {
        for (let m = 0; m < nMetrics; m++)
          merged[m] = (metrics[m] as AnyMetric).accumulator.merge(merged[m], states[m]);
      });
      const out: Record<string, MetricValue> = {};
      for (let m = 0; m < nMetrics; m++) out[ids[m] as string] = resultOf(m, merged[m]);
      return out;
    };

    const overall = valuesOf((visit) => {
      for (const row of cells) for (const states of row) if (states) visit(states);
    });

    const periodOrder = periodOrdinals
      .map((ordinal, slot) => ({ ordinal, slot }))
      .filter((e) => e.slot !== NO_PERIOD)
      .sort((a, b) => a.ordinal - b.ordinal);

    const groups: EvaluationGroup[] = [];
    if (keyOf !== undefined) {
      const order = groupKeys.map((key, g) => ({ key, g })).filter((e) => e.g !== 0);
      order.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      for (const { key, g } of order) {
        const row = cells[g] as (States | undefined)[];
        groups.push({
          key,
          values: valuesOf((visit) => {
            for (const states of row) if (states) visit(states);
          }),
        });
        if (indexer === undefined) continue;
        for (const { ordinal, slot } of periodOrder) {
          const states = row[slot];
          if (states === undefined) continue;
          const values: Record<string, MetricValue> = {};
          for (let m = 0; m < nMetrics; m++) values[ids[m] as string] = resultOf(m, states[m]);
          groups.push({ key, period: indexer.keyOf(ordinal), values });
        }
      }
    }

    const periods =
      indexer === undefined
        ? []
        : periodOrder.map(({ ordinal, slot }) => ({
            period: indexer.keyOf(ordinal),
            values: valuesOf((visit) => {
              for (const row of cells) {
                const states = row[slot];
                if (states) visit(states);
              }
            }),
          }));

    const excludedTotal =
      excludedByReason.duplicate +
      excludedByReason.spam +
      excludedByReason.merged +
      excludedByReason.test;
    return {
      metrics: ids,
      overall,
      groups,
      periods,
      excluded: { total: excludedTotal, byReason: excludedByReason },
      censored: { openTickets },
      ungrouped,
      unattributed,
      records,
      asOf,
      timeZone,
      period: options.period,
    };
  }
}

function indicesOf(metrics: readonly AnyMetric[], table: TableName): number[] {
  const out: number[] = [];
  for (let m = 0; m < metrics.length; m++)
    if ((metrics[m] as AnyMetric).table === table) out.push(m);
  return out;
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
