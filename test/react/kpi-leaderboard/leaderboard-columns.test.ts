// The leaderboard's columns fit their texts: the grade column its longest verdict, a metric cell
// a huge value in compact notation. Widths are worked out by hand from the
// per-character estimate of textWidthEm.
import { describe, expect, it } from 'vitest';
import { gradeColumnWidth } from '../../../packages/react/src/kpi-leaderboard/leaderboard-columns';
import { compactNumber } from '../../../packages/react/src/shared/compact-number';
import { textWidthEm } from '../../../packages/react/src/shared/text-width';

describe('textWidthEm', () => {
  it('counts wide characters as 1 em and Latin ones by their class', () => {
    expect(textWidthEm('待改进')).toBe(3);
    // N .78; e e d s 4 × .68; space .42; i .42; m .98; p .68; r .52; o v e 3 × .68; m .98;
    // e n 2 × .68; t .52 = 11.42 em.
    expect(textWidthEm('Needs improvement')).toBeCloseTo(11.42, 10);
    expect(textWidthEm('')).toBe(0);
  });
});

describe('gradeColumnWidth', () => {
  it('grows to the longest label of the locale, in steps of 8 px', () => {
    // (11.42 + 2.15) em × 11.2 px + 2 + 16 = 169.98 px → 176.
    expect(gradeColumnWidth(['Excellent', 'Good', 'Pass', 'Needs improvement'])).toBe(176);
  });

  it('keeps its 120 px least for short labels and its 320 px most for a host’s long one', () => {
    // (3 + 2.15) × 11.2 + 18 = 75.7 px: the least, 120.
    expect(gradeColumnWidth(['优秀', '良好', '合格', '待改进'])).toBe(120);
    expect(gradeColumnWidth([])).toBe(120);
    // 60 × .68 = 40.8 em: far past the most, 320 (the label ends in an ellipsis).
    expect(gradeColumnWidth(['x'.repeat(60)])).toBe(320);
  });
});

describe('compactNumber', () => {
  it('writes large values to 3 significant digits in the locale, and leaves the rest alone', () => {
    // 1,234,567,890 = 1.23 billion = 12.3 亿 (亿 = 10^8); 10^12 = 1 trillion = 1 万亿.
    expect(compactNumber(1_234_567_890, 'count', 'en-US')).toBe('1.23B');
    expect(compactNumber(1_234_567_890, 'count', 'zh-CN')).toBe('12.3亿');
    expect(compactNumber(1e12, 'number', 'zh-CN')).toBe('1万亿');
    expect(compactNumber(-2.5e9, 'score', 'en-US')).toBe('-2.5B');
    // NPS points keep their sign, as formatValue writes them.
    expect(compactNumber(12_345, 'points', 'en-US')).toBe('+12.3K');
    // Short enough already, or no compact form: null, the standard text is shown.
    expect(compactNumber(9_999, 'count', 'en-US')).toBeNull();
    expect(compactNumber(12_345, 'ratio', 'en-US')).toBeNull();
    expect(compactNumber(3.6e9, 'duration', 'en-US')).toBeNull();
    expect(compactNumber(Number.NaN, 'count', 'en-US')).toBeNull();
  });
});
