import type { MetricUnit, MetricValue, MetricValues } from '@servicescore/core';
import { warnInvalidProp } from '../shared/dev';
import { isMetricValue } from '../kpi-card/delta-text';

/** One period of a KpiTrend: a period key and its value, with its sample size and interval. */
export interface KpiTrendDatum {
  /** A period key (`'2026-05'`, `'2026-Q2'`, `'2026-W19'` …), shown with `formatPeriod`. */
  period: string;
  /** A number, an `evaluate` MetricValue (its `sampleSize` and `interval` are used) or `null`. */
  value: number | MetricValue | null;
  /** The period's sample size (tickets, surveys); overrides the MetricValue's. @default value.sampleSize */
  n?: number | undefined;
  /** A 95 % interval `[low, high]`; overrides the MetricValue's. @default value.interval */
  interval?: readonly [number, number] | undefined;
}

/** A period of `Evaluation.periods` (or a group × period cell): the trend reads its metric from `values`. */
export interface KpiTrendPeriodCell {
  period: string;
  values: MetricValues;
}

/** A period read and checked: a finite value or `null`, an integer n or `null`, an ordered interval or `null`. */
export interface SeriesEntry {
  period: string;
  value: number | null;
  n: number | null;
  interval: readonly [number, number] | null;
  /** The MetricValue's unit, when the point was one. */
  unit: MetricUnit | null;
}

const rule =
  'points must be an array of { period, value, n?, interval? } (value a finite number, a MetricValue or null) or Evaluation.periods';

function readValue(raw: unknown): {
  value: number | null;
  n: unknown;
  interval: unknown;
  ok: boolean;
  unit?: MetricUnit;
} {
  if (raw === null || raw === undefined)
    return { value: null, n: undefined, interval: undefined, ok: true };
  if (isMetricValue(raw)) {
    const ok = raw.value === null || (typeof raw.value === 'number' && Number.isFinite(raw.value));
    return {
      value: ok ? raw.value : null,
      n: raw.sampleSize,
      interval: raw.interval,
      ok,
      unit: raw.unit,
    };
  }
  if (typeof raw === 'number' && Number.isFinite(raw))
    return { value: raw, n: undefined, interval: undefined, ok: true };
  return { value: null, n: undefined, interval: undefined, ok: false };
}

function readInterval(raw: unknown): readonly [number, number] | null {
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const [low, high] = raw as unknown[];
  return typeof low === 'number' &&
    typeof high === 'number' &&
    Number.isFinite(low) &&
    Number.isFinite(high) &&
    low <= high
    ? [low, high]
    : null;
}

/**
 * Reads `points` into checked entries. A malformed point is left out with one development error
 * naming it; an invalid n or interval is dropped from its point (the value stays). Duplicated
 * periods keep the first.
 */
export function readSeries(
  widget: string,
  points: ReadonlyArray<KpiTrendDatum | KpiTrendPeriodCell> | null | undefined,
  metricId: string,
): SeriesEntry[] {
  if (points === null || points === undefined) return [];
  if (!Array.isArray(points)) {
    warnInvalidProp(widget, 'points', points, rule, 'showing no data');
    return [];
  }
  const out: SeriesEntry[] = [];
  const seen = new Set<string>();
  let bad: unknown;
  for (const item of points as ReadonlyArray<KpiTrendDatum | KpiTrendPeriodCell>) {
    if (item === null || typeof item !== 'object' || typeof item.period !== 'string') {
      bad ??= item;
      continue;
    }
    const raw =
      'values' in item && item.values !== null && typeof item.values === 'object'
        ? Object.hasOwn(item.values, metricId)
          ? item.values[metricId]
          : null
        : (item as KpiTrendDatum).value;
    const read = readValue(raw);
    if (!read.ok) {
      bad ??= item;
      continue;
    }
    if (seen.has(item.period)) {
      bad ??= item;
      continue;
    }
    seen.add(item.period);
    const given = item as KpiTrendDatum;
    const n = given.n ?? read.n;
    out.push({
      period: item.period,
      value: read.value,
      n: typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null,
      interval: readInterval(given.interval ?? read.interval),
      unit: read.unit ?? null,
    });
  }
  if (bad !== undefined) warnInvalidProp(widget, 'points', bad, rule, 'leaving the point out');
  return out;
}
