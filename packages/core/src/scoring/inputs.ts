import type { Evaluation, EvaluationGroup, MetricValues } from '../evaluate/types';
import { getMetricMeta } from '../metrics/meta';
import type { MetricUnit, MetricValue } from '../metrics/types';

/** One input value: a bare number, a metric value (with its sample and sufficiency), or nothing. */
export type ScoreInputValue = number | MetricValue | null | undefined;

/**
 * What scoring and target checks read values from: an `Evaluation` (its `overall` values), one
 * `EvaluationGroup` (its `values`), `{ values: MetricValues }`, or a plain record keyed by metric
 * or indicator id whose entries are numbers, `MetricValue`s or `null`.
 */
export type ScoreInputs =
  | Evaluation
  | EvaluationGroup
  | { readonly values: MetricValues }
  | MetricValues
  | Readonly<Record<string, ScoreInputValue>>;

function isMetricValue(x: unknown): x is MetricValue {
  return typeof x === 'object' && x !== null && 'metricId' in x && 'value' in x;
}

/**
 * The record of values behind any accepted input shape.
 * @internal
 */
export function valuesOf(inputs: ScoreInputs): Readonly<Record<string, ScoreInputValue>> {
  if (inputs === null || typeof inputs !== 'object') {
    throw new TypeError(
      `Scoring inputs must be an Evaluation, an evaluation group, { values } or a record of id → number | MetricValue; got ${inputs === null ? 'null' : typeof inputs}.`,
    );
  }
  const o = inputs as Record<string, unknown>;
  if ('overall' in o && typeof o.overall === 'object' && o.overall !== null && 'groups' in o) {
    return o.overall as MetricValues;
  }
  if (
    'values' in o &&
    typeof o.values === 'object' &&
    o.values !== null &&
    !isMetricValue(o.values)
  ) {
    return o.values as MetricValues;
  }
  return o as Record<string, ScoreInputValue>;
}

/** Looks `ids` up in order and returns the first present entry (own properties only). @internal */
export function lookup(
  values: Readonly<Record<string, ScoreInputValue>>,
  ...ids: string[]
): ScoreInputValue {
  for (const id of ids) {
    if (Object.hasOwn(values, id)) {
      const v = values[id];
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** A looked-up entry read as a number, with what kind of datum it is. @internal */
export interface ReadValue {
  value: number | null;
  /** `false` for a `MetricValue` with `sufficient: false`. */
  sufficient: boolean;
  metric: MetricValue | null;
}

/**
 * Reads an entry. A bare number counts as sufficient; a `MetricValue` keeps its `sufficient` flag.
 * @throws RangeError when a number (or a MetricValue's value) is NaN or ±Infinity, naming `where`
 * (a text, or a function giving it, so that valid reads build no message).
 * @internal
 */
export function readValue(entry: ScoreInputValue, where: string | (() => string)): ReadValue {
  const whereOf = () => (typeof where === 'string' ? where : where());
  if (entry === null || entry === undefined)
    return { value: null, sufficient: false, metric: null };
  if (typeof entry === 'number') {
    if (!Number.isFinite(entry))
      throw new RangeError(
        `${whereOf()} has the value ${String(entry)}: give a finite number, or null when there is no data.`,
      );
    return { value: entry, sufficient: true, metric: null };
  }
  if (isMetricValue(entry)) {
    const v = entry.value;
    if (v === null || v === undefined) return { value: null, sufficient: false, metric: entry };
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(
        `${whereOf()} has the value ${String(v)}: give a finite number, or null when there is no data.`,
      );
    }
    return { value: v, sufficient: entry.sufficient !== false, metric: entry };
  }
  throw new TypeError(
    `${whereOf()} is ${JSON.stringify(entry)}: give a number, a MetricValue or null.`,
  );
}

/** The closed range of values a unit allows (`[lo, hi]`), or `undefined` when any finite number is fine. */
function unitDomain(unit: MetricUnit): readonly [number, number] | undefined {
  switch (unit) {
    case 'ratio':
      return [0, 1];
    case 'score':
      return [0, 100];
    case 'duration':
    case 'count':
      return [0, Number.POSITIVE_INFINITY];
    default:
      return undefined;
  }
}

const domainHint: Partial<Record<MetricUnit, string>> = {
  ratio: 'a ratio is from 0 to 1 (85 % is 0.85)',
  score: 'a score is from 0 to 100',
  duration: 'a duration is milliseconds ≥ 0',
  count: 'a count is ≥ 0',
};

/**
 * Checks a read value against the metric it is scored or compared as: a `MetricValue` of another
 * metric, or of another unit, is a TypeError; a value outside its unit's domain (a ratio outside
 * [0, 1], a negative duration or count, a score outside 0–100) is a RangeError — never points.
 * The unit is the catalogue's for `metricId`, else the MetricValue's own.
 *
 * @throws TypeError / RangeError naming `where`, the value and the rule.
 * @example checkInputDomain(readValue(85, 'fcr'), 'fcr', 'Input for indicator "fcr"'); // RangeError: … a ratio is from 0 to 1
 * @internal
 */
export function checkInputDomain(
  read: ReadValue,
  metricId: string | null,
  where: string | (() => string),
): void {
  const whereOf = () => (typeof where === 'string' ? where : where());
  const m = read.metric;
  if (
    m !== null &&
    metricId !== null &&
    typeof m.metricId === 'string' &&
    m.metricId !== metricId
  ) {
    throw new TypeError(
      `${whereOf()} is a value of metric ${JSON.stringify(m.metricId)}, not ${JSON.stringify(metricId)}: give each metric its own value.`,
    );
  }
  const catalogue = metricId === null ? undefined : getMetricMeta(metricId)?.unit;
  if (m !== null && catalogue !== undefined && m.unit !== undefined && m.unit !== catalogue) {
    throw new TypeError(
      `${whereOf()} is in unit ${JSON.stringify(m.unit)}, but ${JSON.stringify(metricId)} is measured as ${JSON.stringify(catalogue)}.`,
    );
  }
  const unit = catalogue ?? m?.unit;
  const value = read.value;
  if (value === null || unit === undefined) return;
  const domain = unitDomain(unit);
  if (domain !== undefined && (value < domain[0] || value > domain[1])) {
    throw new RangeError(`${whereOf()} has the value ${value}: ${domainHint[unit]}.`);
  }
}
