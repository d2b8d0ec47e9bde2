import type { HostAttributes } from '../shared/host-attributes';
import type { ControlChartKind, Locale, MetricDirection, MetricUnit } from '@servicescore/core';
import { type HTMLAttributes, type SVGAttributes, useId } from 'react';
import { lookupMetric, resolveDirection, resolveUnit } from '../kpi-card/card-inputs';
import { useWidgetSettings } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import {
  type KpiTrendControl,
  minControlPoints,
  type NoLimitsReason,
  type TrendControl,
  trendControl,
} from './trend-control';
import {
  type KpiTrendDatum,
  type KpiTrendPeriodCell,
  readSeries,
  type SeriesEntry,
} from './trend-series';
import { pointStates, type Texts } from './trend-points';
import { trendTexts } from './trend-texts';
import { usePointNavigation } from './use-point-navigation';

const WIDGET = 'KpiTrend';
/** The drawing's height when the host gives none, px. */
const defaultHeight = 240;

/** Options of {@link useKpiTrend} and `KpiTrend`. */
export interface KpiTrendOptions {
  /** The periods: `{ period, value, n?, interval? }[]` or `Evaluation.periods` (with `metric`). */
  points: ReadonlyArray<KpiTrendDatum | KpiTrendPeriodCell> | null | undefined;
  /** A catalogue metric id: label, unit and direction come from it. @default undefined */
  metric?: string | undefined;
  /** The chart's title and accessible name. @default the metric's label in the locale */
  label?: string | undefined;
  /** @default the metric's unit, else the first MetricValue's, else 'number' */
  unit?: MetricUnit | undefined;
  /** Which way is good: decides the tone of a signal. @default the metric's, else 'higher' */
  direction?: MetricDirection | undefined;
  /** A target drawn as a horizontal line. @default undefined (none) */
  target?: number | undefined;
  /** The period key when an improvement (PDCA "Do") took effect: marks before / after. @default undefined */
  changePoint?: string | undefined;
  /**
   * Statistical process control: `'p'` (ratios, limits from each period's n), `'xmr'` (means and
   * other measurements), `'auto'` (p for a ratio whose periods all have n, else XmR) or `'none'`.
   * @default 'auto'
   */
  control?: KpiTrendControl | undefined;
  /** Points in a row on one side of the centre line that make a signal. @default 8 */
  runLength?: number | undefined;
  /** Decimals of values (see `formatValue`). @default the unit's */
  precision?: number | undefined;
  /** Shows a skeleton and sets `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
  /** Height of the drawing (axes included), px. @default 240 */
  height?: number | undefined;
  /**
   * Fixed width, px. Without it the chart follows its container (ResizeObserver), drawing at
   * 640 px on the server and until the first measurement.
   * @default the container's width (640 before it is known)
   */
  width?: number | undefined;
}

/**
 * Props of `KpiTrend` and {@link useKpiTrend}: the trend options and any root `<div>` attribute
 * (the hook hands the attributes back in `rootProps`).
 */
export interface KpiTrendProps
  extends KpiTrendOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {}

/** One period as shown: texts for the tooltip, the table and the point's accessible name. */
export interface KpiTrendPointState {
  index: number;
  period: string;
  periodText: string;
  value: number | null;
  valueText: string;
  /** "样本量 120" / "n = 120", or `null`. */
  sampleText: string | null;
  /** The 95 % interval, or `null`. */
  interval: readonly [number, number] | null;
  /** "95% 区间 84.0% 至 91.0%", or `null`. */
  intervalText: string | null;
  /** The control-chart signals as sentences (empty when in control or without limits). */
  signalTexts: string[];
  /** The signal's tone for the metric's direction, or `null` without a signal. */
  tone: 'excellent' | 'needsImprovement' | null;
  /** `true` from the change point on. */
  afterChange: boolean;
  /** Everything above in one sentence: the point's accessible name. */
  name: string;
}

/** Props spread on one point's `<g>`: a roving-tabindex image named by its texts. */
export type KpiTrendPointProps = SVGAttributes<SVGGElement> & {
  ref: (element: SVGGElement | null) => void;
};

/** What {@link useKpiTrend} returns. */
export interface KpiTrendState {
  status: 'loading' | 'noData' | 'ready';
  label: string;
  unit: MetricUnit;
  direction: MetricDirection;
  locale: Locale;
  points: KpiTrendPointState[];
  /** Limits per period (layout input), `null` where there are none. */
  limits: ReadonlyArray<{ upper: number; lower: number } | null>;
  control: {
    chart: ControlChartKind;
    center: number;
    centerText: string;
    /** "控制限 … 至 …" for an XmR chart (one pair); `null` for a p-chart (limits vary by n). */
    limitsText: string | null;
    chartText: string;
    /** "所有周期均在控制限内…" or "2 个周期出现异常信号…". */
    verdictText: string;
    outOfControl: boolean;
  } | null;
  /** "未显示控制限：…" when limits were asked for but cannot be drawn, else `null`. */
  noLimitsText: string | null;
  target: { value: number; text: string } | null;
  changePoint: { index: number; text: string; beforeText: string; afterText: string } | null;
  /** "2026年5月 88.1% → 2026年10月 92.3%", or `null`. */
  summary: string | null;
  texts: {
    noData: string;
    loading: string;
    period: string;
    value: string;
    sampleSize: string;
    interval: string;
    signal: string;
    points: string;
  };
  activeIndex: number | null;
  format: (value: number) => string;
  /** The `height` option (240 by default): the drawing's height, px. */
  height: number;
  /** The `width` option: a fixed width, px, or `undefined` to follow the container. */
  width: number | undefined;
  /** Spread on the root: the host's attributes (its `className` too), then the group's role, name, busy state, theme, status and lang. */
  rootProps: HTMLAttributes<HTMLDivElement> & { 'data-theme': string; 'data-status': string };
  titleProps: { id: string; title: string };
  pointGroupProps: SVGAttributes<SVGGElement>;
  getPointProps: (index: number) => KpiTrendPointProps;
}

/**
 * Turns a KPI series into chart state: formatted points with n and interval, control limits from
 * the core's `controlLimits` (signals toned by the metric's direction), target and change point,
 * and roving-tabindex props for the points (arrows, Home/End, Escape hides the tooltip). Takes the
 * component's props: the options are read, every other attribute is handed back in `rootProps`.
 *
 * @example
 * const trend = useKpiTrend({ metric: 'fcr', points: monthly.periods, target: 0.8 });
 * trend.points.map((p) => <g {...trend.getPointProps(p.index)}>…</g>);
 */
export function useKpiTrend(props: KpiTrendProps): KpiTrendState {
  const {
    points: given,
    metric,
    label: labelProp,
    unit: unitProp,
    direction: directionProp,
    target: targetProp,
    changePoint,
    control: controlProp,
    runLength: runLengthProp,
    precision,
    loading,
    locale: localeProp,
    height = defaultHeight,
    width,
    ...rest
  } = props;
  const { t, theme, format, locale } = useWidgetSettings(localeProp, trendTexts);
  const titleId = useId();
  const series = readSeries(WIDGET, given, metric ?? '');
  const definition = lookupMetric(WIDGET, metric, metric !== undefined);
  const fromValue = series.find((e) => e.unit !== null)?.unit ?? undefined;
  const unit = resolveUnit(WIDGET, unitProp, definition?.unit ?? fromValue ?? 'number');
  const direction = resolveDirection(WIDGET, directionProp, definition?.direction ?? 'higher');
  const label = labelProp ?? definition?.label[locale] ?? metric ?? t('trend');
  const fmt = (v: number) => format(v, unit, precision);

  const { control, reason } = trendControl(
    WIDGET,
    series,
    unit,
    controlProp ?? 'auto',
    runLengthProp,
  );
  const runLength = control?.result.runLength ?? runLengthProp ?? 8;
  const changeIndex = changePointIndex(series, changePoint);
  const target = checkedTarget(targetProp);

  const points = pointStates(series, control, changeIndex, direction, runLength, {
    t,
    format,
    fmt,
    locale,
  });

  const status: KpiTrendState['status'] =
    loading === true ? 'loading' : points.every((p) => p.value === null) ? 'noData' : 'ready';
  const nav = usePointNavigation(points.length, status === 'ready');

  return {
    status,
    label,
    unit,
    direction,
    locale,
    points,
    limits:
      control?.byEntry.map((l) => (l ? { upper: l.upper, lower: l.lower } : null)) ??
      series.map(() => null),
    control: controlState(control, points, t, fmt),
    ...trendNotes(t, fmt, { label, reason, target, changeIndex, points }),
    activeIndex: nav.activeIndex,
    format: fmt,
    height,
    width,
    rootProps: {
      ...(rest satisfies HostAttributes<typeof rest, KpiTrendOptions>),
      role: 'group',
      'aria-labelledby': titleId,
      'aria-busy': status === 'loading' ? true : undefined,
      'data-theme': theme,
      'data-status': status,
      lang: locale,
    },
    titleProps: { id: titleId, title: label },
    pointGroupProps: {
      role: 'group',
      'aria-label': t('trend.points'),
      onPointerLeave: nav.onPointerLeave,
    },
    getPointProps: (index) => ({
      ...nav.getProps(index),
      role: 'img',
      'aria-label': points[index]?.name,
      'data-tone': points[index]?.tone ?? undefined,
    }),
  };
}

/** The texts around the chart: why no limits, the target, the change point, the summary, the table's headers. */
function trendNotes(
  t: Texts['t'],
  fmt: (v: number) => string,
  chart: {
    label: string;
    reason: NoLimitsReason;
    target: number | null;
    changeIndex: number;
    points: readonly KpiTrendPointState[];
  },
): Pick<KpiTrendState, 'noLimitsText' | 'target' | 'changePoint' | 'summary' | 'texts'> {
  const { label, reason, target, changeIndex, points } = chart;
  const known = points.filter((p) => p.value !== null);
  const first = known[0];
  const last = known[known.length - 1];
  return {
    noLimitsText:
      reason === null
        ? null
        : t('trend.noLimits', {
            reason:
              reason === 'fewPoints'
                ? t('trend.reason.fewPoints', { count: minControlPoints })
                : t('trend.reason.noSample'),
          }),
    target:
      target === null ? null : { value: target, text: t('trend.target', { target: fmt(target) }) },
    changePoint:
      changeIndex < 0
        ? null
        : {
            index: changeIndex,
            text: t('trend.changePoint', { period: points[changeIndex]?.periodText ?? '' }),
            beforeText: t('before'),
            afterText: t('after'),
          },
    summary:
      first && last && first !== last
        ? t('trend.summary', {
            from: first.periodText,
            fromValue: first.valueText,
            to: last.periodText,
            toValue: last.valueText,
          })
        : null,
    texts: {
      noData: t('noData'),
      loading: t('loading'),
      period: t('period'),
      value: label,
      sampleSize: t('sampleSize'),
      interval: t('trend.intervalColumn'),
      signal: t('trend.signalColumn'),
      points: t('trend.points'),
    },
  };
}

/** The target when it is a finite number, else `null` (one development error for anything else). */
function checkedTarget(target: unknown): number | null {
  if (target === undefined || target === null) return null;
  if (typeof target === 'number' && Number.isFinite(target)) return target;
  warnInvalidProp(
    WIDGET,
    'target',
    target,
    'target must be a finite number',
    'drawing no target line',
  );
  return null;
}

/** The change point's index in the series, or −1 (one development error for an unknown period). */
function changePointIndex(series: readonly SeriesEntry[], period: string | undefined): number {
  if (period === undefined) return -1;
  const index = series.findIndex((e) => e.period === period);
  if (index < 0)
    warnInvalidProp(
      WIDGET,
      'changePoint',
      period,
      'changePoint must be the period key of one of the points',
      'marking no change point',
    );
  return index;
}

/** The control chart's texts: centre, the XmR limits, the kind of chart and the verdict. */
function controlState(
  control: TrendControl | null,
  points: readonly KpiTrendPointState[],
  t: Texts['t'],
  fmt: (v: number) => string,
): KpiTrendState['control'] {
  if (control === null) return null;
  const flagged = points.filter((p) => p.signalTexts.length > 0).length;
  const xmrLimit = control.chart === 'xmr' ? control.byEntry.find((l) => l !== null) : undefined;
  return {
    chart: control.chart,
    center: control.result.center,
    centerText: t('trend.center', { value: fmt(control.result.center) }),
    limitsText: xmrLimit
      ? t('trend.limits', { lower: fmt(xmrLimit.lower), upper: fmt(xmrLimit.upper) })
      : null,
    chartText: t(`trend.chart.${control.chart}`),
    verdictText: flagged === 0 ? t('trend.inControl') : t('trend.outOfControl', { count: flagged }),
    outOfControl: flagged > 0,
  };
}
