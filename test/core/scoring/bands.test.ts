import { describe, expect, it } from 'vitest';
import {
  applyRule,
  bandSegments,
  classifyValue,
  ruleText,
  type ScoringRule,
  toneOf,
} from '@servicescore/core';

// ≥ 95 % → 10; ≥ 90 % → 8; else 5 (higher is better).
const timeliness: ScoringRule = {
  type: 'bands',
  bands: [{ min: 0.95, points: 10 }, { min: 0.9, points: 8 }, { points: 5 }],
};
// ≤ 2 h → 10; ≤ 24 h → 8; else 5 (lower is better).
const handling: ScoringRule = {
  type: 'bands',
  bands: [{ max: 7_200_000, points: 10 }, { max: 86_400_000, points: 8 }, { points: 5 }],
};
// 60 % → 0 points rising to 100 % → 10 points.
const linear: ScoringRule = {
  type: 'linear',
  from: { value: 0.6, points: 0 },
  to: { value: 1, points: 10 },
};

describe('applyRule', () => {
  it('gives the first band whose min holds, bounds inclusive (0.95 → 10)', () => {
    expect(applyRule(0.95, timeliness)).toEqual({ points: 10, bandIndex: 0 });
    expect(applyRule(0.9499, timeliness)).toEqual({ points: 8, bandIndex: 1 });
    expect(applyRule(0.9, timeliness)).toEqual({ points: 8, bandIndex: 1 });
    expect(applyRule(0.2, timeliness)).toEqual({ points: 5, bandIndex: 2 });
  });

  it('gives the first band whose max holds for lower-is-better bands (exactly 2 h → 10)', () => {
    expect(applyRule(7_200_000, handling)).toEqual({ points: 10, bandIndex: 0 });
    expect(applyRule(7_200_001, handling)).toEqual({ points: 8, bandIndex: 1 });
    expect(applyRule(86_400_000, handling)).toEqual({ points: 8, bandIndex: 1 });
    expect(applyRule(86_400_001, handling)).toEqual({ points: 5, bandIndex: 2 });
  });

  it('interpolates linear rules and clamps outside the end points', () => {
    // 0.8 is halfway from 0.6 to 1 → 5 points.
    expect(applyRule(0.8, linear).points).toBeCloseTo(5, 12);
    expect(applyRule(0.5, linear)).toEqual({ points: 0, bandIndex: null });
    expect(applyRule(1.2, linear)).toEqual({ points: 10, bandIndex: null });
  });

  it('handles a lower-is-better linear rule (from.value above to.value)', () => {
    // 10 points at 1 h falling to 0 at 5 h; 2 h is a quarter of the way → 7.5.
    const rule: ScoringRule = {
      type: 'linear',
      from: { value: 1, points: 10 },
      to: { value: 5, points: 0 },
    };
    expect(applyRule(2, rule).points).toBe(7.5);
  });

  it('rejects a non-finite value and a rule without a catch-all band', () => {
    expect(() => applyRule(Number.NaN, timeliness)).toThrow(/NaN/);
    expect(() => applyRule(0.1, { type: 'bands', bands: [{ min: 0.5, points: 10 }] })).toThrow(
      /catch-all/,
    );
  });
});

describe('classifyValue', () => {
  it('returns points, score, tone and band together', () => {
    expect(classifyValue(0.95, timeliness)).toEqual({
      points: 10,
      score: 100,
      tone: 'excellent',
      bandIndex: 0,
    });
    // 8 of 10 → 80 → good; 5 of 10 → 50 → needs improvement.
    expect(classifyValue(0.92, timeliness)).toEqual({
      points: 8,
      score: 80,
      tone: 'good',
      bandIndex: 1,
    });
    expect(classifyValue(0.5, timeliness).tone).toBe('needsImprovement');
  });

  it('scales by maxPoints', () => {
    // 8 of 20 → 40.
    expect(classifyValue(0.92, timeliness, { maxPoints: 20 })).toMatchObject({
      score: 40,
      tone: 'needsImprovement',
    });
  });

  it('rounds the score before choosing the tone (8.996 of 10 → 89.96 → excellent)', () => {
    const rule: ScoringRule = {
      type: 'linear',
      from: { value: 0, points: 0 },
      to: { value: 100, points: 10 },
    };
    expect(classifyValue(89.96, rule).tone).toBe('excellent');
    expect(classifyValue(89.94, rule).tone).toBe('good');
  });
});

describe('toneOf', () => {
  it('grades points out of maxPoints', () => {
    expect(toneOf(9, 10)).toBe('excellent');
    expect(toneOf(6, 10)).toBe('pass');
    expect(() => toneOf(5, 0)).toThrow(/maxPoints/);
  });
});

describe('bandSegments', () => {
  it('covers the domain with one segment per band, in value order', () => {
    expect(bandSegments(timeliness, [0.8, 1])).toEqual([
      { from: 0.8, to: 0.9, tone: 'needsImprovement', points: 5 },
      { from: 0.9, to: 0.95, tone: 'good', points: 8 },
      { from: 0.95, to: 1, tone: 'excellent', points: 10 },
    ]);
  });

  it('orders lower-is-better bands by value too', () => {
    expect(bandSegments(handling, [0, 172_800_000])).toEqual([
      { from: 0, to: 7_200_000, tone: 'excellent', points: 10 },
      { from: 7_200_000, to: 86_400_000, tone: 'good', points: 8 },
      { from: 86_400_000, to: 172_800_000, tone: 'needsImprovement', points: 5 },
    ]);
  });

  it('leaves out bands outside the domain', () => {
    expect(bandSegments(timeliness, [0.96, 1])).toEqual([
      { from: 0.96, to: 1, tone: 'excellent', points: 10 },
    ]);
  });

  it('cuts a linear rule where the tone changes', () => {
    // 0..10 points over 0.6..1: 6 points (60) at 0.84, 8 (80) at 0.92, 9 (90) at 0.96.
    const segments = bandSegments(linear, [0.6, 1]);
    expect(segments.map((s) => s.tone)).toEqual(['needsImprovement', 'pass', 'good', 'excellent']);
    expect(segments[0]!.from).toBe(0.6);
    expect(segments[1]!.from).toBeCloseTo(0.84, 12);
    expect(segments[2]!.from).toBeCloseTo(0.92, 12);
    expect(segments[3]!.from).toBeCloseTo(0.96, 12);
    expect(segments[3]!.to).toBe(1);
  });

  it('agrees with classifyValue inside every segment', () => {
    for (const s of bandSegments(timeliness, [0, 1])) {
      expect(classifyValue((s.from + s.to) / 2, timeliness).tone).toBe(s.tone);
    }
  });

  it('rejects an empty or inverted domain', () => {
    expect(() => bandSegments(timeliness, [1, 1])).toThrow(/domain/);
  });
});

describe('ruleText', () => {
  it('writes ratio bands in Chinese with a full-width semicolon', () => {
    expect(ruleText(timeliness, 'ratio', 'zh-CN')).toBe('≥ 95% → 10；≥ 90% → 8；其他 → 5');
  });

  it('writes ratio bands in English', () => {
    expect(ruleText(timeliness, 'ratio', 'en-US')).toBe('≥ 95% → 10; ≥ 90% → 8; else → 5');
  });

  it('writes durations in hours', () => {
    expect(ruleText(handling, 'duration', 'en-US')).toBe('≤ 2 h → 10; ≤ 24 h → 8; else → 5');
    expect(ruleText(handling, 'duration', 'zh-CN')).toBe('≤ 2小时 → 10；≤ 24小时 → 8；其他 → 5');
  });

  it('shows the decimals a bound needs and no more', () => {
    const rule: ScoringRule = { type: 'bands', bands: [{ min: 0.925, points: 10 }, { points: 0 }] };
    expect(ruleText(rule, 'ratio', 'en-US')).toBe('≥ 92.5% → 10; else → 0');
  });

  it('writes a linear rule', () => {
    expect(ruleText(linear, 'ratio', 'en-US')).toBe('60% → 0 to 100% → 10 (linear)');
    expect(ruleText(linear, 'ratio', 'zh-CN')).toBe('60% → 0 至 100% → 10（线性）');
  });
});
