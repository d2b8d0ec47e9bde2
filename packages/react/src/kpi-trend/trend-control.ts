import {
  type ControlChartKind,
  type ControlLimitsResult,
  type ControlSignal,
  controlLimits,
  type MetricDirection,
  type MetricUnit,
} from '@servicescore/core';
import { warnInvalidProp } from '../shared/dev';
import type { SeriesEntry } from './trend-series';

/** Which control chart KpiTrend draws: `'auto'` is a p-chart for ratios with n, else XmR. */
export type KpiTrendControl = 'auto' | ControlChartKind | 'none';

/** The limits mapped back onto the series (periods without a value have none). */
export interface TrendControl {
  chart: ControlChartKind;
  result: ControlLimitsResult;
  /** Per series entry: limits and signals, or `null` for a period without a value. */
  byEntry: ReadonlyArray<{
    upper: number;
    lower: number;
    signals: readonly ControlSignal[];
  } | null>;
}

/** Why no limits are drawn. */
export type NoLimitsReason = 'fewPoints' | 'noSample' | null;

/** Periods with values a control chart needs at least (XmR needs one moving range). */
export const minControlPoints = 2;

/** Picks the chart and computes its limits over the periods that have a value. */
export function trendControl(
  widget: string,
  series: readonly SeriesEntry[],
  unit: MetricUnit,
  control: KpiTrendControl,
  runLength: number | undefined,
): { control: TrendControl | null; reason: NoLimitsReason } {
  if (control === 'none') return { control: null, reason: null };
  const valued = series.filter((e) => e.value !== null);
  const withN = valued.every((e) => e.n !== null && e.n >= 1);
  const chart: ControlChartKind =
    control === 'auto' ? (unit === 'ratio' && withN ? 'p' : 'xmr') : control;
  if (valued.length < minControlPoints) return { control: null, reason: 'fewPoints' };
  if (chart === 'p' && !withN) return { control: null, reason: 'noSample' };
  try {
    const result = controlLimits(
      valued.map((e) => ({ value: e.value as number, n: e.n ?? undefined })),
      { chart, runLength },
    );
    let k = 0;
    const byEntry = series.map((e) => {
      if (e.value === null) return null;
      const p = result.points[k++];
      return p ? { upper: p.upper, lower: p.lower, signals: p.signals } : null;
    });
    return { control: { chart, result, byEntry }, reason: null };
  } catch (error) {
    warnInvalidProp(
      widget,
      chart === 'p' ? 'points' : 'runLength',
      chart === 'p' ? 'a value outside 0–1' : runLength,
      (error as Error).message,
      'drawing no control limits',
    );
    return { control: null, reason: null };
  }
}

/**
 * The tone of a signal for the metric's direction: a point above the upper limit (or a run above
 * the centre) is good news for higher-is-better metrics and bad news for lower-is-better ones.
 */
export function signalTone(
  signals: readonly ControlSignal[],
  value: number,
  center: number,
  direction: MetricDirection,
): 'excellent' | 'needsImprovement' | null {
  if (signals.length === 0) return null;
  const up = signals.includes('aboveUpperLimit') || (signals.includes('run') && value > center);
  return up === (direction === 'higher') ? 'excellent' : 'needsImprovement';
}
