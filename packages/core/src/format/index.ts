export {
  type DurationFormat,
  durationFormatter,
  type DurationFormatterOptions,
} from './duration-formatter';
export { formatDuration, type FormatDurationOptions } from './format-duration';
export {
  formatPercent,
  formatValue,
  type FormatPercentOptions,
  roundForDisplay,
  type FormatValueOptions,
} from './format-value';
export { formatPeriod } from './format-period';
export { formatScore } from './format-score';
export { missingValue, type SignDisplay } from './number-format';
export { unitWord, withUnitWord } from './unit-words';
