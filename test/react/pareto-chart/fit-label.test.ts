import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../../packages/react/src/pareto-chart/fit-label';

// Widths are estimated: a CJK character or an emoji is 1 em, anything else 0.6 em.
describe('fitLabel', () => {
  it('keeps a label that fits on one line', () => {
    // 4 CJK chars = 4 em = 48 px at 12 px ≤ 60 px
    expect(fitLabel('包装破损', 60, 12)).toEqual({
      lines: ['包装破损'],
      truncated: false,
      brokenWord: false,
    });
  });

  it('wraps CJK text between characters onto a second line', () => {
    // 36 px / 12 px = 3 em per line: 3 + 2 characters
    expect(fitLabel('安装不规范', 36, 12)).toEqual({
      lines: ['安装不', '规范'],
      truncated: false,
      brokenWord: false,
    });
  });

  it('breaks Latin text at a space', () => {
    // 60 px / 12 px = 5 em = 8 narrow characters per line: "Late" fits, "Late delivery" does not
    expect(fitLabel('Late delivery', 60, 12)).toEqual({
      lines: ['Late', 'delivery'],
      truncated: false,
      brokenWord: false,
    });
  });

  it('ends the last line with an ellipsis when text is left over', () => {
    // 2 lines of 3 em: "安装不" + "规…" (the ellipsis takes 1 em)
    const fitted = fitLabel('安装不规范规范规范', 36, 12);
    expect(fitted).toEqual({ lines: ['安装不', '规范…'], truncated: true, brokenWord: false });
  });

  it('cuts a 10,000-character label without reading all of it and never exceeds the lines', () => {
    const fitted = fitLabel('很'.repeat(10_000), 48, 12, 2);
    expect(fitted.lines).toEqual(['很很很很', '很很很…']);
    expect(fitted.truncated).toBe(true);
  });

  it('keeps an emoji sequence whole', () => {
    // "👩‍🔧" is one grapheme of 1 em; with 1 em of room it is shown, not split into code points
    const fitted = fitLabel('👩‍🔧👩‍🔧', 12, 12, 1);
    expect(fitted.lines[0]?.startsWith('👩‍🔧')).toBe(true);
    expect(fitted.lines[0]).not.toContain('\u200d…');
  });

  it('reports a word split between narrow characters', () => {
    // 48 px / 12 px = 4 em: "SKU-0" is 3 capitals × 0.8 + 2 × 0.6 = 3.6 em; one more "0" is 4.2
    expect(fitLabel('SKU-0001', 48, 12)).toEqual({
      lines: ['SKU-0', '001'],
      truncated: false,
      brokenWord: true,
    });
  });

  it('collapses whitespace and newlines to single spaces', () => {
    expect(fitLabel('  a \n\t b  ', 200, 12)).toEqual({
      lines: ['a b'],
      truncated: false,
      brokenWord: false,
    });
  });

  it('returns no lines for an empty label', () => {
    expect(fitLabel('', 60, 12)).toEqual({ lines: [], truncated: false, brokenWord: false });
  });

  it('estimates capitals wider than lower case, so a run of them does not reach the next bar', () => {
    // 60 px / 12 px = 5 em: W and M are 1 em each (5 per line), other capitals 0.8 em (6 per line)
    expect(fitLabel('W'.repeat(10_000), 60, 12)).toEqual({
      lines: ['WWWWW', 'WWWW…'],
      truncated: true,
      brokenWord: true,
    });
    expect(fitLabel('HHHHHHH', 60, 12).lines).toEqual(['HHHHHH', 'H']);
  });
});
