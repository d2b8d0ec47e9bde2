import type { MetricUnit, ScoringRule } from '@servicescore/core';
import { linearScale } from '../shared/scales';

/** The values a rule changes tone at: band bounds, or a linear rule's two ends. */
export function ruleThresholds(rule: ScoringRule): number[] {
  if (rule.type === 'linear') return [rule.from.value, rule.to.value];
  const out: number[] = [];
  for (const band of rule.bands) {
    if (band.min !== undefined) out.push(band.min);
    if (band.max !== undefined) out.push(band.max);
  }
  return out;
}

/**
 * A domain fitted to the rule's thresholds, the value and the target: their extent widened by a
 * quarter on each side (so the outer bands show), rounded to nice numbers, and kept inside what the
 * unit allows (a ratio within 0–1, a duration or count from 0). A KPI living at 80–100 % gets a
 * 0.6–1 axis instead of a mostly-red 0–100 %.
 */
export function bulletDomain(
  rule: ScoringRule,
  unit: MetricUnit,
  value: number | null,
  target: number | null,
): [number, number] {
  const points = [...ruleThresholds(rule), value, target].filter(
    (x): x is number => typeof x === 'number' && Number.isFinite(x),
  );
  let lo = Math.min(...points);
  let hi = Math.max(...points);
  const span = hi - lo || Math.abs(hi) * 0.2 || 1;
  lo -= span * 0.25;
  hi += span * 0.25;
  const floor = unit === 'ratio' || unit === 'duration' || unit === 'count' ? 0 : -Infinity;
  const ceiling = unit === 'ratio' ? 1 : Infinity;
  const [niceLo, niceHi] = linearScale([lo, hi], [0, 1], true).domain;
  lo = Math.max(floor, niceLo);
  hi = Math.min(ceiling, niceHi);
  // The value itself may lie outside the unit's range (a ratio above 1 from a host): keep it in.
  if (value !== null) {
    lo = Math.min(lo, value);
    hi = Math.max(hi, value);
  }
  return lo < hi ? [lo, hi] : [lo, lo + 1];
}
