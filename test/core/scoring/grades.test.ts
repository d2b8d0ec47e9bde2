import { describe, expect, it } from 'vitest';
import {
  defaultGradeScale,
  type GradeScale,
  gradeOf,
  roundScore,
  validateGradeScale,
} from '@servicescore/core';

describe('gradeOf', () => {
  it('grades the default scale 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 待改进 below', () => {
    expect(gradeOf(95).id).toBe('excellent');
    expect(gradeOf(85).id).toBe('good');
    expect(gradeOf(70).id).toBe('pass');
    expect(gradeOf(30).id).toBe('needsImprovement');
    expect(gradeOf(95).label).toEqual({ 'zh-CN': '优秀', 'en-US': 'Excellent' });
    expect(gradeOf(30).label['zh-CN']).toBe('待改进');
  });

  it('treats lower bounds as inclusive', () => {
    expect(gradeOf(90).id).toBe('excellent');
    expect(gradeOf(80).id).toBe('good');
    expect(gradeOf(60).id).toBe('pass');
    expect(gradeOf(59.9).id).toBe('needsImprovement');
  });

  it('rounds to the display precision before grading (89.96 shows 90.0 and is 优秀)', () => {
    expect(gradeOf(89.96).id).toBe('excellent');
    expect(gradeOf(89.94).id).toBe('good');
    // 89.95 is stored as 89.94999…; the typed decimal is what rounds: 90.0.
    expect(gradeOf(89.95).id).toBe('excellent');
    // With 2 decimals 89.996 shows 90.00 while 89.994 shows 89.99.
    expect(gradeOf(89.996, undefined, { precision: 2 }).id).toBe('excellent');
    expect(gradeOf(89.994, undefined, { precision: 2 }).id).toBe('good');
    expect(gradeOf(89.6, undefined, { precision: 0 }).id).toBe('excellent');
  });

  it('gives each grade its range: min inclusive, max = the next grade up, null at the top', () => {
    expect(gradeOf(85)).toMatchObject({ id: 'good', min: 80, max: 90 });
    expect(gradeOf(99)).toMatchObject({ id: 'excellent', min: 90, max: null });
    expect(gradeOf(10)).toMatchObject({ id: 'needsImprovement', min: 0, max: 60 });
  });

  it('lets the worst grade take scores below its own min', () => {
    const scale: GradeScale = [
      { id: 'pass', min: 60, label: { 'zh-CN': '合格', 'en-US': 'Pass' } },
      { id: 'needsImprovement', min: 20, label: { 'zh-CN': '待改进', 'en-US': 'Needs' } },
    ];
    // 5 is below the worst grade's min 20: still that grade.
    expect(gradeOf(5, scale).id).toBe('needsImprovement');
  });

  it('rejects a score outside 0–100 (issue 12: gradeOf(150) was "excellent")', () => {
    expect(() => gradeOf(150)).toThrow(RangeError);
    expect(() => gradeOf(150)).toThrow(/score 150: a score is from 0 to 100/);
    expect(() => gradeOf(-5)).toThrow(RangeError);
    // 100.04 rounds to the shown 100.0 (precision 1): a score, graded excellent.
    expect(gradeOf(100.04).id).toBe('excellent');
    expect(() => gradeOf('85' as unknown as number)).toThrow(TypeError);
  });

  it('rejects a non-finite score with a RangeError naming the value', () => {
    expect(() => gradeOf(Number.NaN)).toThrow(/NaN/);
    expect(() => gradeOf(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('uses a custom scale', () => {
    const scale: GradeScale = [
      { id: 'excellent', min: 95, label: { 'zh-CN': 'A', 'en-US': 'A' } },
      { id: 'pass', min: 50, label: { 'zh-CN': 'B', 'en-US': 'B' } },
    ];
    expect(gradeOf(94.9, scale).id).toBe('pass');
    expect(gradeOf(95, scale).id).toBe('excellent');
    expect(gradeOf(10, scale).id).toBe('pass');
  });

  it('refuses an invalid custom scale', () => {
    const scale: GradeScale = [
      { id: 'pass', min: 60, label: { 'zh-CN': '合格', 'en-US': 'Pass' } },
      { id: 'excellent', min: 90, label: { 'zh-CN': '优秀', 'en-US': 'Excellent' } },
    ];
    expect(() => gradeOf(70, scale)).toThrow(/descending|best grade/);
  });
});

describe('roundScore', () => {
  it('rounds half up, robust to binary artefacts', () => {
    expect(roundScore(89.95, 1)).toBe(90);
    expect(roundScore(89.94, 1)).toBe(89.9);
    expect(roundScore(1.005, 2)).toBe(1.01);
    expect(roundScore(0.125, 2)).toBe(0.13);
    expect(roundScore(72.45, 1)).toBe(72.5);
  });

  it('rounds negative halves away from zero and never returns −0', () => {
    expect(roundScore(-0.05, 1)).toBe(-0.1);
    expect(Object.is(roundScore(-0.04, 1), 0)).toBe(true);
  });

  it('rejects a non-finite score or a bad precision', () => {
    expect(() => roundScore(Number.NaN, 1)).toThrow(RangeError);
    expect(() => roundScore(1, 1.5)).toThrow(/precision/);
  });
});

describe('validateGradeScale', () => {
  it('accepts the default scale', () => {
    expect(validateGradeScale(defaultGradeScale)).toEqual({ valid: true, issues: [] });
  });

  it('reports an empty scale, repeated ids, a non-finite min and a missing label', () => {
    expect(validateGradeScale([]).valid).toBe(false);
    const bad = [
      { id: 'good', min: 80, label: { 'zh-CN': '良好', 'en-US': 'Good' } },
      { id: 'good', min: Number.NaN, label: { 'zh-CN': '良好' } },
    ] as unknown as GradeScale;
    const { valid, issues } = validateGradeScale(bad);
    expect(valid).toBe(false);
    expect(issues.join(' ')).toMatch(/unique/);
    expect(issues.join(' ')).toMatch(/finite/);
    expect(issues.join(' ')).toMatch(/label/);
  });
});
