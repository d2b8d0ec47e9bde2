import {
  type ChangeKind,
  type Comparison,
  checkTargets,
  compare,
  formatPeriod,
  type Locale,
  type MetricDirection,
  type MetricUnit,
  type MetricValue,
  type TargetCheck,
  type TargetStatus,
} from '@servicescore/core';
import { type HTMLAttributes, useId } from 'react';
import { useWidgetSettings } from '../provider/service-score-provider';
import { cardTexts } from './card-texts';
import { warnInvalidProp } from '../shared/dev';
import {
  type KpiCardTarget,
  type KpiTrendPeriod,
  type KpiTrendPoint,
  lookupMetric,
  readInput,
  readTrend,
  resolveDirection,
  resolveTarget,
  resolveUnit,
} from './card-inputs';
import { asMetricValue, type DeltaSign, deltaSign, formatDelta } from './delta-text';

const WIDGET = 'KpiCard';

/** Props of {@link useKpiCard} and `KpiCard`. */
export interface KpiCardOptions {
  /**
   * A catalogue metric id (`'csat'`, `'avgResolutionTime'`): label, unit and direction come from
   * `getMetric`. Without it they come from `value.metricId` when that is a catalogue id.
   * @default undefined
   */
  metric?: string | undefined;
  /** The card's title and accessible name. @default the metric's label in the locale */
  label?: string | undefined;
  /** @default `value.unit`, else the metric's unit, else 'number' */
  unit?: MetricUnit | undefined;
  /** Which way is good; decides whether a change is improved or worsened. @default the metric's direction, else 'higher' */
  direction?: MetricDirection | undefined;
  /** The current value: a number, an `evaluate` MetricValue (with sample size and sufficiency) or `null` (no data). @default null */
  value?: number | MetricValue | null | undefined;
  /** The previous period's value; the delta is the core's `compare(previous, value)`. @default undefined (no delta) */
  previous?: number | MetricValue | null | undefined;
  /**
   * A target: a number (held with ≥, or ≤ for lower-is-better metrics), a core `Target`, or a list
   * of targets such as `serviceStandardTargets` (the card picks its metric's). Checked with the
   * core's `checkTargets`. @default undefined (no target)
   */
  target?: KpiCardTarget | null | undefined;
  /** A small trend line: `{ period, value }[]` or `Evaluation.periods`. Drawn from 2 points with values. @default undefined */
  trend?: ReadonlyArray<KpiTrendPoint | KpiTrendPeriod> | null | undefined;
  /** Decimals of the value (see `formatValue`). @default the unit's (ratio 1, duration —, count 0 …) */
  precision?: number | undefined;
  /** Shows a skeleton and sets `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
}

/** The delta line of a card. */
export interface KpiCardDelta {
  /** The core's comparison; `null` when either value is missing. */
  comparison: Comparison | null;
  change: ChangeKind;
  sign: DeltaSign;
  /** "较上期 +2.1 个百分点，改善" / "+2.1 pts vs previous, improved", or "上期暂无数据". */
  text: string;
  /** "上期 88.1%" / "Previous period 88.1%". */
  previousText: string;
}

/** The target line of a card. */
export interface KpiCardTargetState {
  check: TargetCheck;
  status: TargetStatus;
  /** "目标 ≥ 95.0%，达成率 98.4%". */
  text: string;
  /** "达标" / "未达标" / "样本不足" (the one name of the insufficient state). */
  statusText: string;
}

/** One drawable point of the trend. */
export interface KpiCardTrendPoint {
  period: string;
  periodText: string;
  value: number | null;
  valueText: string;
}

/** What {@link useKpiCard} returns. */
export interface KpiCardState {
  status: 'loading' | 'noData' | 'ready';
  label: string;
  unit: MetricUnit;
  direction: MetricDirection;
  value: number | null;
  /** The formatted value, "—" without one. */
  valueText: string;
  /** "暂无数据" when there is no value, else `null`. */
  noDataText: string | null;
  /** `true` when the value stands on too small a sample (`MetricValue.sufficient === false`). */
  insufficient: boolean;
  /** "样本不足", and "样本量 12，低于最低要求 30" when the minimum is known. */
  insufficientText: string | null;
  insufficientDetail: string | null;
  /** "样本量 1,234" when the value is a MetricValue. */
  sampleSizeText: string | null;
  delta: KpiCardDelta | null;
  target: KpiCardTargetState | null;
  /** At least two points with values, else `null`. */
  trend: { points: KpiCardTrendPoint[]; description: string } | null;
  loadingText: string;
  /** Spread on the root (`<article>`): accessible name from the label, busy state, theme, lang. */
  rootProps: HTMLAttributes<HTMLElement> & {
    'data-theme': string;
    'data-state': string;
    'aria-busy'?: boolean;
  };
  /** Spread on the label element: its id names the root; `title` carries the full text. */
  labelProps: { id: string; title: string };
}

const comparatorText: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/**
 * Turns a KPI value, its previous value, target and trend into display state and root props.
 * Every judgement is the core's: the change and its tone from `compare` (so a rising MTTR is
 * worsened), the target from `checkTargets`, text from `formatValue` / `formatPeriod` / `t`.
 * Invalid props log one development error each and fall back (no-data value, no delta, no target).
 *
 * @example
 * const card = useKpiCard({ metric: 'csat', value: now.overall.csat, previous: before.overall.csat });
 * return (
 *   <article {...card.rootProps}>
 *     <h3 {...card.labelProps}>{card.label}</h3>
 *     <p>{card.valueText}</p>
 *   </article>
 * );
 */
export function useKpiCard(options: KpiCardOptions): KpiCardState {
  const { t, theme, format, locale } = useWidgetSettings(options.locale, cardTexts);
  const labelId = useId();

  const current = readInput(WIDGET, 'value', options.value);
  const prev =
    options.previous === undefined ? null : readInput(WIDGET, 'previous', options.previous);

  const fromProp = options.metric !== undefined;
  const metricId =
    options.metric ?? current.metric?.metricId ?? prev?.metric?.metricId ?? undefined;
  const definition = lookupMetric(WIDGET, metricId, fromProp);
  const unit = resolveUnit(
    WIDGET,
    options.unit,
    current.metric?.unit ?? definition?.unit ?? 'number',
  );
  const direction = resolveDirection(WIDGET, options.direction, definition?.direction ?? 'higher');

  let label = options.label ?? definition?.label[locale] ?? metricId ?? '';
  if (label === '') {
    warnInvalidProp(
      WIDGET,
      'label',
      options.label,
      'give a label or a metric id: the card needs an accessible name',
      `using "${t('indicator')}"`,
    );
    label = t('indicator');
  }

  let precision = options.precision;
  if (
    precision !== undefined &&
    !(Number.isInteger(precision) && precision >= 0 && precision <= 20)
  ) {
    warnInvalidProp(
      WIDGET,
      'precision',
      precision,
      'precision must be an integer from 0 to 20',
      "using the unit's default",
    );
    precision = undefined;
  }

  const value = current.value;
  const valueText = format(value, unit, precision);
  const insufficient = value !== null && current.metric?.sufficient === false;
  const sampleSize = current.metric?.sampleSize;
  const validSample =
    typeof sampleSize === 'number' && Number.isInteger(sampleSize) && sampleSize >= 0;
  if (current.metric !== null && !validSample)
    warnInvalidProp(
      WIDGET,
      'value',
      `sampleSize ${String(sampleSize)}`,
      'value.sampleSize must be a non-negative integer',
      'leaving the sample size out',
    );

  // A key the core's target check reads both values under (the card's own metric).
  const key = metricId ?? 'value';
  const delta = deltaOf();
  const target = targetOf();
  const trend = trendOf();

  const loading = options.loading === true;
  const status: KpiCardState['status'] = loading ? 'loading' : value === null ? 'noData' : 'ready';

  return {
    status,
    label,
    unit,
    direction,
    value,
    valueText,
    noDataText: value === null ? t('noData') : null,
    insufficient,
    insufficientText: insufficient ? t('insufficientSample') : null,
    insufficientDetail:
      insufficient && validSample && definition !== null
        ? t('sample.belowMinimum', {
            sampleSize: format(sampleSize, 'count'),
            minSample: format(definition.minSample, 'count'),
          })
        : null,
    sampleSizeText:
      current.metric !== null && validSample
        ? t('card.sampleSize', { count: format(sampleSize, 'count') })
        : null,
    delta,
    target,
    trend,
    loadingText: t('loading'),
    rootProps: {
      'aria-labelledby': labelId,
      'data-theme': theme,
      'data-state': insufficient && !loading ? 'insufficient' : status,
      lang: locale,
      ...(loading ? { 'aria-busy': true } : {}),
    },
    labelProps: { id: labelId, title: label },
  };

  function deltaOf(): KpiCardDelta | null {
    if (prev === null || !prev.valid || value === null) return null;
    const previousText = `${t('previousPeriod')} ${format(prev.value, unit, precision)}`;
    if (prev.value === null)
      return {
        comparison: null,
        change: 'unknown',
        sign: 'flat',
        text: t('card.previousMissing'),
        previousText,
      };
    const id = metricId ?? 'value';
    if (current.metric && prev.metric && current.metric.metricId !== prev.metric.metricId) {
      warnInvalidProp(
        WIDGET,
        'previous',
        prev.metric.metricId,
        `previous must be a value of the same metric as value (${current.metric.metricId})`,
        'showing no delta',
      );
      return null;
    }
    // The core's compare needs both sides as MetricValues of one metric; a bare number has no sample.
    const before = prev.metric
      ? { ...prev.metric, metricId: id }
      : asMetricValue(prev.value, id, unit);
    const after = current.metric
      ? { ...current.metric, metricId: id }
      : asMetricValue(value, id, unit);
    const comparison = compare(before, after, direction);
    const shown = formatDelta(comparison.delta ?? 0, unit, locale);
    const message =
      comparison.change === 'improved'
        ? 'card.deltaImproved'
        : comparison.change === 'worsened'
          ? 'card.deltaWorsened'
          : 'card.deltaUnchanged';
    return {
      comparison,
      change: comparison.change,
      sign: deltaSign(comparison.delta, comparison.change),
      text: t(message, { delta: shown }),
      previousText,
    };
  }

  function targetOf(): KpiCardTargetState | null {
    const spec = resolveTarget(WIDGET, options.target, metricId ?? '', key, direction);
    if (spec === null) return null;
    const values = { [key]: current.metric ?? value };
    const previous = prev?.valid ? { [key]: prev.metric ?? prev.value } : undefined;
    const [check] = checkTargets(values, [spec], { previous });
    if (check === undefined) return null;
    const comparator = comparatorText[check.comparator] ?? check.comparator;
    const targetText = format(check.target, unit, precision);
    const text =
      check.attainment === null
        ? t('card.target', { comparator, target: targetText })
        : t('card.targetAttainment', {
            comparator,
            target: targetText,
            attainment: format(check.attainment, 'ratio'),
          });
    return { check, status: check.status, text, statusText: t(`targetStatus.${check.status}`) };
  }

  function trendOf(): KpiCardState['trend'] {
    const raw = readTrend(WIDGET, options.trend, metricId ?? '');
    if (raw === null) return null;
    const points = raw.map((p) => ({
      period: p.period,
      periodText: formatPeriod(p.period, locale),
      value: p.value,
      valueText: format(p.value, unit, precision),
    }));
    const known = points.filter((p) => p.value !== null);
    const first = known[0];
    const last = known[known.length - 1];
    if (first === undefined || last === undefined || known.length < 2) return null;
    const description = t('card.trend', {
      from: first.periodText,
      fromValue: first.valueText,
      to: last.periodText,
      toValue: last.valueText,
    });
    return { points, description };
  }
}
