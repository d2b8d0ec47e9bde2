import type { ExclusionReason, TableName } from '../data/types';
import type { AnyMetric, MetricValue } from '../metrics/types';
import type { PeriodGranularity } from '../time/period-key';
import type { PeriodIndexer } from '../time/period';
import type { Evaluation, EvaluationGroup, MetricValues } from './types';

/** One accumulator state per metric, in the order of the evaluation's metrics. */
export type States = unknown[];

/** Period slot of records that belong to no period (coarser agent/customer periods). */
export const NO_PERIOD = 0;

/**
 * What an evaluation is made of, whichever engine computed the states: the JS engine merges its
 * cells for the totals; the SQL path gets every level's state from the database (quantiles do not
 * merge). {@link assembleEvaluation} turns either into the same `Evaluation`, with the same
 * `result` code and the same ordering rules.
 */
export interface EvaluationParts {
  readonly metrics: readonly AnyMetric[];
  /** Group keys by group index; index 0 is "no group" and is never listed. */
  readonly groupKeys: readonly string[];
  /** Whether the evaluation has a `groupBy`. */
  readonly grouped: boolean;
  readonly indexer: PeriodIndexer | undefined;
  /** Period ordinal of each slot; slot {@link NO_PERIOD} is never listed. */
  readonly periodOrdinals: readonly number[];
  /** The states of group `g` in period slot `slot`; `undefined` when no record fell there. */
  cell(g: number, slot: number): States | undefined;
  /**
   * Group `g`'s cells that exist, any order. When given, assembly lists a group's periods from it
   * (work ∝ cells); without it, it asks {@link cell} for every period (work ∝ groups × periods).
   */
  groupCells?(g: number): readonly { slot: number; states: States }[];
  groupTotal(g: number): States;
  periodTotal(slot: number): States;
  overall(): States;
  readonly excludedByReason: Record<ExclusionReason, number>;
  readonly openTickets: number;
  readonly ungrouped: Record<TableName, number>;
  readonly unattributed: Record<TableName, number>;
  readonly records: Record<TableName, number>;
  readonly asOf: number;
  readonly timeZone: string;
  readonly period: PeriodGranularity | undefined;
}

/** Groups sorted by key (code-unit order), each total then its periods; periods by ordinal. */
export function assembleEvaluation(parts: EvaluationParts): Evaluation {
  const { metrics, indexer, periodOrdinals, groupKeys } = parts;
  const ids = metrics.map((m) => m.id);
  const valuesOf = (states: States): MetricValues => {
    const out: Record<string, MetricValue> = {};
    for (let m = 0; m < metrics.length; m++) {
      const metric = metrics[m] as AnyMetric;
      out[metric.id] = metric.accumulator.result(states[m], {
        metricId: metric.id,
        unit: metric.unit,
        minSample: metric.minSample,
      });
    }
    return out;
  };

  const periodOrder = periodOrdinals
    .map((ordinal, slot) => ({ ordinal, slot }))
    .filter((e) => e.slot !== NO_PERIOD)
    .sort((a, b) => a.ordinal - b.ordinal);

  const groups: EvaluationGroup[] = [];
  if (parts.grouped) {
    const order = groupKeys.map((key, g) => ({ key, g })).filter((e) => e.g !== 0);
    order.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const { key, g } of order) {
      groups.push({ key, values: valuesOf(parts.groupTotal(g)) });
      if (indexer === undefined) continue;
      if (parts.groupCells !== undefined) {
        const own = parts
          .groupCells(g)
          .filter((c) => c.slot !== NO_PERIOD)
          .map((c) => ({ ordinal: periodOrdinals[c.slot] as number, states: c.states }));
        own.sort((a, b) => a.ordinal - b.ordinal);
        for (const { ordinal, states } of own)
          groups.push({ key, period: indexer.keyOf(ordinal), values: valuesOf(states) });
        continue;
      }
      for (const { ordinal, slot } of periodOrder) {
        const states = parts.cell(g, slot);
        if (states !== undefined)
          groups.push({ key, period: indexer.keyOf(ordinal), values: valuesOf(states) });
      }
    }
  }

  const periods =
    indexer === undefined
      ? []
      : periodOrder.map(({ ordinal, slot }) => ({
          period: indexer.keyOf(ordinal),
          values: valuesOf(parts.periodTotal(slot)),
        }));

  const byReason = parts.excludedByReason;
  return {
    metrics: ids,
    overall: valuesOf(parts.overall()),
    groups,
    periods,
    excluded: {
      total: byReason.duplicate + byReason.spam + byReason.merged + byReason.test,
      byReason,
    },
    censored: { openTickets: parts.openTickets },
    ungrouped: parts.ungrouped,
    unattributed: parts.unattributed,
    records: parts.records,
    asOf: parts.asOf,
    timeZone: parts.timeZone,
    period: parts.period,
  };
}

/** Merges states of many cells into fresh ones (pooled, exact). */
export function mergeStates(
  metrics: readonly AnyMetric[],
  collect: (visit: (states: States) => void) => void,
): States {
  const merged: unknown[] = metrics.map((m) => m.accumulator.init());
  collect((states) => {
    for (let m = 0; m < metrics.length; m++)
      merged[m] = (metrics[m] as AnyMetric).accumulator.merge(merged[m], states[m]);
  });
  return merged;
}
