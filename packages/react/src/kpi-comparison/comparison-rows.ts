import {
  type ChangeKind,
  type Comparison,
  durationFormatter,
  formatValue,
  getMetricMeta,
  type Locale,
  type MetricUnit,
  type MetricValue,
  type MetricValues,
} from '@servicescore/core';
import { deltaSign, type DeltaSign, formatDelta, formatPValue } from '../kpi-card/delta-text';
import type { ServiceScore } from '../provider/service-score-provider';
import type { ComparisonTextKey } from './comparison-texts';
import { effectOf } from './row-effect';
import { rowDomain, sharedDomains } from './row-domain';

/** How the dumbbells are scaled: each row on its own axis, or one axis per unit. */
export type ComparisonScale = 'row' | 'shared';

/**
 * Whether the change stands out from chance: `significant` (p < 0.05), `notSignificant`, or
 * `notTested` (no sums or counts to test on); `null` without a change to judge (a side missing).
 */
export type RowSignificance = 'significant' | 'notSignificant' | 'notTested';

/** One metric's row: the core's comparison and its display texts. */
export interface KpiComparisonRow {
  id: string;
  label: string;
  unit: MetricUnit;
  comparison: Comparison;
  change: ChangeKind;
  sign: DeltaSign;
  beforeText: string;
  afterText: string;
  /** "+8.5 个百分点" / "+8.5 pts", "—" when either side is missing. */
  deltaText: string;
  /** "改善" / "恶化" / "持平", or "暂无数据" for an unknown change. */
  changeText: string;
  /** "72.9% → 81.4%（+8.5 个百分点）". */
  summary: string;
  /**
   * The relative change signed by direction (an improvement is positive), the key of the sort by
   * effect (`effectOf`); `null` without a relative change.
   */
  effect: number | null;
  /** The core's relative change: "相对 +14.3%" / "+14.3% relative"; `null` without one. */
  relativeText: string | null;
  significant: boolean | null;
  significance: RowSignificance | null;
  /**
   * `true` unless the change is significant: such a row is drawn in the neutral colour with
   * normal weight, since its direction may be chance.
   */
  muted: boolean;
  /** "显著" / "不显著" / "未检验", `null` without a change to judge. */
  significanceText: string | null;
  /** "p < 0.001" / "p = 0.346", `null` without a test. */
  pValueText: string | null;
  /** Sample sizes "1,000" of each side; `null` without a value or a sample. */
  beforeNText: string | null;
  afterNText: string | null;
  /** "样本量 1,000 → 1,000" / "n 1,000 → 1,000"; `null` when neither side has a sample. */
  sampleText: string | null;
  /** The 95 % intervals "[67.1%, 72.8%]" of each side; `null` when the value has none. */
  beforeIntervalText: string | null;
  afterIntervalText: string | null;
  /** "95% 区间 [67.1%, 72.8%] → [77.4%, 82.4%]"; `null` when neither side has an interval. */
  intervalText: string | null;
  /** The row's axis (its own, or its unit's with `scale: 'shared'`); `null` without values. */
  domain: readonly [number, number] | null;
  domainText: readonly [string, string] | null;
}

/** What the rows need from the widget's settings. */
export type RowTexts = Pick<ServiceScore<ComparisonTextKey>, 't' | 'format' | 'locale'>;

const dash = '—';

function significanceOf(c: Comparison): RowSignificance | null {
  if (c.change === 'unknown') return null;
  if (c.significant === null) return 'notTested';
  return c.significant ? 'significant' : 'notSignificant';
}

function relativeText(c: Comparison, { t, locale }: RowTexts): string | null {
  if (c.relativeChange === null) return null;
  const value = formatValue(c.relativeChange, 'ratio', {
    locale: locale as Locale,
    signDisplay: 'exceptZero',
  });
  return t('comparison.relative', { value });
}

/** Formats one value of a row in the row's unit. */
type RowFormat = (value: number | null) => string;

function sideTexts(v: MetricValue | undefined, show: RowFormat, { t, format }: RowTexts) {
  const hasValue = v !== undefined && v.value !== null;
  const n = hasValue && v.sampleSize > 0 ? format(v.sampleSize, 'count') : null;
  const interval =
    hasValue && v.interval
      ? t('comparison.range', { low: show(v.interval[0]), high: show(v.interval[1]) })
      : null;
  return { n, interval };
}

/**
 * The row's formatter and its change's text. A duration row writes its values, change, intervals
 * and axis ends in one unit (`durationFormatter` over its two sides, or over every duration row's
 * sides on a shared scale), so "17 h 4 min" and "1 d 6 h" never end one axis: "17.1 h", "30.0 h".
 */
function rowFormat(
  c: Comparison,
  unit: MetricUnit,
  sharedDurations: readonly (number | null)[] | null,
  { format, locale }: RowTexts,
): { show: RowFormat; delta: string } {
  if (unit !== 'duration') {
    return {
      show: (value) => format(value, unit),
      delta: c.delta === null ? format(null, unit) : formatDelta(c.delta, unit, locale),
    };
  }
  const duration = durationFormatter(sharedDurations ?? [c.before, c.after], { locale });
  return { show: (value) => duration(value), delta: duration(c.delta, 'exceptZero') };
}

/**
 * The rows of the comparisons: texts, effect, significance, samples, intervals and each row's axis
 * (its own, or its unit's shared one). The values are the sides' MetricValues, for n and intervals.
 */
export function comparisonRows(
  comparisons: readonly Comparison[],
  before: MetricValues | null,
  after: MetricValues | null,
  scale: ComparisonScale,
  texts: RowTexts,
): KpiComparisonRow[] {
  const { t, locale } = texts;
  const sides = comparisons.map((c) => {
    const b = before && Object.hasOwn(before, c.metricId) ? before[c.metricId] : undefined;
    const a = after && Object.hasOwn(after, c.metricId) ? after[c.metricId] : undefined;
    const definition = getMetricMeta(c.metricId);
    const unit = a?.unit ?? b?.unit ?? definition?.unit ?? 'number';
    return { c, b, a, definition, unit };
  });
  const shared =
    scale === 'shared'
      ? sharedDomains(sides.map((s) => ({ unit: s.unit, before: s.c.before, after: s.c.after })))
      : null;
  const sharedDurations = shared
    ? sides.filter((s) => s.unit === 'duration').flatMap((s) => [s.c.before, s.c.after])
    : null;
  return sides.map(({ c, b, a, definition, unit }): KpiComparisonRow => {
    const { show, delta: deltaText } = rowFormat(c, unit, sharedDurations, texts);
    const beforeText = show(c.before);
    const afterText = show(c.after);
    const domain = shared ? (shared.get(unit) ?? null) : rowDomain(c.before, c.after, unit);
    const significance = significanceOf(c);
    const bs = sideTexts(b, show, texts);
    const as = sideTexts(a, show, texts);
    return {
      id: c.metricId,
      label: definition?.label[locale] ?? c.metricId,
      unit,
      comparison: c,
      change: c.change,
      sign: deltaSign(c.delta, c.change),
      beforeText,
      afterText,
      deltaText,
      changeText: c.change === 'unknown' ? t('noData') : t(`comparison.${c.change}`),
      summary: t('comparison.change', { before: beforeText, after: afterText, delta: deltaText }),
      effect: effectOf(c),
      relativeText: relativeText(c, texts),
      significant: c.significant,
      significance,
      muted: significance !== 'significant',
      significanceText: significance === null ? null : t(`comparison.${significance}`),
      pValueText: c.pValue === null ? null : formatPValue(c.pValue, locale),
      beforeNText: bs.n,
      afterNText: as.n,
      sampleText:
        bs.n === null && as.n === null
          ? null
          : t('comparison.sampleSizes', { before: bs.n ?? dash, after: as.n ?? dash }),
      beforeIntervalText: bs.interval,
      afterIntervalText: as.interval,
      intervalText:
        bs.interval === null && as.interval === null
          ? null
          : t('comparison.intervals', { before: bs.interval ?? dash, after: as.interval ?? dash }),
      domain,
      domainText: domain && [show(domain[0]), show(domain[1])],
    };
  });
}
