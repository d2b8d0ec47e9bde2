import { defaultLocale, type Locale } from '../i18n/locale';
import type { MetricUnit } from '../metrics/types';
import { roundScore } from '../scoring/grades';
import { formatDuration } from './format-duration';
import {
  checkLocale,
  checkPrecision,
  formatNumber,
  missingValue,
  type SignDisplay,
} from './number-format';

/** Options of `formatValue`. */
export interface FormatValueOptions {
  /** @default 'zh-CN' */
  locale?: Locale;
  /**
   * Fraction digits. Fixed for `ratio` (of the percentage), `score`, `points` and `count`; the
   * maximum for `number` (trailing zeros dropped); ignored for `duration`.
   * @default ratio 1, score 1, points 0, count 0, number 2
   */
  precision?: number;
  /** @default 'exceptZero' for `points` (NPS is signed: "+42"), else 'auto' */
  signDisplay?: SignDisplay;
}

/** Options of `formatPercent`. */
export interface FormatPercentOptions {
  /** @default 'zh-CN' */
  locale?: Locale;
  /** Fraction digits of the percentage. @default 1 */
  precision?: number;
  /** @default 'auto' */
  signDisplay?: SignDisplay;
}

const defaultPrecision: Record<MetricUnit, number> = {
  ratio: 1,
  duration: 0,
  points: 0,
  count: 0,
  score: 1,
  number: 2,
};

/**
 * Formats a fraction as a percentage: `0.935` → "93.5%".
 *
 * Rules: rounds half away from zero to `precision` digits; a value that rounds to zero (−0,
 * −0.00001) shows unsigned ("0.0%"); `null`, `undefined`, NaN and ±Infinity give "—".
 *
 * @example
 * formatPercent(0.935); // "93.5%"
 * formatPercent(0.5, { precision: 0 }); // "50%"
 */
export function formatPercent(
  ratio: number | null | undefined,
  options: FormatPercentOptions = {},
): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return missingValue;
  const precision = checkPrecision(options.precision ?? 1, 'formatPercent');
  return formatNumber(ratio, {
    locale: checkLocale(options.locale ?? defaultLocale, 'formatPercent'),
    percent: true,
    minFraction: precision,
    maxFraction: precision,
    signDisplay: options.signDisplay ?? 'auto',
  });
}

/**
 * Formats a metric value for display, by its unit (values are formatted late [RULES.md#rule-1]).
 *
 * - `ratio`: percentage, 1 decimal — "93.5%".
 * - `duration` (ms): the two largest units — "2 h 15 min" / "2小时15分钟" (see `formatDuration`).
 * - `points` (NPS): signed, no decimals — "+42", "-7", "0" (the minus is Intl's hyphen-minus).
 * - `count`: grouped integer — "12,345".
 * - `score`: 1 decimal — "89.9"; `number`: up to 2 decimals — "2.5".
 *
 * Rounding is half away from zero, so what is shown matches the grade (89.96 → "90.0").
 * A value that rounds to zero never shows a minus sign. `null`, `undefined`, NaN and ±Infinity
 * give the em dash "—". Numbers never switch to exponent notation (1e12 → "1,000,000,000,000").
 *
 * @throws RangeError when `unit` is not a `MetricUnit`, `precision` is not an integer from 0 to 20,
 *   or `locale` is not a shipped locale ('zh-CN', 'en-US').
 * @example
 * formatValue(0.935, 'ratio'); // "93.5%"
 * formatValue(42, 'points', { locale: 'en-US' }); // "+42"
 * formatValue(null, 'score'); // "—"
 */
export function formatValue(
  value: number | null | undefined,
  unit: MetricUnit,
  options: FormatValueOptions = {},
): string {
  if (!Object.hasOwn(defaultPrecision, unit)) {
    throw new RangeError(
      `Unknown unit ${JSON.stringify(unit)} supplied to formatValue: it must be one of ${Object.keys(defaultPrecision).join(', ')}.`,
    );
  }
  if (value === null || value === undefined || !Number.isFinite(value)) return missingValue;
  const locale = checkLocale(options.locale ?? defaultLocale, 'formatValue');
  const signDisplay = options.signDisplay ?? (unit === 'points' ? 'exceptZero' : 'auto');
  if (unit === 'duration') return formatDuration(value, { locale, signDisplay });
  const precision = checkPrecision(options.precision ?? defaultPrecision[unit], 'formatValue');
  return formatNumber(value, {
    locale,
    percent: unit === 'ratio',
    minFraction: unit === 'number' ? 0 : precision,
    maxFraction: precision,
    signDisplay,
  });
}

/**
 * A value rounded the way `formatValue` shows it by default (ratios to 0.1 percentage points,
 * scores to 0.1, NPS points and counts to whole numbers, plain numbers to 0.01). Durations are
 * returned unchanged: they are shown in compound units, not at a fixed precision.
 *
 * Scoring applies bands to this rounded value [RULES.md#scoring-shown-value], so a
 * value shown as "85.0%" always earns the "≥ 85%" band, whatever its hidden digits.
 *
 * @example
 * roundForDisplay(0.84996, 'ratio'); // 0.85
 */
export function roundForDisplay(value: number, unit: MetricUnit): number {
  if (!Number.isFinite(value) || unit === 'duration') return value;
  // The same half-away-from-zero rounding, robust to binary noise, that grades use.
  return roundScore(value, (defaultPrecision[unit] ?? 2) + (unit === 'ratio' ? 2 : 0));
}
