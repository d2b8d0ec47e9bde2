import type { Evaluation, MetricValues } from '../evaluate/types';
import { getMetricMeta } from '../metrics/meta';
import { sampleVariance } from '../metrics/kit/stats';
import type { MetricDirection, MetricValue } from '../metrics/types';
import { normalTwoSidedP, studentTTwoSidedP } from './stats';
import { rejectUnknownKeys } from '../option-keys';
import { checkInputDomain, readValue } from '../scoring/inputs';

/** Which way a change went, judged by the metric's direction. */
export type ChangeKind = 'improved' | 'worsened' | 'unchanged' | 'unknown';

/** The significance test `compare` ran. */
export type ComparisonTest = 'twoProportionZ' | 'welchT' | 'npsZ';

/** A before/after comparison of one metric. Plain data; never NaN. */
export interface Comparison {
  readonly metricId: string;
  readonly direction: MetricDirection;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; `null` when either is `null`. */
  readonly delta: number | null;
  /** delta ÷ |before|; `null` when before is 0 or `null` (or so close to 0 that the ratio overflows). */
  readonly relativeChange: number | null;
  readonly change: ChangeKind;
  /** p < 0.05 (95 %, two-sided); `null` when no test applies. */
  readonly significant: boolean | null;
  readonly pValue: number | null;
  readonly test: ComparisonTest | null;
  /** The z or t statistic (after − before); `null` when no test ran. */
  readonly statistic: number | null;
}

/** A metric's direction, or an object carrying one (a `MetricDefinition` works). */
export type DirectionSpec = MetricDirection | { readonly direction: MetricDirection };

/** Significance level of `compare` (two-sided). */
const ALPHA = 0.05;

function directionOf(metricId: string, spec: DirectionSpec | null | undefined): MetricDirection {
  // `null` (a host's "no direction") is treated like an omitted argument.
  if (spec !== undefined && spec !== null) {
    const d = typeof spec === 'string' ? spec : spec.direction;
    if (d !== 'higher' && d !== 'lower') {
      throw new RangeError(
        `Invalid direction ${JSON.stringify(d)} for metric ${JSON.stringify(metricId)}: it must be 'higher' or 'lower'.`,
      );
    }
    return d;
  }
  return getMetricMeta(metricId)?.direction ?? 'higher';
}

const finiteOrNull = (x: number | null | undefined): number | null =>
  typeof x === 'number' && Number.isFinite(x) ? x : null;

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

interface TestResult {
  test: ComparisonTest;
  statistic: number | null;
  pValue: number | null;
}

/** Statistic and p-value from a difference and its standard error; a zero SE is decidable only for a zero difference. */
function fromSe(
  test: ComparisonTest,
  diff: number,
  se: number,
  p: (stat: number) => number,
): TestResult {
  if (se > 0 && Number.isFinite(se)) {
    const statistic = diff / se;
    return { test, statistic, pValue: p(statistic) };
  }
  return diff === 0 ? { test, statistic: 0, pValue: 1 } : { test, statistic: null, pValue: null };
}

function npsTest(a: MetricValue, b: MetricValue): TestResult | null {
  if (
    ![a.promoters, a.passives, a.detractors, b.promoters, b.passives, b.detractors].every(isCount)
  )
    return null;
  const parts = (m: MetricValue) => {
    const n = m.promoters! + m.passives! + m.detractors!;
    const pp = m.promoters! / n;
    const pd = m.detractors! / n;
    return { n, score: pp - pd, variance: Math.max(0, pp + pd - (pp - pd) ** 2) / n };
  };
  const x = parts(a);
  const y = parts(b);
  if (x.n === 0 || y.n === 0) return null;
  return fromSe('npsZ', y.score - x.score, Math.sqrt(x.variance + y.variance), normalTwoSidedP);
}

function proportionTest(a: MetricValue, b: MetricValue): TestResult | null {
  const ok = (m: MetricValue) =>
    m.unit === 'ratio' &&
    isCount(m.numerator) &&
    isCount(m.denominator) &&
    m.denominator > 0 &&
    m.numerator <= m.denominator &&
    m.sampleSize === m.denominator;
  if (!ok(a) || !ok(b)) return null;
  const x1 = a.numerator!;
  const n1 = a.denominator!;
  const x2 = b.numerator!;
  const n2 = b.denominator!;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return fromSe('twoProportionZ', x2 / n2 - x1 / n1, se, normalTwoSidedP);
}

function welchTest(a: MetricValue, b: MetricValue): TestResult | null {
  const ok = (m: MetricValue) =>
    typeof m.sum === 'number' &&
    Number.isFinite(m.sum) &&
    typeof m.sumSquares === 'number' &&
    Number.isFinite(m.sumSquares) &&
    isCount(m.count) &&
    m.count >= 2;
  if (!ok(a) || !ok(b)) return null;
  const n1 = a.count!;
  const n2 = b.count!;
  const v1 = sampleVariance(a.sum!, a.sumSquares!, n1)! / n1;
  const v2 = sampleVariance(b.sum!, b.sumSquares!, n2)! / n2;
  const se2 = v1 + v2;
  const diff = b.sum! / n2 - a.sum! / n1;
  if (!(se2 > 0)) return fromSe('welchT', diff, 0, () => 1);
  const df = (se2 * se2) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  return fromSe('welchT', diff, Math.sqrt(se2), (t) => studentTTwoSidedP(t, df));
}

/**
 * Refuses a comparison across units (a ratio against a plain number) or with a value outside its
 * metric's domain (fcr 85 for 0.85): either would report a change that is not one.
 */
function checkComparable(
  before: MetricValue,
  after: MetricValue,
  metricId: string | undefined,
): void {
  if (typeof before !== 'object' || typeof after !== 'object') {
    throw new TypeError('compare: before and after must be MetricValues (as evaluate returns).');
  }
  if (before.unit !== undefined && after.unit !== undefined && before.unit !== after.unit) {
    throw new RangeError(
      `compare was given values in two units, ${JSON.stringify(before.unit)} (before) and ${JSON.stringify(after.unit)} (after): compare like with like.`,
    );
  }
  const id = typeof metricId === 'string' ? metricId : null;
  checkInputDomain(readValue(before, 'compare: before'), id, `compare: before (${String(id)})`);
  checkInputDomain(readValue(after, 'compare: after'), id, `compare: after (${String(id)})`);
}

/** Relative tolerance under which a difference counts as no change (binary rounding of pooled sums). */
const SAME = 1e-9;

/**
 * Compares one metric before and after a change [RULES.md#compare].
 *
 * Rules:
 * - delta = after − before; relativeChange = delta ÷ |before| (so a rise from −10 to −5 NPS is
 *   +50 %), `null` when before is 0 or either value is `null`.
 * - change: `unknown` when either value is `null`; `unchanged` when |delta| ≤ 1e-9 × max(|before|,
 *   |after|, 1); else `improved` or `worsened` by the direction — `metric` (a direction or an object
 *   with one; `null` counts as not given), else the catalogue's (`getMetric(before.metricId)`), else
 *   'higher'. A rising MTTR is `worsened`.
 * - significance at 95 %, two-sided: NPS (promoters/passives/detractors) → z-test on the
 *   difference with the per-respondent variance; ratios of counts (numerator/denominator, sample =
 *   denominator) → pooled two-proportion z-test; means (sum/sumSquares/count, ≥ 2 values each) →
 *   Welch's t-test with Welch–Satterthwaite df. Anything else, or a test with zero variance but a
 *   non-zero difference, gives `significant: null`. Values of insufficient samples are compared
 *   like any other; check `sufficient` on the inputs if it matters.
 *
 * @throws RangeError when the two values are of different metrics or units, or a value lies
 * outside its metric's domain (a ratio outside [0, 1], a negative duration).
 * @example
 * compare(mttrMarch, mttrJune); // { delta: -3_600_000, change: 'improved', significant: true, test: 'welchT', … }
 */
export function compare(
  before: MetricValue,
  after: MetricValue,
  metric?: DirectionSpec | null,
): Comparison {
  const metricId = before.metricId ?? after.metricId;
  if (before.metricId && after.metricId && before.metricId !== after.metricId) {
    throw new RangeError(
      `compare was given values of two metrics, ${JSON.stringify(before.metricId)} (before) and ${JSON.stringify(after.metricId)} (after): compare a metric with itself.`,
    );
  }
  const direction = directionOf(metricId, metric);
  const b = finiteOrNull(before.value);
  const a = finiteOrNull(after.value);
  if (a !== null && b !== null) checkComparable(before, after, metricId);
  const base = { metricId, direction, before: b, after: a };
  if (a === null || b === null) {
    return {
      ...base,
      delta: null,
      relativeChange: null,
      change: 'unknown',
      significant: null,
      pValue: null,
      test: null,
      statistic: null,
    };
  }
  const delta = a - b;
  const same = Math.abs(delta) <= SAME * Math.max(Math.abs(a), Math.abs(b), 1);
  const change: ChangeKind = same
    ? 'unchanged'
    : delta > 0 === (direction === 'higher')
      ? 'improved'
      : 'worsened';
  const tested =
    npsTest(before, after) ?? proportionTest(before, after) ?? welchTest(before, after);
  // Extreme inputs (sums of squares overflowing) must not leak NaN: no finite p-value, no test.
  const pValue = finiteOrNull(tested?.pValue);
  return {
    ...base,
    delta: same ? 0 : finiteOrNull(delta),
    relativeChange: finiteOrNull(b === 0 ? null : (same ? 0 : delta) / Math.abs(b)),
    change,
    significant: pValue === null ? null : pValue < ALPHA,
    pValue,
    test: tested && pValue !== null ? tested.test : null,
    statistic: pValue === null ? null : finiteOrNull(tested?.statistic),
  };
}

/** Options of `compareEvaluations`. */
export interface CompareEvaluationsOptions {
  /** Directions by metric id, overriding the catalogue's. */
  directions?: Readonly<Record<string, DirectionSpec>> | undefined;
}

function overallOf(x: Evaluation | MetricValues): MetricValues {
  const o = x as Partial<Evaluation>;
  return o.overall !== undefined && Array.isArray(o.groups) ? o.overall : (x as MetricValues);
}

/**
 * Compares every metric of two evaluations (their `overall` values) or two `MetricValues` records.
 * `metricIds` default to the metrics present in both, in the before-side order (an Evaluation's
 * `metrics` order). A requested id missing on either side gives a comparison with `null` values
 * and `change: 'unknown'`.
 *
 * @example
 * const [fcr] = compareEvaluations(
 *   { fcr: { metricId: 'fcr', unit: 'ratio', value: 0.7, numerator: 140, denominator: 200, sampleSize: 200, sufficient: true } },
 *   { fcr: { metricId: 'fcr', unit: 'ratio', value: 0.8, numerator: 160, denominator: 200, sampleSize: 200, sufficient: true } },
 * );
 * // fcr: { change: 'improved', test: 'twoProportionZ', significant: true, pValue ≈ 0.021, … }
 */
export function compareEvaluations(
  before: Evaluation | MetricValues,
  after: Evaluation | MetricValues,
  metricIds?: readonly string[],
  options: CompareEvaluationsOptions = {},
): Comparison[] {
  rejectUnknownKeys('compareEvaluations', 'option', options, ['directions']);
  const b = overallOf(before);
  const a = overallOf(after);
  const ids =
    metricIds ??
    ((before as Partial<Evaluation>).metrics &&
    Array.isArray((before as Partial<Evaluation>).groups)
      ? (before as Evaluation).metrics
      : Object.keys(b)
    ).filter((id) => Object.hasOwn(b, id) && Object.hasOwn(a, id));
  return ids.map((id) => {
    const empty = (side: MetricValue | undefined): MetricValue =>
      side ?? {
        metricId: id,
        value: null,
        unit: 'number',
        sampleSize: 0,
        sufficient: false,
        reason: 'noData',
      };
    const x = Object.hasOwn(b, id) ? b[id] : undefined;
    const y = Object.hasOwn(a, id) ? a[id] : undefined;
    return compare(empty(x), empty(y), options.directions?.[id]);
  });
}
