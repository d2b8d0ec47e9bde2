import { describe, expect, it } from 'vitest';
import {
  normalTwoSidedP,
  regularizedIncompleteBeta,
  studentTTwoSidedP,
} from '@servicescore/core/advanced';

// Reference values: standard tables, cross-checked with scipy.stats (t.sf, norm.sf).
describe('studentTTwoSidedP', () => {
  it('matches published values', () => {
    expect(studentTTwoSidedP(2.0, 10)).toBeCloseTo(0.073388, 5);
    expect(studentTTwoSidedP(2.0, 8)).toBeCloseTo(0.080516, 5);
    // The 97.5 % critical value of t(10) is 2.228139 → p = 0.05.
    expect(studentTTwoSidedP(2.228138852, 10)).toBeCloseTo(0.05, 8);
    // t(1) is Cauchy: P(|T| > 1) = 0.5 exactly.
    expect(studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 12);
    // Non-integer df (Welch): t = 3.5, df = 2.5 → 0.052346.
    expect(studentTTwoSidedP(3.5, 2.5)).toBeCloseTo(0.0523455, 6);
    expect(studentTTwoSidedP(0.3, 150)).toBeCloseTo(0.764592, 5);
  });

  it('is symmetric in t and 1 at t = 0', () => {
    expect(studentTTwoSidedP(-2, 10)).toBe(studentTTwoSidedP(2, 10));
    expect(studentTTwoSidedP(0, 5)).toBe(1);
  });
});

describe('normalTwoSidedP', () => {
  it('matches published values', () => {
    expect(normalTwoSidedP(1.959963984540054)).toBeCloseTo(0.05, 12);
    expect(normalTwoSidedP(2.5758293035489)).toBeCloseTo(0.01, 12);
    expect(normalTwoSidedP(1)).toBeCloseTo(0.317310507862914, 12);
    expect(normalTwoSidedP(0)).toBe(1);
    expect(normalTwoSidedP(40)).toBeGreaterThanOrEqual(0);
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches closed forms', () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_0.5(a, a) = 0.5.
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.4, 3, 1)).toBeCloseTo(0.064, 12);
    expect(regularizedIncompleteBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});
