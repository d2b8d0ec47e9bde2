import type { LocalizedText } from '../i18n/locale';
import { getMetricMeta } from '../metrics/meta';
import type { MetricUnit } from '../metrics/types';
import { classifyValue, type ScoringRule, toneOf } from './bands';
import {
  defaultGradeScale,
  type GradeId,
  type GradeResult,
  type GradeScale,
  gradeOf,
} from './grades';
import { checkInputDomain, lookup, readValue, type ScoreInputs, valuesOf } from './inputs';
import type { Indicator, MissingPolicy, ScorecardTemplate } from './template';
import { assertValidTemplate } from './validate-template';

/**
 * How an indicator was scored.
 * - `scored`: from its value and rule.
 * - `manual`: from points the evaluator gave (`options.manual`).
 * - `missing`: no value (or a manual indicator without points).
 * - `insufficient`: a value below the metric's minimum sample — treated as missing, never as 0.
 */
export type IndicatorStatus = 'scored' | 'manual' | 'missing' | 'insufficient';

/** One indicator of a scored scorecard. Plain data. */
export interface IndicatorResult {
  readonly id: string;
  readonly label: LocalizedText;
  /** The source metric id; `null` for a manual indicator. */
  readonly metricId: string | null;
  /** The value read from the inputs (also kept when points are manual); `null` when none. */
  readonly value: number | null;
  /** Unit of the value: the MetricValue's, else the catalogue's, else `null`. */
  readonly unit: MetricUnit | null;
  /** Sample behind the value, when the input was a MetricValue (and its sample size is finite). */
  readonly sampleSize: number | null;
  readonly status: IndicatorStatus;
  /** `null` when missing or insufficient. */
  readonly points: number | null;
  readonly maxPoints: number;
  /** points ÷ maxPoints × 100; `null` without points. */
  readonly score: number | null;
  /** The template's (nominal) weight. */
  readonly weight: number;
  /**
   * The weight the indicator really has in the total, on the template's scale: its nominal weight
   * × (the template's weight ÷ the weight the total is taken over) when missing weight is
   * re-spread, 0 when it is left out, the nominal weight under `missing: 'zero'`. Effective weights
   * add up to the template's weight, and `weightedScore = score × effectiveWeight ÷ that weight`,
   * so the weighted scores add up to the total in every row and dimension.
   */
  readonly effectiveWeight: number;
  /**
   * The indicator's contribution to the total: score × weight ÷ (the weight the total is taken
   * over), so the column adds up to the total. 0 for a missing indicator under `missing: 'zero'`,
   * `null` for one left out under `'renormalise'`.
   */
  readonly weightedScore: number | null;
  readonly tone: GradeId | null;
  /** The band that gave the points (banded rules only). */
  readonly bandIndex: number | null;
  readonly rule: ScoringRule;
  /** The indicator's suggestions when it scored below full points; otherwise empty. */
  readonly suggestions: readonly LocalizedText[];
}

/** One dimension of a scored scorecard. */
export interface DimensionResult {
  readonly id: string;
  readonly label: LocalizedText;
  readonly weight: number;
  /** The sum of its indicators' effective weights (see {@link IndicatorResult.effectiveWeight}). */
  readonly effectiveWeight: number;
  /** Weighted score of its indicators (same missing policy as the total); `null` without data. */
  readonly score: number | null;
  /** Share of the dimension's weight with data, 0..1. */
  readonly coverage: number;
  /** Sum of its indicators' contributions to the total; `null` when none contributes. */
  readonly weightedScore: number | null;
  readonly tone: GradeId | null;
  readonly indicators: readonly IndicatorResult[];
}

/** The result of `scoreScorecard`: plain, serialisable data. */
export interface ScorecardResult {
  readonly templateId: string;
  readonly label: LocalizedText;
  /** 0–100, not rounded (format it with `formatValue(total, 'score')`); `null` when nothing has data. */
  readonly total: number | null;
  /**
   * Grade of the total rounded to `precision`; `null` without a total, and `null` when the
   * coverage is below `minCoverage` (see {@link ScorecardResult.gradeStatus}).
   */
  readonly grade: GradeResult | null;
  /**
   * Why there is or is not a grade: `graded`; `insufficientCoverage` when less than `minCoverage`
   * of the weight has data (the total is still given, with its coverage, but not graded: a grade
   * from 10 % of the weight would speak for indicators nobody measured); `noData` without a total.
   */
  readonly gradeStatus: 'graded' | 'insufficientCoverage' | 'noData';
  /** Share of the template's weight with data (scored or manual), 0..1. */
  readonly coverage: number;
  /** The coverage a grade needs (the option, default 0.6). */
  readonly minCoverage: number;
  readonly missing: MissingPolicy;
  readonly dimensions: readonly DimensionResult[];
}

/** Options of `scoreScorecard`. */
export interface ScoreOptions {
  /** Evaluator points by indicator id (0..maxPoints); they override the value's points and are marked `manual`. */
  manual?: Readonly<Record<string, number>> | undefined;
  /** @default the template's `missing`, else 'renormalise' */
  missing?: MissingPolicy | undefined;
  /** @default defaultGradeScale */
  scale?: GradeScale | undefined;
  /** Decimals scores are shown with; grades and tones use the score rounded to them. @default 1 */
  precision?: number | undefined;
  /**
   * The share of the template's weight that must have data for the total to be graded, 0..1.
   * Below it the result keeps its total and coverage but has no grade (`gradeStatus:
   * 'insufficientCoverage'`). 0.6: a grade then speaks for at least three fifths of what the
   * template weighs, the same share as the 合格 (pass) line. @default 0.6
   */
  minCoverage?: number | undefined;
}

function catalogueUnit(metricId: string): MetricUnit | null {
  return getMetricMeta(metricId)?.unit ?? null;
}

interface Draft {
  indicator: Indicator;
  metricId: string | null;
  value: number | null;
  unit: MetricUnit | null;
  sampleSize: number | null;
  status: IndicatorStatus;
  points: number | null;
  maxPoints: number;
  score: number | null;
  tone: GradeId | null;
  bandIndex: number | null;
}

function scoreIndicator(
  indicator: Indicator,
  values: ReturnType<typeof valuesOf>,
  manual: Readonly<Record<string, number>>,
  templateMax: number,
  scale: GradeScale,
  precision: number,
): Draft {
  const maxPoints = indicator.maxPoints ?? templateMax;
  const metricId = 'metric' in indicator.source ? indicator.source.metric : null;
  const entry =
    metricId === null ? lookup(values, indicator.id) : lookup(values, indicator.id, metricId);
  const where = () => `Input for indicator ${JSON.stringify(indicator.id)}`;
  const read = readValue(entry, where);
  checkInputDomain(read, metricId, where);
  const unit = read.metric?.unit ?? (metricId === null ? null : catalogueUnit(metricId));
  const base = {
    indicator,
    metricId,
    value: read.value,
    unit,
    // A host's MetricValue may carry a broken sample size; never pass NaN or ±Infinity on.
    sampleSize:
      read.metric && Number.isFinite(read.metric.sampleSize) ? read.metric.sampleSize : null,
    maxPoints,
  };
  if (Object.hasOwn(manual, indicator.id)) {
    const points = manual[indicator.id]!;
    if (
      typeof points !== 'number' ||
      !Number.isFinite(points) ||
      points < 0 ||
      points > maxPoints
    ) {
      throw new RangeError(
        `Manual points ${String(points)} for indicator ${JSON.stringify(indicator.id)} are out of range: they must be a finite number from 0 to ${maxPoints}.`,
      );
    }
    const tone = toneOf(points, maxPoints, scale, precision);
    return {
      ...base,
      status: 'manual',
      points,
      score: (points / maxPoints) * 100,
      tone,
      bandIndex: null,
    };
  }
  if (metricId === null || read.value === null) {
    return { ...base, status: 'missing', points: null, score: null, tone: null, bandIndex: null };
  }
  if (!read.sufficient) {
    return {
      ...base,
      status: 'insufficient',
      points: null,
      score: null,
      tone: null,
      bandIndex: null,
    };
  }
  const c = classifyValue(read.value, indicator.rule, {
    maxPoints,
    scale,
    precision,
    unit: unit ?? undefined,
  });
  return {
    ...base,
    status: 'scored',
    points: c.points,
    score: c.score,
    tone: c.tone,
    bandIndex: c.bandIndex,
  };
}

const clampScore = (x: number) => Math.min(100, Math.max(0, x));

/**
 * Scores a template [RULES.md#scorecards].
 *
 * Per indicator the value is looked up by indicator id first, then by its source metric id. A
 * `MetricValue` with `sufficient: false` is `insufficient` and a missing or `null` value is
 * `missing`: neither is ever scored as 0 unless the missing policy is `'zero'`. Manual points win
 * over any value. Indicator score = points ÷ maxPoints × 100.
 *
 * Total = Σ score × weight ÷ Σ weight, over the indicators with data (`'renormalise'`, default) or
 * over all indicators with missing ones at 0 (`'zero'`); `coverage` is the share of the weight
 * with data. With no data at all the total and grade are `null` (under either policy). The total
 * is not rounded; its grade uses it rounded to `precision` (89.96 → 90.0 → excellent). A total
 * whose coverage is below `minCoverage` (default 0.6) is not graded (`gradeStatus:
 * 'insufficientCoverage'`). Each indicator's `effectiveWeight` is the weight it really has once
 * missing weight is re-spread, so weighted scores add up to the total.
 *
 * @throws TemplateError when the template is invalid; RangeError for manual points outside
 *   0..maxPoints, manual points for an unknown indicator, or a non-finite input value.
 * @example
 * const evaluation = evaluate(dataset, { metrics: templateMetrics(afterSalesTemplate) });
 * const result = scoreScorecard(afterSalesTemplate, evaluation);
 * result.total; // 86.5
 * result.grade?.label['zh-CN']; // '良好'
 */
export function scoreScorecard(
  template: ScorecardTemplate,
  inputs: ScoreInputs,
  options: ScoreOptions = {},
): ScorecardResult {
  assertValidTemplate(template);
  const values = valuesOf(inputs);
  const manual = options.manual ?? {};
  const scale = options.scale ?? defaultGradeScale;
  const precision = options.precision ?? 1;
  const missing: MissingPolicy = options.missing ?? template.missing ?? 'renormalise';
  const minCoverage = options.minCoverage ?? 0.6;
  if (typeof minCoverage !== 'number' || !(minCoverage >= 0 && minCoverage <= 1)) {
    throw new RangeError(
      `Invalid option \`minCoverage\` of value ${JSON.stringify(minCoverage)}: it must be a share of the weight between 0 and 1 (e.g. 0.6).`,
    );
  }
  if (missing !== 'renormalise' && missing !== 'zero') {
    throw new RangeError(
      `Invalid option \`missing\` of value ${JSON.stringify(missing)}: it must be 'renormalise' or 'zero'.`,
    );
  }
  const known = new Set(template.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  for (const id of Object.keys(manual)) {
    if (!known.has(id)) {
      throw new RangeError(
        `Manual points were given for ${JSON.stringify(id)}, which is not an indicator of template ${JSON.stringify(template.id)}. Indicators: ${[...known].join(', ')}.`,
      );
    }
  }
  const templateMax = template.maxPoints ?? 10;
  const drafts = template.dimensions.map((d) =>
    d.indicators.map((i) => scoreIndicator(i, values, manual, templateMax, scale, precision)),
  );

  let num = 0;
  let den = 0;
  let allWeight = 0;
  let dataWeight = 0;
  let anyData = false;
  for (const list of drafts) {
    for (const x of list) {
      const w = x.indicator.weight;
      allWeight += w;
      if (x.score !== null) {
        anyData = true;
        dataWeight += w;
        num += x.score * w;
        den += w;
      } else if (missing === 'zero') den += w;
    }
  }
  const total = anyData && den > 0 ? clampScore(num / den) : null;

  const dimensions: DimensionResult[] = template.dimensions.map((dimension, d) => {
    let dNum = 0;
    let dDen = 0;
    let dAll = 0;
    let dData = 0;
    let dAny = false;
    let dWeighted: number | null = null;
    let dEffective = 0;
    const indicators = drafts[d]!.map((x): IndicatorResult => {
      const w = x.indicator.weight;
      dAll += w;
      const effectiveWeight =
        total === null || den === 0 || (x.score === null && missing !== 'zero')
          ? 0
          : (w * allWeight) / den;
      dEffective += effectiveWeight;
      let weightedScore: number | null = null;
      if (x.score !== null) {
        dAny = true;
        dData += w;
        dNum += x.score * w;
        dDen += w;
        if (total !== null) weightedScore = (x.score * w) / den;
      } else if (missing === 'zero') {
        dDen += w;
        if (total !== null) weightedScore = 0;
      }
      if (weightedScore !== null) dWeighted = (dWeighted ?? 0) + weightedScore;
      const below = x.points !== null && x.points < x.maxPoints;
      return {
        id: x.indicator.id,
        label: x.indicator.label,
        metricId: x.metricId,
        value: x.value,
        unit: x.unit,
        sampleSize: x.sampleSize,
        status: x.status,
        points: x.points,
        maxPoints: x.maxPoints,
        score: x.score,
        weight: w,
        effectiveWeight,
        weightedScore,
        tone: x.tone,
        bandIndex: x.bandIndex,
        rule: x.indicator.rule,
        suggestions: below ? [...(x.indicator.suggestions ?? [])] : [],
      };
    });
    const score = dAny && dDen > 0 ? clampScore(dNum / dDen) : null;
    return {
      id: dimension.id,
      label: dimension.label,
      weight: dimension.weight,
      effectiveWeight: dEffective,
      score,
      coverage: dAll > 0 ? dData / dAll : 0,
      weightedScore: dWeighted,
      tone: score === null ? null : gradeOf(score, scale, { precision }).id,
      indicators,
    };
  });

  const coverage = allWeight > 0 ? dataWeight / allWeight : 0;
  const gradeStatus =
    total === null ? 'noData' : coverage < minCoverage ? 'insufficientCoverage' : 'graded';
  return {
    templateId: template.id,
    label: template.label,
    total,
    grade: gradeStatus === 'graded' ? gradeOf(total as number, scale, { precision }) : null,
    gradeStatus,
    coverage,
    minCoverage,
    missing,
    dimensions,
  };
}
