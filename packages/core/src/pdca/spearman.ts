import { studentTTwoSidedP } from '../compare/stats';
import type { Evaluation } from '../evaluate/types';
import { readValue } from '../scoring/inputs';

/** z of the two-sided 95 % interval, Φ⁻¹(0.975). */
const Z95 = 1.959963984540054;

/** Spearman's rank correlation of paired measures. Plain data; never NaN. */
export interface RankCorrelation {
  /** ρ in [−1, 1]; `null` with fewer than 3 pairs or when a measure is constant. */
  readonly rho: number | null;
  /** Pairs used. */
  readonly n: number;
  /** 95 % interval by Fisher's z (atanh ρ ± 1.96 / √(n − 3)); `null` below 4 pairs. */
  readonly interval: readonly [number, number] | null;
  /** Two-sided p of H₀ ρ = 0 by t = ρ √((n − 2) / (1 − ρ²)), n − 2 df; `null` without ρ. */
  readonly pValue: number | null;
  readonly significant: boolean | null;
}

/**
 * Ranks 1…n, ties given the mean of the ranks they span.
 *
 * @example
 * averageRanks([10, 20, 20, 30]); // [1, 2.5, 2.5, 4]
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    i = j + 1;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0 && syy > 0)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Spearman's ρ: Pearson's correlation of the average ranks (exact with ties), with a 95 % Fisher-z
 * interval and a t-test p-value.
 *
 * @throws RangeError when the arrays differ in length or hold a non-finite number (naming the index).
 * @example
 * // Wikipedia's worked example (IQ vs hours of TV a week, 10 people): ρ = −29/165 ≈ −0.1758
 * spearman([106, 100, 86, 101, 99, 103, 97, 113, 112, 110], [7, 27, 2, 50, 28, 29, 20, 12, 6, 17]);
 */
export function spearman(x: readonly number[], y: readonly number[]): RankCorrelation {
  if (x.length !== y.length)
    throw new RangeError(`spearman needs pairs: x has ${x.length} values and y has ${y.length}.`);
  x.forEach((v, i) => {
    if (!Number.isFinite(v) || !Number.isFinite(y[i]))
      throw new RangeError(
        `spearman: pair ${i} is (${String(v)}, ${String(y[i])}); every value must be a finite number.`,
      );
  });
  const n = x.length;
  const rho = n < 3 ? null : pearson(averageRanks(x), averageRanks(y));
  if (rho === null) return { rho: null, n, interval: null, pValue: null, significant: null };
  let interval: [number, number] | null = null;
  if (n > 3) {
    const z = Math.atanh(rho);
    const h = Z95 / Math.sqrt(n - 3);
    interval = [Math.tanh(z - h), Math.tanh(z + h)];
  }
  const pValue =
    Math.abs(rho) === 1 ? 0 : studentTTwoSidedP(rho * Math.sqrt((n - 2) / (1 - rho * rho)), n - 2);
  return { rho, n, interval, pValue, significant: pValue < 0.05 };
}

/** One unit (agent, customer) of {@link associateMetrics}. */
export interface AssociationPoint {
  readonly key: string;
  readonly x: number;
  readonly y: number;
}

/** The result of {@link associateMetrics}. */
export interface MetricAssociation extends RankCorrelation {
  readonly x: string;
  readonly y: string;
  readonly points: readonly AssociationPoint[];
  /** Groups left out: a value missing or on an insufficient sample. */
  readonly skipped: number;
}

/**
 * The association of two measures across the groups of an evaluation (per agent, per customer):
 * Spearman's ρ over the groups' totals where both values exist on sufficient samples — e.g. the
 * quality score against CSAT per agent (数据交叉分析 [RULES.md#seed-003-analysis]).
 *
 * @example
 * const perAgent = evaluate(dataset, { metrics: ['qaScore', 'csat'], groupBy: 'agentId' });
 * associateMetrics(perAgent, { x: 'qaScore', y: 'csat' }); // { rho: 0.62, interval: [0.29, 0.82], n: 24, … }
 */
export function associateMetrics(
  evaluation: Evaluation,
  measures: { readonly x: string; readonly y: string },
): MetricAssociation {
  if (!evaluation || !Array.isArray(evaluation.groups))
    throw new TypeError(
      'associateMetrics needs an Evaluation with groups: evaluate with groupBy (e.g. groupBy: "agentId").',
    );
  const points: AssociationPoint[] = [];
  let skipped = 0;
  for (const g of evaluation.groups) {
    if (g.period !== undefined) continue;
    const at = (id: string) => () => `group ${JSON.stringify(g.key)}, ${id}`;
    const x = Object.hasOwn(g.values, measures.x)
      ? readValue(g.values[measures.x], at(measures.x))
      : null;
    const y = Object.hasOwn(g.values, measures.y)
      ? readValue(g.values[measures.y], at(measures.y))
      : null;
    if (x?.value == null || y?.value == null || !x.sufficient || !y.sufficient) skipped++;
    else points.push({ key: g.key, x: x.value, y: y.value });
  }
  const r = spearman(
    points.map((p) => p.x),
    points.map((p) => p.y),
  );
  return { ...r, x: measures.x, y: measures.y, points, skipped };
}
