import type {
  ChangeKind,
  Comparison,
  Locale,
  MetricDirection,
  MetricUnit,
  MetricValue,
  TargetCheck,
  TargetStatus,
} from '@servicescore/core';
import type { HTMLAttributes, ReactNode } from 'react';
import type { KpiCardTarget, KpiTrendPeriod, KpiTrendPoint } from './card-inputs';
import type { DeltaSign } from './delta-text';

/** Options of {@link useKpiCard} (and the data props of `KpiCard`). */
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
  /**
   * The period `value` belongs to, a period key of `trend` (`'2026-05'`): the sparkline marks its
   * point and the description names it. A key the trend does not have marks nothing (one
   * development error). @default the trend's last period with a value
   */
  period?: string | undefined;
  /** Decimals of the value (see `formatValue`). @default the unit's (ratio 1, duration —, count 0 …) */
  precision?: number | undefined;
  /** Shows a skeleton and sets `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
}

/**
 * Props of `KpiCard`, and what {@link useKpiCard} takes: the card options, the markup's own props
 * and any `<article>` attribute (the hook hands those back in `rootProps`).
 */
export interface KpiCardProps
  extends KpiCardOptions,
    Omit<HTMLAttributes<HTMLElement>, 'children' | 'prefix'> {
  /**
   * Draws the trend in place of the built-in sparkline (e.g. a host's own chart); receives the
   * points and the accessible description. @default the visx sparkline
   */
  renderTrend?: ((trend: NonNullable<KpiCardState['trend']>) => ReactNode) | undefined;
  /** Extra content at the bottom of the card (a link, a note). @default undefined */
  children?: ReactNode;
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
  /** The point of the card's `period` (by default the last with a value): the sparkline's dot. */
  marked: boolean;
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
  /**
   * The value in compact notation ("1T" / "1万亿") when `valueText` is longer than a narrow card
   * shows on one line (over 11 characters: from a billion), else `null`. The card shows it, and
   * `valueText` to screen readers and as its title.
   */
  valueShortText: string | null;
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
  /**
   * At least two points with values, else `null`; `from` / `to` are the first and last periods
   * with values ("2026年5月"), the ends of the sparkline's axis.
   */
  trend: { points: KpiCardTrendPoint[]; description: string; from: string; to: string } | null;
  loadingText: string;
  /** The `renderTrend` prop, for the markup (never an attribute). */
  renderTrend: KpiCardProps['renderTrend'];
  /** The `children` prop: extra content at the bottom of the card. */
  children: ReactNode;
  /**
   * Spread on the root (`<article>`): the host's attributes, then the accessible name from the
   * label, busy state, theme and lang; `className` is the host's (add the widget's own to it).
   */
  rootProps: HTMLAttributes<HTMLElement> & { 'data-theme': string; 'data-state': string };
  /** Spread on the label element: its id names the root; `title` carries the full text. */
  labelProps: { id: string; title: string };
}
