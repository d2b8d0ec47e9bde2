import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlLimits } from '@servicescore/core';

// NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.3.2 "Proportions Control Charts"
// (https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc332.htm): 30 wafers, 50 chips each,
// misregistered chips per wafer:
const wafers = [
  12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7,
  13, 9, 6,
];
// Σ = 105 + 109 + 133 = 347 of 30 × 50 = 1500 chips → p̄ = 347 / 1500 = 0.231333…
// σ = √(0.231333 × 0.768667 / 50) = √0.0035564 = 0.059636; 3σ = 0.178908
// UCL = 0.231333 + 0.178908 = 0.410241 (handbook: 0.4102); LCL = 0.052425 (handbook: 0.0524).
// Wafer 15 (22/50 = 0.44) and wafer 23 (24/50 = 0.48) lie above the UCL; wafer 21 (0.40) does not.
const nistP = wafers.map((defective) => ({ value: defective / 50, n: 50 }));

// NIST/SEMATECH e-Handbook §6.3.2.2 "Individuals Control Charts"
// (https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc322.htm): flow rate of 10 batches.
const flow = [49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1];
// Σ = 508.1 → X̄ = 50.81. Moving ranges 2.0 2.3 1.4 3.5 3.4 1.4 0.2 1.2 1.5, Σ = 16.9 → MR̄ = 1.87778
// UCL = 50.81 + 2.66 × 1.87778 = 50.81 + 4.99489 = 55.80489 (handbook: 55.80)
// LCL = 50.81 − 4.99489 = 45.81511 (handbook: 45.82); MR chart UCL = 3.267 × 1.87778 = 6.13469
// (handbook: 6.13). No batch is out of control.
const nistX = flow.map((value) => ({ value }));

describe('controlLimits: p-chart (NIST e-Handbook §6.3.3.2 wafer example)', () => {
  const result = controlLimits(nistP, { chart: 'p' });

  it('puts the centre line at total defectives ÷ total inspected', () => {
    expect(result.center).toBeCloseTo(347 / 1500, 10);
    expect(result.center).toBeCloseTo(0.2313, 4);
  });

  it('gives the handbook limits for n = 50', () => {
    for (const point of result.points) {
      expect(point.upper).toBeCloseTo(0.4102, 4);
      expect(point.lower).toBeCloseTo(0.0524, 4);
    }
  });

  it('flags exactly the two wafers above the upper limit', () => {
    const flagged = result.points.flatMap((p, i) => (p.signals.length > 0 ? [i + 1] : []));
    expect(flagged).toEqual([15, 23]);
    expect(result.points[14]?.signals).toEqual(['aboveUpperLimit']);
    expect(result.outOfControl).toBe(true);
    expect(result.averageMovingRange).toBeUndefined();
  });

  it('draws wider limits for a period with fewer tickets', () => {
    // p̄ = (10 + 20) / (100 + 100 + 25) … keep it simple: 3 periods, 10/100, 20/100, 5/25
    // Σ defectives = 10 + 20 + 5 = 35, Σ n = 225 → p̄ = 0.155556
    // n = 100: 3·√(0.155556 × 0.844444 / 100) = 3 × 0.036243 = 0.108729 → UCL 0.264285
    // n = 25:  3·√(0.155556 × 0.844444 / 25)  = 3 × 0.072486 = 0.217458 → UCL 0.373014
    const r = controlLimits(
      [
        { value: 0.1, n: 100 },
        { value: 0.2, n: 100 },
        { value: 0.2, n: 25 },
      ],
      { chart: 'p' },
    );
    expect(r.center).toBeCloseTo(35 / 225, 10);
    expect(r.points[0]?.upper).toBeCloseTo(0.264285, 5);
    expect(r.points[2]?.upper).toBeCloseTo(0.373014, 5);
    expect(r.points[0]?.lower).toBeCloseTo(0.155556 - 0.108729, 5);
    // 0.155556 − 0.217458 < 0 → floored at 0
    expect(r.points[2]?.lower).toBe(0);
  });

  it('caps the upper limit at 1 and gives zero-width limits when every ticket passes', () => {
    // p̄ = 1 → σ = 0 → UCL = LCL = 1, nothing flagged (all points on the centre line)
    const r = controlLimits(
      [
        { value: 1, n: 3 },
        { value: 1, n: 4 },
      ],
      { chart: 'p' },
    );
    expect(r.center).toBe(1);
    expect(r.points.map((p) => [p.upper, p.lower])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(r.outOfControl).toBe(false);
  });
});

describe('controlLimits: XmR chart (NIST e-Handbook §6.3.2.2 flow-rate example)', () => {
  const result = controlLimits(nistX, { chart: 'xmr' });

  it('gives the handbook centre, moving range and limits', () => {
    expect(result.center).toBeCloseTo(50.81, 10);
    expect(result.averageMovingRange).toBeCloseTo(16.9 / 9, 10);
    expect(result.points[0]?.upper).toBeCloseTo(55.80489, 4);
    expect(result.points[0]?.lower).toBeCloseTo(45.81511, 4);
    expect(result.movingRangeUpper).toBeCloseTo(6.13469, 4);
  });

  it('finds the process in control', () => {
    expect(result.outOfControl).toBe(false);
    expect(result.points.every((p) => p.signals.length === 0)).toBe(true);
  });

  it('flags a point beyond the lower limit', () => {
    // 10, 12, 10, 12, 10, 12, −20: X̄ = (66 − 20) / 7 = 6.571429; MRs 2,2,2,2,2,32 → MR̄ = 42 / 6 = 7; 2.66 × 7 = 18.62
    // LCL = 6.571429 − 18.62 = −12.048571 → −20 lies below it.
    const r = controlLimits(
      [10, 12, 10, 12, 10, 12, -20].map((value) => ({ value })),
      { chart: 'xmr' },
    );
    expect(r.points[6]?.lower).toBeCloseTo(-12.048571, 5);
    expect(r.points[6]?.signals).toEqual(['belowLowerLimit']);
    expect(r.points.slice(0, 6).every((p) => p.signals.length === 0)).toBe(true);
  });
});

describe('controlLimits: runs on one side of the centre line', () => {
  // The run rule alone needs limits wide enough that no point is beyond them: a p-chart with n = 20.
  // 8 periods at 0.30 then 8 at 0.20: p̄ = (8 × 0.3 + 8 × 0.2) / 16 = 0.25,
  // 3σ = 3·√(0.25 × 0.75 / 20) = 0.290474 → UCL 0.540474, LCL 0 (floored); two runs of 8.
  const sixteen = [...Array(8).fill(0.3), ...Array(8).fill(0.2)].map((value) => ({
    value,
    n: 20,
  }));

  it('flags every point of 8 in a row above and 8 in a row below', () => {
    const r = controlLimits(sixteen, { chart: 'p' });
    expect(r.center).toBeCloseTo(0.25, 10);
    expect(r.points.every((p) => p.signals.length === 1 && p.signals[0] === 'run')).toBe(true);
  });

  it('does not flag 7 in a row', () => {
    // 7 above, 1 below, 8 below → only the last 9 (1 + 8 below) form a run.
    const mixed = [...Array(7).fill(0.3), ...Array(9).fill(0.2)].map((value) => ({
      value,
      n: 20,
    }));
    // p̄ = (7 × 0.3 + 9 × 0.2) / 16 = 3.9 / 16 = 0.24375; every point is on its side of it.
    const r = controlLimits(mixed, { chart: 'p' });
    expect(r.points.slice(0, 7).every((p) => p.signals.length === 0)).toBe(true);
    expect(r.points.slice(7).every((p) => p.signals.includes('run'))).toBe(true);
  });

  it('breaks a run at a point on the centre line, and takes a custom run length', () => {
    // XmR (centre = plain mean), run length 4. Values: 11 ×4, 10, 11 ×3, 9 ×3, 10, 9 ×4
    // Σ = 44 + 10 + 33 + 27 + 10 + 36 = 160 over 16 points → X̄ = 10, so the 10s sit on the line.
    // Sides: + + + + 0 + + + − − − 0 − − − −. Runs of ≥ 4: indexes 0–3 and 12–15 only (5–7 is
    // three above, 8–10 three below: a change of side or a point on the line ends a run).
    // MR̄ = (0+0+0+1+1+0+0+2+0+0+1+1+0+0+0) / 15 = 6 / 15 = 0.4 → limits 10 ± 1.064: all inside.
    const values = [11, 11, 11, 11, 10, 11, 11, 11, 9, 9, 9, 10, 9, 9, 9, 9];
    const r = controlLimits(
      values.map((value) => ({ value })),
      { chart: 'xmr', runLength: 4 },
    );
    expect(r.center).toBe(10);
    expect(r.points[0]?.upper).toBeCloseTo(11.064, 10);
    const run = r.points.map((p) => p.signals.includes('run'));
    expect(run).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('controlLimits: edges and bad input', () => {
  it('returns no points for an empty series', () => {
    const r = controlLimits([], { chart: 'xmr' });
    expect(r.points).toEqual([]);
    expect(r.center).toBe(0);
    expect(r.averageMovingRange).toBe(0);
    expect(r.outOfControl).toBe(false);
  });

  it('gives one XmR point zero-width limits at its own value', () => {
    const r = controlLimits([{ value: 42 }], { chart: 'xmr' });
    expect(r.points[0]).toMatchObject({ center: 42, upper: 42, lower: 42, signals: [] });
  });

  it('names the point and the rule for a p-chart period without n', () => {
    expect(() => controlLimits([{ value: 0.5, n: 10 }, { value: 0.5 }], { chart: 'p' })).toThrow(
      /`points\[1\]\.n` of value undefined .* integer ≥ 1/,
    );
  });

  it('rejects a proportion above 1, a NaN value and an unknown chart', () => {
    expect(() => controlLimits([{ value: 1.2, n: 10 }], { chart: 'p' })).toThrow(
      /`points\[0\]\.value` of value 1\.2 .* between 0 and 1/,
    );
    expect(() => controlLimits([{ value: Number.NaN }], { chart: 'xmr' })).toThrow(/finite number/);
    expect(() => controlLimits([], { chart: 'u' as 'p' })).toThrow(/option `chart`/);
    expect(() => controlLimits([], { chart: 'p', runLength: 1 })).toThrow(/runLength/);
  });

  it('never returns NaN and keeps lower ≤ centre ≤ upper (property)', () => {
    const pPoints = fc.array(
      fc.record({
        value: fc.double({ min: 0, max: 1, noNaN: true }),
        n: fc.integer({ min: 1, max: 10_000 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(pPoints, (points) => {
        const r = controlLimits(points, { chart: 'p' });
        for (const p of r.points) {
          expect(Number.isNaN(p.upper) || Number.isNaN(p.lower)).toBe(false);
          expect(p.lower).toBeLessThanOrEqual(p.center + 1e-12);
          expect(p.upper).toBeGreaterThanOrEqual(p.center - 1e-12);
          expect(p.lower).toBeGreaterThanOrEqual(0);
          expect(p.upper).toBeLessThanOrEqual(1);
        }
      }),
    );
    const xPoints = fc.array(
      fc.record({ value: fc.double({ min: -1e9, max: 1e9, noNaN: true }) }),
      {
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(xPoints, (points) => {
        const r = controlLimits(points, { chart: 'xmr' });
        expect(r.points.length).toBe(points.length);
        for (const p of r.points) {
          expect(Number.isFinite(p.upper) && Number.isFinite(p.lower)).toBe(true);
          expect(p.upper - p.center).toBeCloseTo(p.center - p.lower, 3);
        }
      }),
    );
  });
});
