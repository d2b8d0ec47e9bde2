import type { ScoringRule } from './bands';
import { deepFreeze } from './deep-freeze';

const HOUR = 3_600_000;

/** ≥ hi → 10; ≥ lo → 8; else 5 (higher is better). */
function atLeast(hi: number, lo: number): ScoringRule {
  return { type: 'bands', bands: [{ min: hi, points: 10 }, { min: lo, points: 8 }, { points: 5 }] };
}

/** ≤ lo → 10; ≤ hi → 8; else 5 (lower is better). */
function atMost(lo: number, hi: number): ScoringRule {
  return { type: 'bands', bands: [{ max: lo, points: 10 }, { max: hi, points: 8 }, { points: 5 }] };
}

/** Points every indicator of `afterSalesTemplate` is scored out of (its `maxPoints`). */
export const afterSalesMaxPoints = 10;

/**
 * The scoring rules of `afterSalesTemplate`, keyed by each indicator's source metric id (one
 * indicator per metric), without the template's labels and suggestions: what a widget that needs
 * one rule (a gauge given `metric="fcr"`) imports. The template takes its rules from here, so the
 * two never disagree. Frozen all the way down.
 *
 * Ratio bounds are fractions (0.95, not 95); handling time is in ms (2 h, 24 h); quality-inspection
 * scores are 0–100; care contacts are per customer; opportunities are per 100 resolved tickets.
 */
export const afterSalesRules = deepFreeze({
  responseTimelinessRate: atLeast(0.95, 0.9),
  fcr: atLeast(0.85, 0.75),
  avgHandlingTime: atMost(2 * HOUR, 24 * HOUR),
  diagnosisAccuracy: atLeast(0.9, 0.8),
  solutionEffectiveness: atLeast(0.95, 0.9),
  'qaScore.knowledgeBase': atLeast(90, 80),
  positiveReviewRate: atLeast(0.8, 0.6),
  'qaScore.etiquette': atLeast(90, 80),
  'qaScore.empathy': atLeast(90, 80),
  resolutionRate: atLeast(0.95, 0.9),
  complaintClosureRate: atLeast(0.95, 0.9),
  repeatFaultRate: atMost(0.02, 0.05),
  followUpRate: atLeast(1, 0.9),
  careFrequency: atLeast(2, 1),
  opportunityRate: atLeast(5, 2),
}) satisfies Readonly<Record<string, ScoringRule>>;

/** A metric id that feeds an indicator of `afterSalesTemplate`. */
export type AfterSalesMetricId = keyof typeof afterSalesRules;

/**
 * The `afterSalesTemplate` rule of the indicator fed by `metricId`, or `null` when no indicator of
 * the template reads that metric.
 *
 * @example
 * afterSalesRuleOf('fcr'); // { type: 'bands', bands: [{ min: 0.85, points: 10 }, { min: 0.75, points: 8 }, { points: 5 }] }
 * afterSalesRuleOf('nps'); // null
 */
export function afterSalesRuleOf(metricId: string): ScoringRule | null {
  return Object.hasOwn(afterSalesRules, metricId)
    ? afterSalesRules[metricId as AfterSalesMetricId]
    : null;
}
