import { describe, expect, it } from 'vitest';
import { formatScore, formatValue } from '@servicescore/core';

describe('formatScore', () => {
  it('shows a score with 1 decimal by default, rounding half away from zero', () => {
    expect(formatScore(89.96)).toBe('90.0');
    expect(formatScore(85)).toBe('85.0');
    expect(formatScore(-0.04)).toBe('0.0');
  });

  it('takes a locale and a precision', () => {
    expect(formatScore(1234.5, 'en-US', 0)).toBe('1,235');
    expect(formatScore(72.345, 'zh-CN', 2)).toBe('72.35');
  });

  it('shows "—" for a missing or non-finite score', () => {
    expect(formatScore(null)).toBe('—');
    expect(formatScore(undefined)).toBe('—');
    expect(formatScore(Number.NaN)).toBe('—');
  });

  it('agrees with formatValue(…, "score")', () => {
    for (const x of [0, 59.95, 79.94, 89.95, 100, 1e7, -3.25]) {
      expect(formatScore(x, 'en-US', 1)).toBe(formatValue(x, 'score', { locale: 'en-US' }));
      expect(formatScore(x, 'zh-CN', 0)).toBe(formatValue(x, 'score', { precision: 0 }));
    }
  });

  it('rejects an unknown locale or a bad precision, naming formatScore', () => {
    expect(() => formatScore(1, 'fr-FR' as 'en-US')).toThrow(/formatScore/);
    expect(() => formatScore(1, 'en-US', 1.5)).toThrow(/precision.*formatScore/);
  });
});
