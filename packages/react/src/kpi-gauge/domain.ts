import type { MetricDirection, MetricUnit, ScoringRule } from '@servicescore/core';
import type { GaugeBand } from './types';

/** What {@link gaugeDomain} fits the scale to. Values are in the unit's base (ratio 0.9, ms). */
export interface GaugeDomainInput {
  unit: MetricUnit;
  /** The scoring rule whose thresholds the dial zooms to. */
  rule?: ScoringRule | null | undefined;
  /** Host bands: when given, they say what to show (they win over the rule's thresholds). */
  bands?: readonly GaugeBand[] | undefined;
  /** Which side is better when there is no rule (the metric's direction). @default 'higher' */
  direction?: MetricDirection | null | undefined;
  value?: number | null | undefined;
  target?: number | null | undefined;
  /** An explicit start of the scale: it wins. */
  min?: number | undefined;
  /** An explicit end of the scale: it wins. */
  max?: number | undefined;
}

const HOUR = 3_600_000;

/** The range a unit's values can take: a ratio 0–1, a score 0–100, NPS ±100; others from 0 up. */
const natural: Record<MetricUnit, readonly [number, number]> = {
  ratio: [0, 1],
  score: [0, 100],
  points: [-100, 100],
  count: [0, Number.POSITIVE_INFINITY],
  duration: [0, Number.POSITIVE_INFINITY],
  number: [0, Number.POSITIVE_INFINITY],
};

/** Steps a duration's ends snap to: seconds, minutes, hours, days (ms). */
const durationSteps = [1, 5, 10, 15, 30, 60, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600]
  .map((s) => s * 1000)
  .concat([12, 24, 48, 72, 168, 336, 720].map((h) => h * HOUR));

const finite = (x: number | null | undefined): x is number =>
  typeof x === 'number' && Number.isFinite(x);

/** Rounds away binary noise (0.85000000001 → 0.85) so the ends print as they should. */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * The rule's thresholds, and which side of them is better (bands with `min` or a linear rule whose
 * points rise with the value: higher). A malformed rule has none: the rule's checks report it.
 */
function thresholdsOf(rule: ScoringRule): { values: number[]; higher: boolean } {
  if (rule.type === 'linear') {
    if (!rule.from || !rule.to) return { values: [], higher: true };
    const { from, to } = rule;
    return {
      values: [from.value, to.value],
      higher: (to.value - from.value) * (to.points - from.points) > 0,
    };
  }
  const values: number[] = [];
  let higher = true;
  for (const band of Array.isArray(rule.bands) ? rule.bands : []) {
    if (!band) continue;
    if (band.min !== undefined) values.push(band.min);
    if (band.max !== undefined) values.push(band.max);
    if (band.max !== undefined && band.min === undefined) higher = false;
  }
  return { values: values.filter(finite), higher };
}

/**
 * The smallest nice step that cuts `span` into at most 6 steps: 1, 2, 2.5 or 5 × 10ⁿ of the shown
 * unit (percentage points for a ratio), or for a duration one of 1 s … 30 min, 1, 2, 3, 6, 12 h,
 * 1, 2, 3, 7, 14, 30 d.
 */
function niceStep(span: number, unit: MetricUnit): number {
  if (unit === 'duration') {
    for (const step of durationSteps) if (span / step <= 6) return step;
    return 10 ** Math.ceil(Math.log10(span / 6));
  }
  const scale = unit === 'ratio' ? 100 : 1;
  const shown = span * scale;
  let power = 10 ** Math.floor(Math.log10(shown / 6));
  for (;;) {
    for (const m of [1, 2, 2.5, 5]) if (shown / (m * power) <= 6) return (m * power) / scale;
    power *= 10;
  }
}

/**
 * The scale a gauge draws when the host sets no `min` / `max`: zoomed to where the bands are, so
 * a KPI that lives at 80–100 % is not drawn as a 90 % red ring.
 *
 * The rule, in order:
 * 1. **Core range.** With host `bands`: from the lowest `from` to the highest `to`. With a rule
 *    (or, without one, a target, taken as the one threshold on the metric's `direction` side): its
 *    thresholds (band bounds, or a linear rule's two end values) from the worst one `w` to the
 *    best one `b`; the better end of the scale is the unit's own end on that side (100 % for a
 *    ratio, 100 for a score, 0 for a lower-is-better duration, count or number), or where none
 *    exists `b + (b − w)` (a higher-is-better count or number: `2b` with one threshold); the worse
 *    end lies half the distance from `w` to the better end beyond `w` (so the worst band gets a
 *    third of the dial). With neither: the unit's own range (ratio 0–1, score 0–100, points
 *    −100–100); for a count, duration or number, or a lower-is-better metric, from the unit's
 *    start to 1.5 × the value (1, 1 h or 10 % when there is no value).
 * 2. **Widened** to include the value and the target, but never past the unit's own range (a
 *    ratio of 1.2 stays off the 0–100 % scale and is marked as over it).
 * 3. **Nice ends**: both ends move outwards to a multiple of `niceStep` (1, 2, 2.5, 5 × 10ⁿ of the
 *    shown unit, or a round duration), the smallest that cuts the scale into at most 6 steps,
 *    then are clamped to the unit's range again.
 * 4. An explicit `min` or `max` wins for its end.
 *
 * @example
 * // 响应及时率 ≥ 95 % → 10, ≥ 90 % → 8: w = 0.9, better end 1, worse end 0.9 − 0.05 = 0.85.
 * gaugeDomain({ unit: 'ratio', rule: afterSalesRuleOf('responseTimelinessRate'), value: 0.93 }); // [0.85, 1]
 * // avgHandlingTime ≤ 2 h → 10, ≤ 24 h → 8 (lower is better): better end 0, worse end 24 h + 12 h.
 * gaugeDomain({ unit: 'duration', rule: afterSalesRuleOf('avgHandlingTime'), value: 3 * 3_600_000 }); // [0, 129_600_000]
 */
export function gaugeDomain(input: GaugeDomainInput): [number, number] {
  const { unit, rule, bands, value, target } = input;
  const [lowest, highest] = natural[unit];
  let lo: number;
  let hi: number;
  const known = [value, target].filter(finite);
  // A span to use when nothing gives one: 1 h, 10 points of a ratio, else 1.
  const fallback = unit === 'duration' ? HOUR : unit === 'ratio' ? 0.1 : 1;
  // Without a rule, a target is the one threshold, on the metric's side.
  const thresholds = rule
    ? thresholdsOf(rule)
    : finite(target)
      ? { values: [target], higher: input.direction !== 'lower' }
      : null;
  if (bands && bands.length > 0) {
    lo = Math.min(...bands.map((b) => b.from));
    hi = Math.max(...bands.map((b) => b.to));
  } else if (thresholds && thresholds.values.length > 0) {
    const { values, higher } = thresholds;
    const w = higher ? Math.min(...values) : Math.max(...values);
    const b = higher ? Math.max(...values) : Math.min(...values);
    const own = higher ? highest : lowest;
    const better = Number.isFinite(own) ? own : b !== w ? b + (b - w) : b !== 0 ? 2 * b : 1;
    const worse = w - (better - w) / 2;
    [lo, hi] = higher ? [worse, better] : [better, worse];
  } else if (Number.isFinite(highest) && input.direction !== 'lower') {
    [lo, hi] = [lowest, highest];
  } else {
    const top = Math.max(lowest, ...known) - lowest;
    [lo, hi] = [lowest, lowest + (top > 0 ? top * 1.5 : fallback)];
  }
  lo = Math.max(lowest, Math.min(lo, ...known));
  hi = Math.min(highest, Math.max(hi, ...known));
  if (!(hi > lo)) hi = lo + fallback;
  const step = niceStep(hi - lo, unit);
  lo = Math.max(lowest, clean(Math.floor(clean(lo / step)) * step));
  hi = Math.min(highest, clean(Math.ceil(clean(hi / step)) * step));
  // One explicit end on the far side of the fitted other end: keep one step of scale beyond it.
  let from = input.min ?? lo;
  let to = input.max ?? hi;
  if (input.max === undefined && !(to > from)) to = from + step;
  if (input.min === undefined && !(to > from)) from = to - step;
  return [from, to];
}
