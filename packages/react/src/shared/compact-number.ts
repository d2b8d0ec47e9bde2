import type { Locale, MetricUnit } from '@servicescore/core';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A large count, number, score or NPS value in the locale's compact notation, to at most 3
 * significant digits (half away from zero, as `formatValue` rounds): 1,234,567,890 → "1.23B" /
 * "12.3亿", 10^12 → "1T" / "1万亿". For a fixed-width cell or card too narrow for every digit; show
 * `formatValue`'s exact text beside it (a title). `null` for a ratio, a duration or a value under
 * 10,000 in magnitude, whose standard text is short enough: use that.
 *
 * @example compactNumber(1e12, 'count', 'en-US') // "1T"
 */
export function compactNumber(value: number, unit: MetricUnit, locale: Locale): string | null {
  if (unit === 'ratio' || unit === 'duration' || !(Math.abs(value) >= 10_000)) return null;
  const key = unit === 'points' ? `${locale}+` : locale;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      notation: 'compact',
      maximumSignificantDigits: 3,
      signDisplay: unit === 'points' ? 'exceptZero' : 'auto',
    });
    formats.set(key, format);
  }
  return format.format(value);
}

/**
 * {@link compactNumber} when the value's standard `text` is longer than `most` characters (what a
 * fixed-width cell or card holds on one line), else `null`: `text` is shown as it is.
 *
 * @example compactWhenLonger('1,000,000,000,000', 11, 1e12, 'count', 'en-US') // "1T"
 */
export function compactWhenLonger(
  text: string,
  most: number,
  value: number,
  unit: MetricUnit,
  locale: Locale,
): string | null {
  return text.length > most ? compactNumber(value, unit, locale) : null;
}
