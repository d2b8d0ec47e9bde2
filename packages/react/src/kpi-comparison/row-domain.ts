import type { MetricUnit } from '@servicescore/core';

/** The natural bounds of a unit: ratios 0–100 %, scores 0–100, NPS −100–100, others ≥ 0. */
const bounds: Record<MetricUnit, readonly [number, number]> = {
  ratio: [0, 1],
  score: [0, 100],
  points: [-100, 100],
  duration: [0, Number.POSITIVE_INFINITY],
  count: [0, Number.POSITIVE_INFINITY],
  number: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
};

/** The narrowest window of a unit on a fixed scale (20 pts of a ratio, 20 points of a score / NPS). */
const minWindow: Partial<Record<MetricUnit, number>> = { ratio: 0.2, score: 20, points: 20 };

/**
 * The axis of one dumbbell row. Units differ per row, so each row has its own domain: centred on
 * the two values, wide enough that the change takes at most 80 % of it (1.25 × the change) and at
 * least a floor that keeps a small change small — 20 percentage points for ratios, 20 points for
 * scores and NPS, half the larger magnitude for durations, counts and plain numbers — then shifted
 * inside the unit's natural bounds (no negative durations, no ratio above 100 %).
 * One value alone gets the same floor around it; no value gives `null`.
 */
export function rowDomain(
  before: number | null,
  after: number | null,
  unit: MetricUnit,
): [number, number] | null {
  const known = [before, after].filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  const floor = minWindow[unit] ?? (magnitude > 0 ? magnitude / 2 : 1);
  const [min, max] = bounds[unit];
  const width = Math.min(Math.max((hi - lo) * 1.25, floor), max - min);
  const mid = (lo + hi) / 2;
  let d0 = mid - width / 2;
  let d1 = mid + width / 2;
  if (d0 < min) {
    d1 += min - d0;
    d0 = min;
  }
  if (d1 > max) {
    d0 -= d1 - max;
    d1 = max;
  }
  // Values outside the natural bounds (an over-100 % ratio from a host) still fit.
  return [Math.min(d0, lo), Math.max(d1, hi)];
}
