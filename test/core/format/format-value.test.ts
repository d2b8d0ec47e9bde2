import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatValue } from '@servicescore/core';
import type { MetricUnit } from '@servicescore/core';
import type { Locale } from '@servicescore/core';

const units: MetricUnit[] = ['ratio', 'duration', 'points', 'count', 'score', 'number'];
const en = { locale: 'en-US' } as const;

describe('formatValue: missing and non-finite values', () => {
  it.each(units)('shows null, undefined, NaN and ±Infinity as an em dash for unit %s', (unit) => {
    for (const v of [
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]) {
      expect(formatValue(v, unit)).toBe('—');
      expect(formatValue(v, unit, en)).toBe('—');
    }
  });

  it('never prints NaN, Infinity, undefined, null or a negative zero for any double (property)', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.constantFrom(...units),
        fc.constantFrom('zh-CN' as const, 'en-US' as const),
        (v, unit, locale) => {
          const s = formatValue(v, unit, { locale });
          expect(s).not.toMatch(/NaN|Infinity|∞|undefined|null|e[+-]?\d/);
          expect(s).not.toMatch(/^-0(\.0+)?(%| s|秒)?$/);
          expect(s.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('formatValue: ratio', () => {
  it('shows a fraction as a percentage with 1 decimal by default', () => {
    expect(formatValue(0.935, 'ratio')).toBe('93.5%');
    expect(formatValue(0.935, 'ratio', en)).toBe('93.5%');
    expect(formatValue(1, 'ratio', en)).toBe('100.0%');
    expect(formatValue(0, 'ratio', en)).toBe('0.0%');
  });

  it('shows −0 and a negative value that rounds to zero without a minus sign', () => {
    expect(formatValue(-0, 'ratio')).toBe('0.0%');
    expect(formatValue(-0.00001, 'ratio', en)).toBe('0.0%'); // −0.001 % rounds to 0.0 %
  });

  it('keeps the minus sign of a negative ratio (Intl hyphen-minus)', () => {
    expect(formatValue(-0.05, 'ratio', en)).toBe('-5.0%');
  });

  it('rounds half away from zero to the requested precision', () => {
    expect(formatValue(0.935, 'ratio', { precision: 0 })).toBe('94%'); // 93.5 → 94
    expect(formatValue(0.93456, 'ratio', { precision: 2 })).toBe('93.46%');
  });

  it('formats extreme ratios without exponent notation', () => {
    expect(formatValue(1e12, 'ratio', en)).toBe('100,000,000,000,000.0%');
    expect(formatValue(1e-12, 'ratio', en)).toBe('0.0%');
  });

  it('shows a plus sign on request', () => {
    expect(formatValue(0.05, 'ratio', { signDisplay: 'always' })).toBe('+5.0%');
    expect(formatValue(0, 'ratio', { signDisplay: 'exceptZero' })).toBe('0.0%');
  });
});

describe('formatValue: points (NPS)', () => {
  it('signs NPS with no decimals by default', () => {
    expect(formatValue(42, 'points')).toBe('+42');
    expect(formatValue(42, 'points', en)).toBe('+42');
    expect(formatValue(-7, 'points')).toBe('-7');
    expect(formatValue(-7, 'points', en)).toBe('-7');
    expect(formatValue(-100, 'points', en)).toBe('-100');
  });

  it('shows zero, −0 and values that round to zero as an unsigned 0', () => {
    expect(formatValue(0, 'points')).toBe('0');
    expect(formatValue(-0, 'points')).toBe('0');
    expect(formatValue(0.4, 'points', en)).toBe('0');
    expect(formatValue(-0.4, 'points', en)).toBe('0');
  });

  it('rounds half away from zero', () => {
    expect(formatValue(41.5, 'points', en)).toBe('+42');
    expect(formatValue(-41.5, 'points', en)).toBe('-42');
  });

  it('drops the plus sign with signDisplay auto', () => {
    expect(formatValue(42, 'points', { signDisplay: 'auto' })).toBe('42');
  });
});

describe('formatValue: count', () => {
  it('groups integers by thousands in both locales', () => {
    expect(formatValue(12345, 'count')).toBe('12,345');
    expect(formatValue(12345, 'count', en)).toBe('12,345');
    expect(formatValue(0, 'count', en)).toBe('0');
    expect(formatValue(-0, 'count', en)).toBe('0');
  });

  it('formats 1e12 in full', () => {
    expect(formatValue(1e12, 'count', en)).toBe('1,000,000,000,000');
    expect(formatValue(1e12, 'count')).toBe('1,000,000,000,000');
  });
});

describe('formatValue: score', () => {
  it('shows 1 decimal, rounding half away from zero so the display matches the grade', () => {
    expect(formatValue(89.94, 'score')).toBe('89.9');
    expect(formatValue(89.96, 'score', en)).toBe('90.0'); // KPIS.md rule 8
    expect(formatValue(100, 'score', en)).toBe('100.0');
    expect(formatValue(-0, 'score', en)).toBe('0.0');
  });
});

describe('formatValue: number', () => {
  it('shows up to 2 decimals, without trailing zeros', () => {
    expect(formatValue(2.5, 'number')).toBe('2.5');
    expect(formatValue(2, 'number', en)).toBe('2');
    expect(formatValue(1.23456, 'number', en)).toBe('1.23');
    expect(formatValue(1234.5, 'number', en)).toBe('1,234.5');
  });

  it('uses precision as the maximum number of decimals', () => {
    expect(formatValue(1.23456, 'number', { precision: 3 })).toBe('1.235');
    expect(formatValue(3.1, 'number', { precision: 3 })).toBe('3.1');
  });

  it('formats extremes sanely', () => {
    expect(formatValue(1e12, 'number', en)).toBe('1,000,000,000,000');
    expect(formatValue(1e-12, 'number', en)).toBe('0');
    expect(formatValue(-1e-12, 'number', en)).toBe('0');
  });
});

describe('formatValue: duration', () => {
  it('delegates to the two-unit compound duration', () => {
    expect(formatValue(8_100_000, 'duration', en)).toBe('2 h 15 min'); // 2 × 3,600,000 + 15 × 60,000
    expect(formatValue(8_100_000, 'duration')).toBe('2小时15分钟');
    expect(formatValue(-8_100_000, 'duration', en)).toBe('-2 h 15 min');
  });

  it('shows a plus sign on request', () => {
    expect(formatValue(8_100_000, 'duration', { ...en, signDisplay: 'always' })).toBe(
      '+2 h 15 min',
    );
  });
});

describe('formatValue: invalid options', () => {
  it('rejects a precision that is not an integer from 0 to 20, naming the option', () => {
    expect(() => formatValue(1, 'score', { precision: 1.5 })).toThrow(/`precision` of value 1.5/);
    expect(() => formatValue(1, 'score', { precision: -1 })).toThrow(RangeError);
    expect(() => formatValue(1, 'score', { precision: 21 })).toThrow(RangeError);
  });

  it('rejects an unknown unit, naming the known ones', () => {
    expect(() => formatValue(1, 'percent' as MetricUnit)).toThrow(
      /Unknown unit "percent".*ratio, duration/,
    );
  });

  it('rejects a locale that is not shipped with a RangeError, not a crash (found by fuzzing)', () => {
    // Before the fix a duration in 'fr-FR' read the unit names of an unknown locale and threw
    // "Cannot read properties of undefined".
    for (const unit of ['duration', 'ratio'] as const) {
      expect(() => formatValue(0, unit, { locale: 'fr-FR' as Locale })).toThrow(
        /`locale` of value "fr-FR" supplied to formatValue: it must be one of zh-CN, en-US/,
      );
    }
    expect(() => formatPercent(0.5, { locale: 'fr-FR' as Locale })).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('shows a fraction as a percentage with 1 decimal by default', () => {
    expect(formatPercent(0.416)).toBe('41.6%');
    expect(formatPercent(0.5, { locale: 'en-US', precision: 0 })).toBe('50%');
  });

  it('shows missing values as an em dash and −0 as 0', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatPercent(-0)).toBe('0.0%');
  });
});
