import { type Locale, locales } from '../i18n/locale';

/** How the sign of a number is shown; the same values as `Intl.NumberFormat`'s `signDisplay`. */
export type SignDisplay = 'auto' | 'always' | 'exceptZero';

/** What every formatter prints for a value that is missing or not finite: an em dash. */
export const missingValue = '—';

// Memo cache of Intl formatters (the only module-level state allowed in core).
const cache = new Map<string, Intl.NumberFormat>();

/** Options that pick one cached `Intl.NumberFormat`. */
export interface NumberFormatSpec {
  locale: Locale;
  percent: boolean;
  minFraction: number;
  maxFraction: number;
  signDisplay: SignDisplay;
}

/** A memoised `Intl.NumberFormat` for the spec (grouping on, `halfExpand` rounding). */
export function numberFormat(spec: NumberFormatSpec): Intl.NumberFormat {
  const key = `${spec.locale}|${spec.percent ? 'p' : 'd'}|${spec.minFraction}|${spec.maxFraction}|${spec.signDisplay}`;
  let nf = cache.get(key);
  if (nf === undefined) {
    nf = new Intl.NumberFormat(spec.locale, {
      style: spec.percent ? 'percent' : 'decimal',
      minimumFractionDigits: spec.minFraction,
      maximumFractionDigits: spec.maxFraction,
      signDisplay: spec.signDisplay,
      useGrouping: true,
    });
    cache.set(key, nf);
  }
  return nf;
}

/**
 * Formats a finite number, printing a value that rounds to zero at `maxFraction` digits as zero,
 * so that −0 and −0.0001 never show as "-0" or "-0.0%".
 */
export function formatNumber(value: number, spec: NumberFormatSpec): string {
  const shown = spec.percent ? value * 100 : value;
  const zero = Math.abs(shown) < 0.5 * 10 ** -spec.maxFraction;
  return numberFormat(spec).format(zero ? 0 : value);
}

/**
 * Checks a `precision` option: an integer from 0 to 20.
 *
 * @throws RangeError naming the option, the value and the rule.
 */
export function checkPrecision(precision: number, where: string): number {
  if (!Number.isInteger(precision) || precision < 0 || precision > 20) {
    throw new RangeError(
      `Invalid option \`precision\` of value ${String(precision)} supplied to ${where}: it must be an integer from 0 to 20 (fraction digits).`,
    );
  }
  return precision;
}

/**
 * Checks a `locale` option: one of the shipped locales (`'zh-CN'`, `'en-US'`). A host's own locale
 * string would otherwise reach the unit names of `formatDuration` and print `undefined`.
 *
 * @throws RangeError naming the option, the value and the locales.
 */
export function checkLocale(locale: Locale, where: string): Locale {
  if (!locales.includes(locale)) {
    throw new RangeError(
      `Invalid option \`locale\` of value ${JSON.stringify(locale)} supplied to ${where}: it must be one of ${locales.join(', ')}.`,
    );
  }
  return locale;
}
