import {
  getMetricMeta,
  type MetricDirection,
  type MetricMeta,
  type MetricUnit,
  type MetricValue,
  type MetricValues,
  type Target,
} from '@servicescore/core';
import { warnInvalidProp } from '../shared/dev';
import { isMetricValue } from './delta-text';

/** One point of a card's trend: a period key and its value. */
export interface KpiTrendPoint {
  /** A period key (`'2026-05'`, `'2026-Q2'` …), shown with `formatPeriod`. */
  period: string;
  value: number | MetricValue | null;
}

/** A period of `Evaluation.periods`: the card reads its own metric's value from `values`. */
export interface KpiTrendPeriod {
  period: string;
  values: MetricValues;
}

/** What `KpiCard` accepts as `target`. */
export type KpiCardTarget = number | Target | readonly Target[];

const units: readonly string[] = ['ratio', 'duration', 'points', 'count', 'score', 'number'];
const comparators: readonly string[] = ['>=', '>', '<=', '<'];

/** A value prop read as a finite number or `null`, with the `MetricValue` behind it if any. */
export interface ReadInput {
  value: number | null;
  metric: MetricValue | null;
  /** `false` when the input was not a finite number, a MetricValue or null (already warned). */
  valid: boolean;
}

/** Reads `value` / `previous`; NaN, ±Infinity or a non-number warns once and reads as no data. */
export function readInput(widget: string, prop: string, input: unknown): ReadInput {
  if (input === null || input === undefined) return { value: null, metric: null, valid: true };
  if (typeof input === 'number') {
    if (Number.isFinite(input)) return { value: input, metric: null, valid: true };
  } else if (isMetricValue(input)) {
    const v = input.value;
    if (v === null) return { value: null, metric: input, valid: true };
    if (typeof v === 'number' && Number.isFinite(v))
      return { value: v, metric: input, valid: true };
  }
  warnInvalidProp(
    widget,
    prop,
    isMetricValue(input) ? input.value : input,
    `${prop} must be a finite number, a MetricValue with a finite or null value, or null`,
    prop === 'value' ? 'showing the no-data state' : 'leaving it out',
  );
  return { value: null, metric: null, valid: false };
}

/** The catalogue metadata of `id`, or `null` (warning once when the id came from a prop). */
export function lookupMetric(
  widget: string,
  id: string | undefined,
  fromProp: boolean,
): MetricMeta | null {
  if (id === undefined || id === '') return null;
  const meta = getMetricMeta(id);
  if (meta) return meta;
  if (fromProp)
    warnInvalidProp(
      widget,
      'metric',
      id,
      'metric must be an id of the catalogue (see getMetric)',
      'using the label, unit and direction props',
    );
  return null;
}

/** The `unit` prop when valid, else `fallback` (warning once for an unknown unit). */
export function resolveUnit(widget: string, unit: unknown, fallback: MetricUnit): MetricUnit {
  if (unit === undefined) return fallback;
  if (typeof unit === 'string' && units.includes(unit)) return unit as MetricUnit;
  warnInvalidProp(
    widget,
    'unit',
    unit,
    `unit must be one of ${units.join(', ')}`,
    `using '${fallback}'`,
  );
  return fallback;
}

/** The `direction` prop when valid, else `fallback` (warning once for anything else). */
export function resolveDirection(
  widget: string,
  direction: unknown,
  fallback: MetricDirection,
): MetricDirection {
  if (direction === undefined) return fallback;
  if (direction === 'higher' || direction === 'lower') return direction;
  warnInvalidProp(
    widget,
    'direction',
    direction,
    "direction must be 'higher' or 'lower'",
    `using '${fallback}'`,
  );
  return fallback;
}

/**
 * The card's target as one core `Target` keyed by `key`, or `null`. A number is held with `≥` for
 * higher-is-better and `≤` for lower-is-better metrics; a list (e.g. `serviceStandardTargets`)
 * gives the entry for the card's metric, or none. A non-finite number or a malformed target warns
 * once and is left out.
 */
export function resolveTarget(
  widget: string,
  target: KpiCardTarget | null | undefined,
  metricId: string,
  key: string,
  direction: MetricDirection,
): Target | null {
  if (target === null || target === undefined) return null;
  if (typeof target === 'number') {
    if (Number.isFinite(target))
      return { metricId: key, comparator: direction === 'lower' ? '<=' : '>=', target };
  } else if (Array.isArray(target)) {
    const list = target as readonly Target[];
    const found = list.find((x) => x !== null && typeof x === 'object' && x.metricId === metricId);
    return found === undefined ? null : resolveTarget(widget, found, metricId, key, direction);
  } else if (
    typeof target === 'object' &&
    comparators.includes((target as Target).comparator) &&
    typeof (target as Target).target === 'number' &&
    Number.isFinite((target as Target).target)
  ) {
    return { ...(target as Target), metricId: key };
  }
  warnInvalidProp(
    widget,
    'target',
    target,
    "target must be a finite number, a Target { metricId, comparator: '>=' | '>' | '<=' | '<', target } or a list of them",
    'showing no target',
  );
  return null;
}

/**
 * The valid points of a trend, reading `values[metricId]` from Evaluation periods. A trend that is
 * not an array, or has points without a string period or with a non-finite value, warns once;
 * the bad points are left out.
 */
export function readTrend(
  widget: string,
  trend: ReadonlyArray<KpiTrendPoint | KpiTrendPeriod> | null | undefined,
  metricId: string,
): Array<{ period: string; value: number | null }> | null {
  if (trend === null || trend === undefined) return null;
  const rule =
    'trend must be an array of { period, value } (value a finite number, a MetricValue or null) or Evaluation.periods';
  if (!Array.isArray(trend)) {
    warnInvalidProp(widget, 'trend', trend, rule, 'showing no trend');
    return null;
  }
  const points: Array<{ period: string; value: number | null }> = [];
  let bad: unknown;
  for (const item of trend as ReadonlyArray<KpiTrendPoint | KpiTrendPeriod>) {
    if (item === null || typeof item !== 'object' || typeof item.period !== 'string') {
      bad ??= item;
      continue;
    }
    let raw: unknown;
    if ('values' in item && item.values !== null && typeof item.values === 'object') {
      raw = Object.hasOwn(item.values, metricId) ? item.values[metricId] : null;
    } else raw = (item as KpiTrendPoint).value;
    const v = isMetricValue(raw) ? raw.value : raw;
    if (v === null || v === undefined) points.push({ period: item.period, value: null });
    else if (typeof v === 'number' && Number.isFinite(v))
      points.push({ period: item.period, value: v });
    else bad ??= item;
  }
  if (bad !== undefined) warnInvalidProp(widget, 'trend', bad, rule, 'leaving the point out');
  return points;
}
