export { Outcome, ratioAccumulator, type RatioState } from './ratio';
export { meanAccumulator, type MeanOptions, type MeanState, type ValueBuffer } from './mean';
export { countAccumulator, type CountState } from './count';
export { sumRatioAccumulator, type SumRatioOptions, type SumRatioState } from './sum-ratio';
export { npsAccumulator, type NpsState } from './nps';
export { noDataValue, withSufficiency } from './result';
export {
  isFiniteNumber,
  quantileSorted,
  quantilesSelect,
  sampleVariance,
  wilsonInterval,
  Z95,
} from './stats';
