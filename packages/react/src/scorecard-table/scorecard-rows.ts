import {
  type DimensionResult,
  type GradeId,
  type IndicatorResult,
  type IndicatorStatus,
  type Locale,
  type LocalizedText,
  type ScorecardResult,
  ruleText,
} from '@servicescore/core';
import type { ServiceScore } from '../provider/service-score-provider';
import type { ScorecardTextKey } from './scorecard-texts';

/**
 * One row of the scorecard table, with every text already formatted by the core (`formatValue`,
 * `ruleText`, `t`) and the tone taken from the result: cells only place these strings.
 */
export interface ScorecardRow {
  /** `dimension` rows hold their indicators as `subRows`. */
  readonly kind: 'dimension' | 'indicator';
  /** Stable row id: `d<dimension index>` or `d<dimension index>-<indicator index>`. */
  readonly rowId: string;
  /** The dimension or indicator id from the result. */
  readonly id: string;
  /** Localized label. */
  readonly label: string;
  /**
   * The weight the row really has in the total (`effectiveWeight`: re-spread when indicators lack
   * data), so weighted scores add up to the total in every row and dimension.
   */
  readonly weightText: string;
  /** "模板权重 10" / "Nominal weight 10" when the effective weight differs from it, else `null`. */
  readonly nominalWeightText: string | null;
  /** The formatted value; "—" when missing or insufficient. Empty on dimension rows. */
  readonly valueText: string;
  /** The rule in words (`ruleText`). Empty on dimension rows. */
  readonly ruleText: string;
  /** "8 / 10"; "—" without points. Empty on dimension rows. */
  readonly pointsText: string;
  readonly scoreText: string;
  readonly weightedScoreText: string;
  /** The band engine's tone from the result; `null` without a score. */
  readonly tone: GradeId | null;
  /** Indicator status; `null` on dimension rows. */
  readonly status: IndicatorStatus | null;
  /** "无数据" / "样本不足" / "人工评分" where that applies, else `null`. */
  readonly statusText: string | null;
  /** Localized improvement suggestions (only when the indicator scored below full points). */
  readonly suggestions: readonly string[];
  /** Sort keys; `undefined` sorts last in either direction (dimension rows never move). */
  readonly sortValues: Readonly<Record<ScorecardSortColumnId, number | undefined>>;
  readonly subRows?: readonly ScorecardRow[];
  /** The source object from the result. */
  readonly source: DimensionResult | IndicatorResult;
}

/** Columns that can be sorted (within each dimension). */
export type ScorecardSortColumnId = 'weight' | 'value' | 'points' | 'score';

/** A label in `locale`, falling back to the other locale, so a half-translated template still shows text. */
export function localized(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] ?? text['zh-CN'] ?? text['en-US'] ?? '';
}

const finite = (x: number | null | undefined): number | undefined =>
  typeof x === 'number' && Number.isFinite(x) ? x : undefined;

/**
 * The shown weight (the effective one; the nominal when a result has none) and the nominal-weight
 * note when the two differ as shown.
 */
function weightTexts(
  nominal: number,
  effective: number | undefined,
  s: Pick<ServiceScore<ScorecardTextKey>, 't' | 'format'>,
): { weightText: string; nominalWeightText: string | null } {
  const nominalText = s.format(nominal, 'number');
  const weightText = s.format(finite(effective) ?? nominal, 'number');
  return {
    weightText,
    nominalWeightText:
      weightText === nominalText ? null : s.t('scorecard.nominalWeight', { weight: nominalText }),
  };
}

/** Why `result` cannot be drawn, or `null` when its shape is usable. */
export function resultProblem(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return 'result must be a ScorecardResult';
  const dims = (result as { dimensions?: unknown }).dimensions;
  if (!Array.isArray(dims))
    return 'result.dimensions must be an array (pass what scoreScorecard returns)';
  for (const d of dims) {
    if (typeof d !== 'object' || d === null || !Array.isArray(d.indicators))
      return 'every entry of result.dimensions must have an indicators array';
  }
  return null;
}

function indicatorRow(
  i: IndicatorResult,
  rowId: string,
  s: Pick<ServiceScore<ScorecardTextKey>, 'locale' | 't' | 'format' | 'precision'>,
): ScorecardRow {
  const { locale, t, format, precision } = s;
  const unit = i.unit ?? 'number';
  const hasData = i.status === 'scored' || i.status === 'manual';
  const number = (x: number | null) => format(x, 'number');
  return {
    kind: 'indicator',
    rowId,
    id: i.id,
    label: localized(i.label, locale),
    ...weightTexts(i.weight, i.effectiveWeight, s),
    valueText: hasData ? format(i.value, unit) : format(null, unit),
    ruleText: keepTogether(ruleText(i.rule, unit, locale)),
    pointsText:
      i.points === null ? format(null, 'number') : `${number(i.points)} / ${number(i.maxPoints)}`,
    scoreText: format(i.score, 'score', precision),
    weightedScoreText: format(i.weightedScore, 'score', precision + 1),
    tone: i.tone,
    status: i.status,
    statusText: i.status === 'scored' ? null : t(`indicatorStatus.${i.status}`),
    suggestions: i.suggestions.map((x) => localized(x, locale)).filter((x) => x !== ''),
    sortValues: {
      weight: finite(i.effectiveWeight) ?? finite(i.weight),
      value: hasData ? finite(i.value) : undefined,
      points: finite(i.points),
      score: finite(i.score),
    },
    source: i,
  };
}

/**
 * The table rows of a result: one row per dimension in template order, its indicators as sub-rows.
 * Throws when the result holds something the core cannot format (e.g. an invalid rule).
 */
export function buildRows(
  result: ScorecardResult,
  s: Pick<ServiceScore<ScorecardTextKey>, 'locale' | 't' | 'format' | 'precision'>,
): ScorecardRow[] {
  const { locale, t, format, precision } = s;
  return result.dimensions.map((d, di) => ({
    kind: 'dimension',
    rowId: `d${di}`,
    id: d.id,
    label: localized(d.label, locale),
    ...weightTexts(d.weight, d.effectiveWeight, s),
    valueText: '',
    ruleText: '',
    pointsText: '',
    scoreText: format(d.score, 'score', precision),
    weightedScoreText: format(d.weightedScore, 'score', precision + 1),
    tone: d.tone,
    status: null,
    statusText: d.score === null ? t('indicatorStatus.missing') : null,
    suggestions: [],
    sortValues: { weight: undefined, value: undefined, points: undefined, score: undefined },
    subRows: d.indicators.map((i, ii) => indicatorRow(i, `d${di}-${ii}`, s)),
    source: d,
  }));
}

/**
 * No line break inside one threshold: "≥ 95%", "≤ 24 h" and "→ 10" stay on one line (no-break
 * spaces after a comparator or arrow and between a number and its unit); the rule still wraps
 * between its bands.
 */
export function keepTogether(text: string): string {
  return text
    .replace(/([≥≤<>→]) /g, '$1\u00a0')
    .replace(/(\d) (?=[a-zA-Z%\u4e00-\u9fff])/g, '$1\u00a0');
}
