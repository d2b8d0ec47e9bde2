import type { LocalizedText } from '../i18n/locale';
import type { ScoringRule } from './bands';

/** Where an indicator's value comes from: a metric id (catalogue, scoped or own) or manual points. */
export type IndicatorSource = { readonly metric: string } | { readonly manual: true };

/** A second-level indicator (二级指标). */
export interface Indicator {
  /** Unique within the template; manual points and inputs may be keyed by it. */
  readonly id: string;
  readonly label: LocalizedText;
  readonly source: IndicatorSource;
  /** Weight within the whole template (the template's weights add to 100). */
  readonly weight: number;
  readonly rule: ScoringRule;
  /** Full points of this indicator. @default the template's `maxPoints` (10) */
  readonly maxPoints?: number | undefined;
  /** Improvement suggestions (改进建议), shown when the indicator scores below full points. */
  readonly suggestions?: readonly LocalizedText[] | undefined;
}

/** A first-level dimension (一级指标); its weight is the sum of its indicators' weights. */
export interface Dimension {
  readonly id: string;
  readonly label: LocalizedText;
  readonly weight: number;
  readonly indicators: readonly Indicator[];
}

/**
 * What to do with an indicator that has no data (or an insufficient sample).
 * - `renormalise`: leave it out; its weight is spread over the indicators with data.
 * - `zero`: count it as 0 points.
 */
export type MissingPolicy = 'renormalise' | 'zero';

/** A weighted scorecard [RULES.md#scorecards]. Plain data; check it with `validateTemplate`. */
export interface ScorecardTemplate {
  readonly id: string;
  readonly label: LocalizedText;
  readonly dimensions: readonly Dimension[];
  /** @default 'renormalise' */
  readonly missing?: MissingPolicy | undefined;
  /** Full points of every indicator that does not set its own. @default 10 */
  readonly maxPoints?: number | undefined;
}

/**
 * The metric ids a template needs from `evaluate` (manual indicators need none), in template
 * order, without repeats.
 *
 * @example
 * const evaluation = evaluate(dataset, { metrics: templateMetrics(afterSalesTemplate) });
 * // templateMetrics(afterSalesTemplate)[0] === 'responseTimelinessRate'
 */
export function templateMetrics(template: ScorecardTemplate): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const dimension of template.dimensions) {
    for (const indicator of dimension.indicators) {
      if ('metric' in indicator.source && !seen.has(indicator.source.metric)) {
        seen.add(indicator.source.metric);
        ids.push(indicator.source.metric);
      }
    }
  }
  return ids;
}
