import { type Comparison, compare } from '../compare/compare';
import type { Attributes, ServiceDataset, ServiceRecord, TableName } from '../data/types';
import { evaluate } from '../evaluate/evaluate';
import type { EvaluateOptions, Evaluation, MetricValues } from '../evaluate/types';
import { getMetricMeta } from '../metrics/meta';
import type { MetricDirection, MetricValue } from '../metrics/types';

/** z of the two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/** Options of {@link crossAnalysis}. */
export interface CrossAnalysisOptions {
  /** The outcome metric id(s), one cell each. @default 'csat' */
  outcome?: string | readonly string[] | undefined;
  /**
   * The segment field: a canonical field of the records (`'channel'`, `'productId'`), one of their
   * attributes, or else an attribute of the ticket's customer (`'industry'`, `'size'`,
   * `'tenureYears'`, read from the customer table's latest record). Required with a dataset; with
   * an Evaluation it only names the grouping.
   */
  by: string;
  /** Cut a numeric field into bands at these ascending bounds: [1, 3] → `<1`, `1–3`, `≥3` ([lo, hi)). */
  bands?: readonly number[] | undefined;
  /** Passed to `evaluate` with a dataset. */
  asOf?: EvaluateOptions['asOf'];
  timeZone?: string | undefined;
  where?: EvaluateOptions['where'];
}

/** One metric in one segment. Plain data; never NaN. */
export interface CrossCell {
  readonly metricId: string;
  readonly direction: MetricDirection;
  readonly value: MetricValue;
  /** 95 % interval: the value's own (Wilson, NPS), or mean ± 1.96·s/√n; `null` otherwise. */
  readonly interval: readonly [number, number] | null;
  /** Everyone else: the other segments pooled; `null` when the metric's parts cannot be pooled. */
  readonly rest: MetricValue | null;
  /** segment − rest; `null` without both. */
  readonly difference: number | null;
  /** segment − overall; `null` without both. */
  readonly differenceFromOverall: number | null;
  /** `compare(rest, segment)`: `improved` = the segment does better than everyone else. */
  readonly comparison: Comparison | null;
  readonly significant: boolean | null;
  readonly pValue: number | null;
}

/** One segment: its key, its records' sample (of the first outcome) and a cell per outcome. */
export interface CrossSegment {
  readonly key: string;
  readonly n: number;
  readonly cells: readonly CrossCell[];
}

/** The result of {@link crossAnalysis}. */
export interface CrossAnalysis {
  readonly by: string;
  readonly metrics: readonly string[];
  readonly overall: MetricValues;
  /** Sorted by key (bands in band order). */
  readonly segments: readonly CrossSegment[];
}

const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Pools the additive parts of several values of one metric (ratio counts, mean sums, NPS
 * respondents); `null` when they have none.
 *
 * @example
 * poolValues('csat', [retail, office]); // { value: 60 / 80, numerator: 60, denominator: 80, … }
 */
export function poolValues(metricId: string, values: readonly MetricValue[]): MetricValue | null {
  if (values.length === 0) return null;
  const unit = values[0]!.unit;
  const sum = (f: (v: MetricValue) => number | undefined) =>
    values.reduce((s, v) => s + (f(v) as number), 0);
  const every = (f: (v: MetricValue) => number | undefined) => values.every((v) => num(f(v)));
  const base = { metricId, unit, sufficient: true } as const;
  if (every((v) => v.promoters) && every((v) => v.passives) && every((v) => v.detractors)) {
    const promoters = sum((v) => v.promoters);
    const passives = sum((v) => v.passives);
    const detractors = sum((v) => v.detractors);
    const n = promoters + passives + detractors;
    return {
      ...base,
      value: n === 0 ? null : (100 * (promoters - detractors)) / n,
      promoters,
      passives,
      detractors,
      sampleSize: n,
      sufficient: n > 0,
    };
  }
  if (
    every((v) => v.numerator) &&
    every((v) => v.denominator) &&
    values.every((v) => v.sampleSize === v.denominator)
  ) {
    const numerator = sum((v) => v.numerator);
    const denominator = sum((v) => v.denominator);
    return {
      ...base,
      value: denominator === 0 ? null : numerator / denominator,
      numerator,
      denominator,
      sampleSize: denominator,
      sufficient: denominator > 0,
    };
  }
  if (every((v) => v.sum) && every((v) => v.sumSquares) && every((v) => v.count)) {
    const s = sum((v) => v.sum);
    const count = sum((v) => v.count);
    return {
      ...base,
      value: count === 0 ? null : s / count,
      sum: s,
      sumSquares: sum((v) => v.sumSquares),
      count,
      sampleSize: count,
      sufficient: count > 0,
    };
  }
  return null;
}

function intervalOf(v: MetricValue): readonly [number, number] | null {
  if (v.interval) return v.interval;
  if (num(v.sum) && num(v.sumSquares) && num(v.count) && v.count >= 2) {
    const mean = v.sum / v.count;
    const variance = Math.max(0, (v.sumSquares - v.count * mean * mean) / (v.count - 1));
    const h = Z95 * Math.sqrt(variance / v.count);
    return Number.isFinite(h) ? [mean - h, mean + h] : null;
  }
  return null;
}

function bandKey(x: number, bands: readonly number[]): string {
  if (x < bands[0]!) return `<${bands[0]}`;
  for (let i = 1; i < bands.length; i++) if (x < bands[i]!) return `${bands[i - 1]}–${bands[i]}`;
  return `≥${bands[bands.length - 1]}`;
}

function segmentOf(dataset: ServiceDataset, by: string, bands: readonly number[] | undefined) {
  const customers = new Map<string, { period: string; attributes: Attributes | undefined }>();
  for (const c of dataset.customers) {
    const seen = customers.get(c.customerId);
    if (!seen || c.period >= seen.period)
      customers.set(c.customerId, { period: c.period, attributes: c.attributes });
  }
  return (record: ServiceRecord, _table: TableName): string | undefined => {
    const r = record as unknown as Record<string, unknown> & {
      attributes?: Attributes;
      customerId?: string;
    };
    let v: unknown = r[by] ?? r.attributes?.[by];
    if ((v === undefined || v === null) && typeof r.customerId === 'string')
      v = customers.get(r.customerId)?.attributes?.[by];
    if (v === undefined || v === null || v === '') return undefined;
    if (bands) return num(v) ? bandKey(v, bands) : undefined;
    return String(v);
  };
}

function checkOptions(options: CrossAnalysisOptions): string[] {
  if (!options || typeof options.by !== 'string' || options.by.trim() === '')
    throw new TypeError(
      'crossAnalysis needs options.by: the field to segment by, e.g. { by: "industry" }.',
    );
  const outcome = options.outcome ?? 'csat';
  const ids = typeof outcome === 'string' ? [outcome] : [...outcome];
  if (ids.length === 0 || !ids.every((id) => typeof id === 'string' && id !== ''))
    throw new TypeError(
      `crossAnalysis: outcome ${JSON.stringify(outcome)} must be a metric id or a non-empty list of them.`,
    );
  const b = options.bands;
  if (
    b !== undefined &&
    (b.length === 0 || !b.every(num) || b.some((x, i) => i > 0 && !(x > b[i - 1]!)))
  )
    throw new RangeError(
      `crossAnalysis: bands ${JSON.stringify(b)} must be finite numbers in strictly ascending order.`,
    );
  return ids;
}

/**
 * Cross-analysis (数据交叉分析 [RULES.md#seed-003-analysis]): each outcome metric (CSAT by default) per
 * segment of a field — a ticket field (channel, product), a customer profile attribute (industry,
 * size) or numeric bands of one (tenure) — with its n and 95 % interval, and its difference from
 * everyone else (the other segments pooled) tested by the core's `compare` (two-proportion z for
 * ratios, Welch's t for means, z for NPS). Records without the field count in `overall` only.
 *
 * Takes a dataset (it runs `evaluate` grouped by the field) or an Evaluation already grouped.
 * @throws TypeError / RangeError naming the option at fault.
 * @example
 * crossAnalysis(dataset, { by: 'industry' }).segments;
 * // [{ key: 'retail', n: 111, cells: [{ metricId: 'csat', value: {…0.79}, difference: -0.035, significant: false, … }] }, …]
 * crossAnalysis(dataset, { by: 'tenureYears', bands: [1, 3], outcome: ['csat', 'fcr'] });
 */
export function crossAnalysis(
  input: ServiceDataset | Evaluation,
  options: CrossAnalysisOptions,
): CrossAnalysis {
  const ids = checkOptions(options);
  const isEvaluation =
    Array.isArray((input as Evaluation).groups) && (input as Evaluation).overall !== undefined;
  const evaluation = isEvaluation
    ? (input as Evaluation)
    : evaluate(input as ServiceDataset, {
        metrics: ids,
        groupBy: segmentOf(input as ServiceDataset, options.by, options.bands),
        asOf: options.asOf,
        timeZone: options.timeZone,
        where: options.where,
      });
  const totals = evaluation.groups.filter((g) => g.period === undefined);
  const order = options.bands
    ? options.bands
        .map((_, i, b) => (i === 0 ? `<${b[0]}` : `${b[i - 1]}–${b[i]}`))
        .concat(`≥${options.bands[options.bands.length - 1]}`)
    : null;
  if (order) totals.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  const segments = totals.map((g): CrossSegment => {
    const cells = ids.map((id): CrossCell => {
      const direction = getMetricMeta(id)?.direction ?? 'higher';
      const missing: MetricValue = {
        metricId: id,
        value: null,
        unit: getMetricMeta(id)?.unit ?? 'number',
        sampleSize: 0,
        sufficient: false,
        reason: 'noData',
      };
      const value = Object.hasOwn(g.values, id) ? g.values[id]! : missing;
      const others = totals
        .filter((o) => o !== g && Object.hasOwn(o.values, id))
        .map((o) => o.values[id]!);
      const rest = poolValues(id, others);
      const overall = Object.hasOwn(evaluation.overall, id) ? evaluation.overall[id]!.value : null;
      const comparison = rest ? compare(rest, value, direction) : null;
      return {
        metricId: id,
        direction,
        value,
        interval: intervalOf(value),
        rest,
        difference: comparison?.delta ?? null,
        differenceFromOverall:
          value.value !== null && overall !== null ? value.value - overall : null,
        comparison,
        significant: comparison?.significant ?? null,
        pValue: comparison?.pValue ?? null,
      };
    });
    return { key: g.key, n: cells[0]!.value.sampleSize, cells };
  });
  return { by: options.by, metrics: ids, overall: evaluation.overall, segments };
}
