import { describe, expect, it } from 'vitest';
import { bandScale, linearScale } from '../../../packages/react/src/shared/scales';

// Expected values are d3-scale's (the chart used scaleLinear().nice() and scaleBand before).
describe('linearScale', () => {
  it('widens the domain to round values with nice', () => {
    expect(linearScale([0, 87], [0, 1], true).domain).toEqual([0, 90]);
    // 32 → step 5 for 10 ticks (3.2 ≥ √10) → 35.
    expect(linearScale([0, 32], [0, 1], true).domain).toEqual([0, 35]);
    expect(linearScale([0, 1234], [0, 1], true).domain).toEqual([0, 1300]);
    // 0.07 × 200 is 14.000000000000002 in floating point: d3 ends at 0.08, and so do we.
    expect(linearScale([0, 0.07], [0, 1], true).domain).toEqual([0, 0.08]);
  });

  it('gives d3 ticks: 1, 2 or 5 × 10ⁿ steps', () => {
    expect(linearScale([0, 90], [0, 1]).ticks(5)).toEqual([0, 20, 40, 60, 80]);
    expect(linearScale([0, 32], [0, 1]).ticks(5)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(linearScale([0, 1], [0, 1]).ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearScale([0, 3], [0, 1]).ticks(5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
  });

  it('maps linearly, unclamped', () => {
    const y = linearScale([0, 40], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(150);
    expect(y(40)).toBe(0);
    expect(y(50)).toBe(-50);
  });

  it('maps a one-point domain to the middle of the range', () => {
    expect(linearScale([5, 5], [100, 0])(5)).toBe(50);
  });
});

describe('bandScale', () => {
  it('splits the width into bands with inner and outer padding, centred', () => {
    // step = 400 / (4 − 0.25 + 0.3) = 98.765…; bandwidth = 0.75 step; first = 0.15 step.
    const b = bandScale(['a', 'b', 'c', 'd'], 400, 0.25, 0.15);
    const step = 400 / 4.05;
    expect(b.step).toBeCloseTo(step, 10);
    expect(b.bandwidth).toBeCloseTo(step * 0.75, 10);
    expect(b.start('a')).toBeCloseTo(step * 0.15, 10);
    expect(b.start('d')).toBeCloseTo(step * 3.15, 10);
    expect(b.start('z')).toBeUndefined();
  });

  it('gives a repeated key its first band only', () => {
    const b = bandScale(['a', 'b', 'a'], 100, 0, 0);
    expect(b.step).toBe(50);
    expect(b.start('a')).toBe(0);
    expect(b.start('b')).toBe(50);
  });
});
