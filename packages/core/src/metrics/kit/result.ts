import type { MetricValue, ResultContext } from '../types';

/**
 * The value for an empty denominator: `null`, `noData`, never sufficient.
 *
 * @example
 * noDataValue({ metricId: 'answeredShare', unit: 'ratio', minSample: 30 });
 * // { metricId: 'answeredShare', unit: 'ratio', value: null, sampleSize: 0, sufficient: false, reason: 'noData' }
 */
export function noDataValue(ctx: ResultContext, extra?: Partial<MetricValue>): MetricValue {
  return {
    metricId: ctx.metricId,
    unit: ctx.unit,
    ...extra,
    value: null,
    sampleSize: extra?.sampleSize ?? 0,
    sufficient: false,
    reason: 'noData',
  };
}

/**
 * Marks a computed value sufficient or not by the metric's `minSample`.
 *
 * @example
 * withSufficiency(
 *   { metricId: 'answeredShare', unit: 'ratio', minSample: 30 },
 *   { value: 0.8, numerator: 16, denominator: 20, sampleSize: 20 },
 * ); // { …, value: 0.8, sufficient: false, reason: 'insufficientSample' }: 20 < 30
 */
export function withSufficiency(
  ctx: ResultContext,
  value: Omit<MetricValue, 'metricId' | 'unit' | 'sufficient'>,
): MetricValue {
  const sufficient = value.sampleSize >= ctx.minSample;
  const out: MetricValue = { metricId: ctx.metricId, unit: ctx.unit, ...value, sufficient };
  if (!sufficient) out.reason = 'insufficientSample';
  return out;
}
