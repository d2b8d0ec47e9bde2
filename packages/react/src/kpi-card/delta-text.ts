import {
  type ChangeKind,
  formatValue,
  type Locale,
  type MetricUnit,
  type MetricValue,
  translate,
} from '@servicescore/core';
import { comparisonMessages } from '../kpi-comparison/comparison-messages';
import { cardMessages } from './card-messages';

/** Which way a delta points, for the arrow (the tone comes from the change, not from the sign). */
export type DeltaSign = 'up' | 'down' | 'flat';

/**
 * A change formatted with its sign, in the unit's own terms. Ratios change in percentage points
 * ("+2.1 个百分点" / "+2.1 pts", one decimal; two under 0.05 points: "-0.03 pts"), never in
 * percent of a percent; durations, counts, scores and NPS points use `formatValue` with an
 * explicit sign ("+1小时5分钟", "+12", "-3").
 * A delta that rounds to zero shows without a sign ("0.0 pts").
 */
export function formatDelta(delta: number, unit: MetricUnit, locale: Locale): string {
  if (unit === 'ratio') {
    // A real change under 0.05 points gets two decimals, so it never reads "0.0 pts, improved".
    const points = delta * 100;
    const precision = points !== 0 && Math.abs(points) < 0.05 ? 2 : 1;
    const value = formatValue(points, 'score', { locale, precision, signDisplay: 'exceptZero' });
    return translate(cardMessages, locale, 'card.percentagePoints', { value });
  }
  return formatValue(delta, unit, { locale, signDisplay: 'exceptZero' });
}

/** The arrow of a comparison: by the sign of the core's delta (`unchanged` is flat). */
export function deltaSign(delta: number | null, change: ChangeKind): DeltaSign {
  if (delta === null || change === 'unchanged' || delta === 0) return 'flat';
  return delta > 0 ? 'up' : 'down';
}

/**
 * A host's number as a `MetricValue` the core's `compare` and `checkTargets` accept: no sample
 * behind it (so no significance test), counted as sufficient.
 */
export function asMetricValue(
  value: number | null,
  metricId: string,
  unit: MetricUnit,
): MetricValue {
  return {
    metricId,
    value,
    unit,
    sampleSize: 0,
    sufficient: value !== null,
    ...(value === null ? { reason: 'noData' as const } : {}),
  };
}

/** `true` for an object shaped like a core `MetricValue` (has `metricId` and `value`). */
export function isMetricValue(x: unknown): x is MetricValue {
  return typeof x === 'object' && x !== null && 'metricId' in x && 'value' in x;
}

/**
 * The p-value as shown beside a significance marker: "p < 0.001" below 0.001, else three
 * decimals ("p = 0.046").
 */
export function formatPValue(p: number, locale: Locale): string {
  if (p < 0.001)
    return translate(comparisonMessages, locale, 'comparison.pValue', {
      relation: '<',
      p: '0.001',
    });
  const shown = formatValue(p, 'score', { locale, precision: 3 });
  return translate(comparisonMessages, locale, 'comparison.pValue', { relation: '=', p: shown });
}
