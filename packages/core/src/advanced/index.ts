/**
 * `@servicescore/core/advanced` — the building blocks under the catalogue, for hosts that write
 * their own accumulators or check the statistics: the accumulator kit and its value constructors,
 * the quantile, interval and test helpers, rank correlation, civil-day arithmetic and the period
 * indexer. The main entry keeps to what a host computing and showing KPIs needs.
 */
export { civilFromDays, daysFromCivil } from '../time/zone';
export { createPeriodIndexer } from '../time/period';
export {
  type CountState,
  countAccumulator,
  type MeanOptions,
  type MeanState,
  type NpsState,
  type RatioState,
  type SumRatioOptions,
  type SumRatioState,
  type ValueBuffer,
  meanAccumulator,
  noDataValue,
  npsAccumulator,
  quantileSorted,
  quantilesSelect,
  ratioAccumulator,
  sampleVariance,
  sumRatioAccumulator,
  wilsonInterval,
  withSufficiency,
  Z95,
} from '../metrics/kit';
export { normalTwoSidedP, regularizedIncompleteBeta, studentTTwoSidedP } from '../compare';
export { averageRanks, poolValues, spearman } from '../pdca';
export { missingValue, roundForDisplay } from '../format';
