import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBy, type ParetoInput, pareto } from '@servicescore/core';

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

// KPIS.md example: 32/19/15/5/3/2/1, total 77.
const example: ParetoInput[] = [
  { category: '响应不及时', count: 32 },
  { category: '维修质量差', count: 19 },
  { category: '配件缺货', count: 15 },
  { category: '态度不好', count: 5 },
  { category: '收费争议', count: 3 },
  { category: '预约困难', count: 2 },
  { category: '其他原因', count: 1 },
];

describe('pareto', () => {
  it('reproduces the KPIS.md example: cumulative 41.6/66.2/85.7/92.2/96.1/98.7/100 %, first three vital', () => {
    const result = pareto(example);
    expect(result.total).toBe(77);
    expect(result.cutoff).toBe(0.8);
    // 32/77, 51/77, 66/77, 71/77, 74/77, 76/77, 77/77.
    expect(result.items.map((i) => Math.round(i.cumulativeShare * 1000) / 10)).toEqual([
      41.6, 66.2, 85.7, 92.2, 96.1, 98.7, 100,
    ]);
    expect(result.items.map((i) => i.vital)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(result.items[0]!.share).toBe(32 / 77);
    expect(result.items[6]!.cumulativeShare).toBe(1);
  });

  it('sorts by count descending, ties by category code point', () => {
    const result = pareto([
      { category: 'b', count: 2 },
      { category: 'a', count: 2 },
      { category: 'c', count: 5 },
    ]);
    expect(result.items.map((i) => i.category)).toEqual(['c', 'a', 'b']);
  });

  it('orders astral characters after the rest of the BMP (code points, not UTF-16 units)', () => {
    const result = pareto([
      { category: '😀', count: 1 },
      { category: '\uFF5E', count: 1 },
    ]);
    expect(result.items.map((i) => i.category)).toEqual(['\uFF5E', '😀']);
  });

  it('includes the category that crosses the cutoff, and stops at an exact hit', () => {
    // 8/10 reaches 0.8 exactly: only the first is vital.
    expect(
      pareto([
        { category: 'a', count: 8 },
        { category: 'b', count: 2 },
      ]).items.map((i) => i.vital),
    ).toEqual([true, false]);
    // 7/10 and 0.7 with binary rounding: still reached.
    expect(
      pareto(
        [
          { category: 'a', count: 7 },
          { category: 'b', count: 3 },
        ],
        { cutoff: 0.7 },
      ).items[1]!.vital,
    ).toBe(false);
  });

  it('sums duplicate categories', () => {
    const result = pareto([
      { category: 'a', count: 2 },
      { category: 'b', count: 3 },
      { category: 'a', count: 4 },
    ]);
    expect(result.items.map((i) => [i.category, i.count])).toEqual([
      ['a', 6],
      ['b', 3],
    ]);
  });

  it('rejects negative and non-finite counts, naming the category', () => {
    expect(() => pareto([{ category: '投诉', count: -1 }])).toThrow(/"投诉" has count -1/);
    expect(() => pareto([{ category: 'x', count: Number.NaN }])).toThrow(RangeError);
    expect(() => pareto([{ category: 'x', count: Number.POSITIVE_INFINITY }])).toThrow(RangeError);
  });

  it('rejects counts whose total overflows, never returning an Infinity total (found by fuzzing)', () => {
    // 1.8e308 + 1e300 is past Number.MAX_VALUE: the total was Infinity and every share 0.
    expect(() =>
      pareto([
        { category: 'a', count: Number.MAX_VALUE },
        { category: 'b', count: 1e300 },
      ]),
    ).toThrow(/add up to more than the largest finite number/);
  });

  it('accepts non-integer counts such as costs', () => {
    expect(
      pareto([
        { category: 'a', count: 1.5 },
        { category: 'b', count: 0.5 },
      ]).items[0]!.share,
    ).toBe(0.75);
  });

  it('gives a zero total shares of 0 and no vital few, never NaN', () => {
    const result = pareto([
      { category: 'a', count: 0 },
      { category: 'b', count: 0 },
    ]);
    expect(result.total).toBe(0);
    expect(result.items).toEqual([
      { category: 'a', count: 0, share: 0, cumulativeShare: 0, vital: false },
      { category: 'b', count: 0, share: 0, cumulativeShare: 0, vital: false },
    ]);
    expect(pareto([]).items).toEqual([]);
  });

  it('puts zero-count categories last, or drops them', () => {
    const input = [
      { category: 'a', count: 0 },
      { category: 'b', count: 3 },
    ];
    expect(pareto(input).items.map((i) => i.category)).toEqual(['b', 'a']);
    expect(pareto(input, { dropZeros: true }).items.map((i) => i.category)).toEqual(['b']);
  });

  it('folds the tail into Other by maximum bars, Other last even when larger', () => {
    // maxBars 4 → 3 bars + Other (5 + 3 + 2 + 1 = 11).
    const result = pareto(example, { other: { maxBars: 4 } });
    expect(result.items.map((i) => [i.category, i.count])).toEqual([
      ['响应不及时', 32],
      ['维修质量差', 19],
      ['配件缺货', 15],
      ['其他', 11],
    ]);
    expect(result.items[3]).toMatchObject({
      isOther: true,
      vital: false,
      cumulativeShare: 1,
      otherCategories: ['态度不好', '收费争议', '预约困难', '其他原因'],
    });
    // Two bars: 32 + Other 45, Other larger than the bar before it and still last.
    const two = pareto(example, { other: { maxBars: 2, label: 'Other' } });
    expect(two.items.map((i) => [i.category, i.count])).toEqual([
      ['响应不及时', 32],
      ['Other', 45],
    ]);
    // The cutoff is crossed only inside Other: the vital few are the bars before it.
    expect(two.items.map((i) => i.vital)).toEqual([true, false]);
  });

  it('folds the tail into Other by cumulative share', () => {
    // minShare 0.9: 32, 19, 15 (85.7 %), 5 (92.2 %) kept; 3 + 2 + 1 = 6 folded.
    const result = pareto(example, { other: { minShare: 0.9 }, locale: 'en-US' });
    expect(result.items.map((i) => [i.category, i.count])).toEqual([
      ['响应不及时', 32],
      ['维修质量差', 19],
      ['配件缺货', 15],
      ['态度不好', 5],
      ['Other', 6],
    ]);
  });

  it('keeps shares within 0..1 and ends at exactly 1 with counts near 2^53 (found by fuzzing)', () => {
    // total = 9007199254740991 + 328 + 105 + 9 summed in one order; the Other bar (105 + 9) summed
    // apart rounded the running count one ulp past the total: cumulative 1.0000000000000002.
    const r = pareto(
      [
        { category: 'a', count: 9_007_199_254_740_991 },
        { category: 'b', count: 105 },
        { category: 'c', count: 9 },
        { category: 'a', count: 328 },
      ],
      { other: { minShare: 5e-324 } },
    );
    for (const item of r.items) {
      expect(item.share).toBeLessThanOrEqual(1);
      expect(item.cumulativeShare).toBeLessThanOrEqual(1);
    }
    expect(r.items.at(-1)!.cumulativeShare).toBe(1);
  });

  it('does not fold a single category into Other', () => {
    // 6 categories, maxBars 6: they all fit, nothing folds.
    expect(
      pareto(example.slice(0, 6), { other: { maxBars: 6 } }).items.some((i) => i.isOther),
    ).toBe(false);
    // minShare 0.98: only '其他原因' (1) would fold.
    expect(pareto(example, { other: { minShare: 0.98 } }).items.some((i) => i.isOther)).toBe(false);
  });

  it('rejects an invalid cutoff or maxBars', () => {
    expect(() => pareto(example, { cutoff: 0 })).toThrow(/cutoff/);
    expect(() => pareto(example, { cutoff: 1.5 })).toThrow(/cutoff/);
    expect(() => pareto(example, { other: { maxBars: 1 } })).toThrow(/maxBars/);
  });

  it('keeps cumulative shares non-decreasing, ending at 1 (0 for a zero total), whatever the input (property)', () => {
    const items = fc.array(
      fc.record({ category: fc.string({ maxLength: 3 }), count: fc.nat(1000) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(items, fc.double({ min: 0.01, max: 1, noNaN: true }), (input, cutoff) => {
        const frozen = deepFreeze(input.map((i) => ({ ...i })));
        const result = pareto(frozen, { cutoff });
        const cum = result.items.map((i) => i.cumulativeShare);
        for (let i = 1; i < cum.length; i++) if (!(cum[i]! >= cum[i - 1]!)) return false;
        if (cum.length > 0 && cum[cum.length - 1] !== (result.total > 0 ? 1 : 0)) return false;
        return result.items.every(
          (i) => Number.isFinite(i.share) && Number.isFinite(i.cumulativeShare),
        );
      }),
    );
  });

  it('does not depend on the order of the input items (property)', () => {
    const items = fc.array(
      fc.record({ category: fc.string({ maxLength: 3 }), count: fc.nat(50) }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(items, (input) => {
        const reversed = [...input].reverse();
        expect(pareto(reversed, { other: { maxBars: 4 } })).toEqual(
          pareto(input, { other: { maxBars: 4 } }),
        );
      }),
    );
  });

  it('does not change its input', () => {
    const input = deepFreeze(example.map((i) => ({ ...i })));
    expect(() => pareto(input, { other: { maxBars: 3 } })).not.toThrow();
    expect(input[0]).toEqual({ category: '响应不及时', count: 32 });
  });
});

describe('countBy', () => {
  it('counts records by a field, skipping empty keys', () => {
    const records = [{ c: 'a' }, { c: 'b' }, { c: 'a' }, { c: '' }, { c: undefined }];
    expect(countBy(records, 'c')).toEqual([
      { category: 'a', count: 2 },
      { category: 'b', count: 1 },
    ]);
  });

  it('counts records by a function, turning numbers into strings', () => {
    expect(countBy([1, 2, 3, 4], (n) => n % 2)).toEqual([
      { category: '1', count: 2 },
      { category: '0', count: 2 },
    ]);
  });
});
