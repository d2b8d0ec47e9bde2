import { describe, expect, it } from 'vitest';
import { durationFormatter } from '@servicescore/core';

const S = 1_000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;
const en = { locale: 'en-US' } as const;
const zh = { locale: 'zh-CN' } as const;

describe('durationFormatter', () => {
  it('writes a column around a day in hours, where formatDuration mixed "1 d 1 h" and "23 h 20 min"', () => {
    // Median of 25 h and 23 h 20 min = 24 h 10 min ≥ 2 h but < 2 d: hours.
    // 25 h → 25.0; 23 h 20 min = 23.333… h → 23.3.
    const values = [25 * H, 23 * H + 20 * MIN];
    const f = durationFormatter(values, en);
    expect(values.map((v) => f(v))).toEqual(['25.0 h', '23.3 h']);
    const z = durationFormatter(values, zh);
    expect(values.map((v) => z(v))).toEqual(['25.0小时', '23.3小时']);
  });

  it('picks the largest unit the median reaches twice', () => {
    // Median 2 d exactly → days: 2.0 d; 1 d 12 h = 1.5 d.
    expect(durationFormatter([2 * D, 2 * D, 36 * H], en)(36 * H)).toBe('1.5 d');
    // Median 47 h < 2 d → hours.
    expect(durationFormatter([47 * H], en)(47 * H)).toBe('47.0 h');
    // Median 90 min < 2 h → minutes.
    expect(durationFormatter([90 * MIN], en)(90 * MIN)).toBe('90.0 min');
    // Median 119 s < 2 min → seconds.
    expect(durationFormatter([119 * S], en)(119 * S)).toBe('119.0 s');
    // Even count: the median is the mean of the two middle values, (1 h + 3 h) / 2 = 2 h → hours.
    expect(durationFormatter([3 * H, MIN, 5 * D, H], en)(MIN)).toBe('0.0 h');
  });

  it('is not pulled into days by one outlier', () => {
    // Median of [1 h, 2 h, 3 h, 30 d] = 2.5 h → hours; 30 d = 720 h.
    const f = durationFormatter([H, 2 * H, 3 * H, 30 * D], en);
    expect(f(30 * D)).toBe('720.0 h');
    expect(f(H)).toBe('1.0 h');
  });

  it('takes magnitudes, so negative changes pick the unit too, and keeps signs', () => {
    // Median |−3 h|, |5 h| = 4 h → hours. −100 min = −1.666… h → −1.7.
    const f = durationFormatter([-3 * H, 5 * H], en);
    expect(f(-100 * MIN)).toBe('-1.7 h');
    expect(f(100 * MIN, 'exceptZero')).toBe('+1.7 h');
    // −1 min = −0.0166… h rounds to 0.0: no sign.
    expect(f(-MIN)).toBe('0.0 h');
    expect(f(-MIN, 'exceptZero')).toBe('0.0 h');
  });

  it('rounds half away from zero to the fraction digits asked for', () => {
    // 1.25 h and 1.35 h at one digit: 1.3 and 1.4 (half away from zero, not to even).
    const f = durationFormatter([3 * H], en);
    expect(f(1.25 * H)).toBe('1.3 h');
    expect(f(1.35 * H)).toBe('1.4 h');
    expect(durationFormatter([3 * H], { ...en, fractionDigits: 0 })(1.5 * H)).toBe('2 h');
    expect(durationFormatter([3 * H], { ...en, fractionDigits: 2 })(H / 3)).toBe('0.33 h');
    // Grouping: 1,234 h.
    expect(durationFormatter([3 * H], en)(1234 * H)).toBe('1,234.0 h');
  });

  it('gives the em dash for missing values and uses seconds without any finite value', () => {
    const f = durationFormatter([null, undefined, Number.NaN, Number.POSITIVE_INFINITY], en);
    expect(f(null)).toBe('—');
    expect(f(undefined)).toBe('—');
    expect(f(Number.NaN)).toBe('—');
    expect(f(Number.NEGATIVE_INFINITY)).toBe('—');
    expect(f(1500)).toBe('1.5 s');
    expect(durationFormatter([])(0)).toBe('0.0秒');
  });

  it('rejects a bad locale or fraction digits, naming the option', () => {
    expect(() => durationFormatter([], { locale: 'en' as 'en-US' })).toThrow(
      /Invalid option `locale` of value "en" supplied to durationFormatter/,
    );
    for (const fractionDigits of [-1, 4, 1.5, Number.NaN]) {
      expect(() => durationFormatter([], { fractionDigits })).toThrow(
        new RangeError(
          `Invalid option \`fractionDigits\` of value ${String(fractionDigits)} supplied to durationFormatter: it must be an integer from 0 to 3.`,
        ),
      );
    }
  });
});
