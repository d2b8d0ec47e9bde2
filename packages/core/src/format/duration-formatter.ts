import { defaultLocale, type Locale } from '../i18n/locale';
import { unitMs, unitNames } from './format-duration';
import { checkLocale, formatNumber, missingValue, type SignDisplay } from './number-format';

/** Options of `durationFormatter`. */
export interface DurationFormatterOptions {
  /** @default 'zh-CN' */
  locale?: Locale;
  /** Fraction digits of every value, 0 to 3. @default 1 */
  fractionDigits?: number;
}

/** Formats one duration (ms) of the set in the set's unit. */
export type DurationFormat = (ms: number | null | undefined, signDisplay?: SignDisplay) => string;

/**
 * A formatter for durations shown together — a table column, or one row's before, after, change
 * and axis ends — that writes every one of them in the same unit, so that they read against each
 * other: "25.0 h" above "23.3 h", never "1 d 1 h" above "23 h 20 min" (`formatDuration` picks each
 * value's own largest units).
 *
 * Rules:
 * - The unit is the largest of day, hour, minute and second that the median of the finite values'
 *   magnitudes reaches at least twice (a median of 25 h is in hours, of 50 h in days; under two
 *   minutes in seconds). The median, not the largest value, so that one outlier does not write the
 *   whole column in days. Without a finite value the unit is the second.
 * - Each value is divided by the unit and rounded half away from zero to `fractionDigits`, always
 *   written with that many digits, so that a column lines up: "90.0 min", "9.5 min".
 * - English separates number and unit with a space ("25.0 h"); Chinese does not ("25.0小时").
 * - `null`, `undefined`, NaN and ±Infinity give the em dash "—"; a value that rounds to zero has
 *   no sign.
 *
 * @throws RangeError when `locale` is not 'zh-CN' or 'en-US', or `fractionDigits` not an integer
 *   from 0 to 3.
 * @example
 * const format = durationFormatter([90_000_000, 84_000_000], { locale: 'en-US' });
 * format(90_000_000); // "25.0 h"
 * format(84_000_000); // "23.3 h"
 * format(-6_000_000, 'exceptZero'); // "-1.7 h"
 */
export function durationFormatter(
  values: readonly (number | null | undefined)[],
  options: DurationFormatterOptions = {},
): DurationFormat {
  const locale = checkLocale(options.locale ?? defaultLocale, 'durationFormatter');
  const digits = options.fractionDigits ?? 1;
  if (!Number.isInteger(digits) || digits < 0 || digits > 3) {
    throw new RangeError(
      `Invalid option \`fractionDigits\` of value ${String(digits)} supplied to durationFormatter: it must be an integer from 0 to 3.`,
    );
  }
  const magnitudes = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .map(Math.abs)
    .sort((a, b) => a - b);
  const n = magnitudes.length;
  const median = n === 0 ? 0 : (magnitudes[(n - 1) >> 1]! + magnitudes[n >> 1]!) / 2;
  let unit = unitMs.findIndex((ms) => median >= 2 * ms);
  if (unit < 0) unit = unitMs.length - 1;
  const size = unitMs[unit]!;
  const name = `${locale === 'en-US' ? ' ' : ''}${unitNames[locale][unit]}`;
  return (ms, signDisplay = 'auto') =>
    typeof ms !== 'number' || !Number.isFinite(ms)
      ? missingValue
      : formatNumber(ms / size, {
          locale,
          percent: false,
          minFraction: digits,
          maxFraction: digits,
          signDisplay,
        }) + name;
}
