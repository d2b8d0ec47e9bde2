import type { MetricSettings } from '../types';

/** A literal a metric definition may compare with. */
export type Scalar = number | string | boolean;

/** ComparisonOperator operators. A comparison with a missing operand is `false` (never "unknown"). */
export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * Values the engine derives per ticket, once, whatever number of metrics read them: both back-ends
 * compute them from the same rules (JS: `evaluate/context.ts`; SQL: `sql/derived.ts`).
 *
 * - `resolved`: "res." [RULES.md#res] — status resolved or closed with a `resolvedAt`.
 * - `open`: status open or pending.
 * - `firstResponseMs`: creation → first response (a resolved ticket without `firstResponseAt`
 *   takes its resolution as its first response); business time with a calendar.
 * - `resolutionMs`: creation → resolution of a resolved ticket.
 * - `handlingMs`: recorded first response → resolution of a resolved ticket.
 * - `responseOutcome` / `resolutionOutcome`: the SLA outcome (`SlaOutcome`: 0 no target, 1 met,
 *   2 missed, 3 pending).
 * - `repeatFault`: `1` repeated, `0` not (window closed), `-1` not known (window open, no customer).
 */
export type DerivedValue =
  | 'resolved'
  | 'open'
  | 'firstResponseMs'
  | 'resolutionMs'
  | 'handlingMs'
  | 'responseOutcome'
  | 'resolutionOutcome'
  | 'repeatFault';

/**
 * The metric expression language: a small typed tree over a record's canonical fields, written as
 * data so that the JS engine (`compileJs`) and the SQL compiler (`@servicescore/core/sql`) both
 * derive their code from it. Missing values (`undefined` in JS, `NULL` in SQL) propagate through
 * arithmetic and `coalesce`; a comparison or `oneOf` with a missing operand is `false`; `present`
 * asks for presence. Build trees with the helpers in `./build.ts` (`field`, `gte`, `and` …).
 */
export type Expr =
  | { readonly op: 'field'; readonly name: string }
  | { readonly op: 'qa'; readonly item: string }
  | { readonly op: 'attr'; readonly name: string }
  | { readonly op: 'lit'; readonly value: Scalar }
  | { readonly op: 'present'; readonly arg: Expr }
  | {
      readonly op: 'cmp';
      readonly cmp: ComparisonOperator;
      readonly left: Expr;
      readonly right: Expr;
    }
  | { readonly op: 'oneOf'; readonly arg: Expr; readonly values: readonly Scalar[] }
  | { readonly op: 'and' | 'or'; readonly args: readonly Expr[] }
  | { readonly op: 'not'; readonly arg: Expr }
  | {
      readonly op: 'arith';
      readonly fn: '+' | '-' | '*';
      readonly left: Expr;
      readonly right: Expr;
    }
  | { readonly op: 'coalesce'; readonly args: readonly Expr[] }
  | { readonly op: 'setting'; readonly name: keyof MetricSettings }
  | { readonly op: 'asOf' }
  | { readonly op: 'derived'; readonly name: DerivedValue };

/**
 * How a metric turns its population into a state (and, through the kit's `result`, a value). Each
 * kind names the state the SQL computes per group × period; `where` (scoped metrics) restricts
 * every part of the measure.
 *
 * - `ratio`: records in `population` are a hit when `hit` holds, else censored when `censor`
 *   holds (not observable yet), else a miss. Value = hits ÷ (hits + misses).
 * - `count`: records in `population` are considered; those where `hit` holds are counted.
 * - `mean`: the mean of `value` over `population`; records outside it where `censor` holds are
 *   reported as censored. `quantiles` adds the median and p90 (type 7).
 * - `sumRatio`: Σ numerator ÷ Σ denominator × scale + offset over `population` (pooled).
 * - `nps`: promoters (score ≥ 9), passives (7–8) and detractors (≤ 6) over `population`.
 */
export type Measure =
  | {
      readonly kind: 'ratio';
      readonly population: Expr;
      readonly hit: Expr;
      readonly censor?: Expr | undefined;
      readonly where?: Expr | undefined;
    }
  | {
      readonly kind: 'count';
      readonly population: Expr;
      readonly hit: Expr;
      readonly where?: Expr | undefined;
    }
  | {
      readonly kind: 'mean';
      readonly population: Expr;
      readonly value: Expr;
      readonly censor?: Expr | undefined;
      readonly quantiles?: boolean | undefined;
      readonly where?: Expr | undefined;
    }
  | {
      readonly kind: 'sumRatio';
      readonly population: Expr;
      readonly numerator: Expr;
      readonly denominator: Expr;
      readonly scale?: number | undefined;
      readonly offset?: number | undefined;
      readonly interval?: boolean | undefined;
      readonly where?: Expr | undefined;
    }
  | {
      readonly kind: 'nps';
      readonly population: Expr;
      readonly score: Expr;
      readonly where?: Expr | undefined;
    };

/** What a metric needs the engine to prepare before its records can be added. */
export type MetricNeed = 'repeatFaults';
