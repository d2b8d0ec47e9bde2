import { defaultLocale, type Locale } from '../i18n/locale';
import { checkLocale, checkPrecision, formatNumber, missingValue } from './number-format';

/**
 * Formats a 0–100 score with fixed decimals: exactly `formatValue(score, 'score', options)`, in a
 * module of its own so a widget that only shows scores (the grade badge) does not bring the other
 * units' formatting (durations).
 *
 * @param precision fraction digits, an integer from 0 to 20 @default 1
 * @example
 * formatScore(89.96); // "90.0"
 * formatScore(null); // "—"
 */
export function formatScore(
  score: number | null | undefined,
  locale: Locale = defaultLocale,
  precision = 1,
): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return missingValue;
  return formatNumber(score, {
    locale: checkLocale(locale, 'formatScore'),
    percent: false,
    minFraction: checkPrecision(precision, 'formatScore'),
    maxFraction: precision,
    signDisplay: 'auto',
  });
}
