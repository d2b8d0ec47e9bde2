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
 * The axis of a set of values of one unit: centred on them, wide enough that their spread takes
 * at most 80 % of it (1.25 × the spread) and at least a floor that keeps a small change small —
 * 20 percentage points for ratios, 20 points for scores and NPS, half the larger magnitude for
 * durations, counts and plain numbers — then shifted inside the unit's natural bounds (no negative
 * durations, no ratio above 100 %). One value alone gets the same floor around it; no value gives
 * `null`.
 */
function valuesDomain(
  values: readonly (number | null)[],
  unit: MetricUnit,
): [number, number] | null {
  const known = values.filter((v): v is number => v !== null);
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

/**
 * The axis of one dumbbell row (the default, `scale: 'row'`): the before and after values alone,
 * on the rules of the unit (see `valuesDomain`). Rows differ in unit and range, so bar lengths do
 * not compare across rows; the widget says so and labels each row's axis ends.
 *
 * @example
 * rowDomain(0.7, 0.8, 'ratio'); // [0.65, 0.85]: a 10-point change on a 20-point window
 */
export function rowDomain(
  before: number | null,
  after: number | null,
  unit: MetricUnit,
): [number, number] | null {
  return valuesDomain([before, after], unit);
}

/**
 * The shared axes of `scale: 'shared'`: one domain per unit over every row's before and after
 * values (all ratio rows on one axis, all duration rows on another), on the same rules as
 * {@link rowDomain}, so that positions and lengths compare across the rows of a unit. A unit whose
 * rows have no values has no entry.
 *
 * @example
 * sharedDomains([
 *   { unit: 'ratio', before: 0.7, after: 0.8 },
 *   { unit: 'ratio', before: 0.4, after: 0.84 },
 * ]).get('ratio'); // [0.345, 0.895]: spread 0.44 × 1.25 = 0.55 around 0.62
 */
export function sharedDomains(
  rows: readonly { unit: MetricUnit; before: number | null; after: number | null }[],
): Map<MetricUnit, [number, number]> {
  const byUnit = new Map<MetricUnit, (number | null)[]>();
  for (const r of rows) {
    const values = byUnit.get(r.unit) ?? [];
    values.push(r.before, r.after);
    byUnit.set(r.unit, values);
  }
  const out = new Map<MetricUnit, [number, number]>();
  for (const [unit, values] of byUnit) {
    const domain = valuesDomain(values, unit);
    if (domain !== null) out.set(unit, domain);
  }
  return out;
}
