import type {
  Classification,
  GradeScale,
  Locale,
  MetricDirection,
  MetricUnit,
  MetricValue,
  ScoringRule,
} from '@servicescore/core';
import type { HTMLAttributes, ReactNode, Ref, SVGProps } from 'react';
import type { Tone } from '../shared/tone-icon';

/** One coloured stretch of the gauge's value axis, for hosts that set their own bands. */
export interface GaugeBand {
  /** Start of the band, in the gauge's unit (a ratio as a fraction: 0.9, not 90). */
  readonly from: number;
  /** End of the band; must be greater than `from`. */
  readonly to: number;
  readonly tone: Tone;
}

/** Options of {@link useKpiGauge} (and the data props of `KpiGauge`). */
export interface KpiGaugeOptions {
  /**
   * The value, in the unit's base: a ratio as a fraction (0.935), a duration in ms. `null` shows
   * the no-data state ("暂无数据"); NaN or ±Infinity shows the invalid state and logs one error.
   * @default metricValue.value, else null
   */
  value?: number | null | undefined;
  /**
   * Start of the scale. When left out it is fitted to the bands, the value and the target
   * (`gaugeDomain`): from below the rule's worst threshold, so a KPI that lives at 80–100 % fills
   * its dial; the ends are labelled, so a zoomed dial is never read as 0–100 %. An explicit `min`
   * wins.
   * @default fitted: e.g. 85 % for 响应及时率 (≥ 95 % → 10, ≥ 90 % → 8), 0 for a duration
   */
  min?: number | undefined;
  /**
   * End of the scale; must be greater than `min`. When left out it is fitted like `min`: the
   * unit's own end on the better side (100 % for a ratio), below the worst threshold for a
   * lower-is-better rule (avgHandlingTime ≤ 2 h / ≤ 24 h → 36 h), or 1.5 × the value or target for
   * a count, duration or number without a rule. Any catalogue metric works without it.
   * @default fitted (see `min`)
   */
  max?: number | undefined;
  /**
   * How the value is formatted and which `max` is the default.
   * @default the metric's unit, else metricValue.unit, else 'number'
   */
  unit?: MetricUnit | undefined;
  /**
   * Host-set bands (`{ from, to, tone }`), drawn instead of the rule's. They must be non-empty,
   * inside [min, max] and not overlap; gaps are drawn as the bare track. They only colour the arc:
   * the value's tone always comes from a scoring rule (`rule`, or the metric's template indicator).
   * @default the segments of the rule (`bandSegments`), else none
   */
  bands?: readonly GaugeBand[] | undefined;
  /**
   * The scoring rule that colours the bands and grades the value (e.g. a template indicator's
   * `rule`). Wins over the rule found from `metric`.
   * @default the rule of the afterSalesTemplate indicator whose source is `metric`, else none
   */
  rule?: ScoringRule | undefined;
  /**
   * Full points of the rule (a 10 / 8 / 5 rule has 10).
   * @default the template indicator's `maxPoints`, else 10
   */
  maxPoints?: number | undefined;
  /**
   * A target value, drawn as a tick outside the value arc (from the band ring outwards) with its
   * value beside it where there is room, and named in the legend ("目标 95%"). The fitted scale
   * includes it. @default none
   */
  target?: number | null | undefined;
  /**
   * Visible name of the gauge (below the value); also its accessible name.
   * @default the metric's label in the locale, else none (then pass `aria-label`)
   */
  label?: string | undefined;
  /** A catalogue metric id: gives the unit, the direction and (from afterSalesTemplate) the rule. @default none */
  metric?: string | undefined;
  /**
   * A core `MetricValue`: gives the value, and its `sufficient` flag (an insufficient sample is
   * shown muted with "样本不足" and gets no grade).
   * @default none
   */
  metricValue?: MetricValue | null | undefined;
  /** Where the arc starts, in degrees clockwise from 12 o'clock. @default -120 */
  startAngle?: number | undefined;
  /** Where the arc ends, in degrees clockwise from 12 o'clock (more than `startAngle`, at most 360° further). @default 120 */
  endAngle?: number | undefined;
  /**
   * Width in px, or `'auto'` to fill the container (measured with a ResizeObserver after mount;
   * the server and the first render use 200).
   * @default 200
   */
  width?: number | 'auto' | undefined;
  /** Show the loading skeleton (`aria-busy`, "加载中…"). @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
  /** Fraction digits of the shown value (see `formatValue`). @default by unit: ratio 1, score 1, number 2, points 0, count 0 */
  precision?: number | undefined;
  /** @default the provider's grade scale */
  scale?: GradeScale | undefined;
}

/**
 * Props of `KpiGauge`, and what {@link useKpiGauge} takes: the gauge options, an optional render
 * function and any `<div>` attribute (the hook hands those back in `rootProps`).
 */
export interface KpiGaugeProps
  extends KpiGaugeOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * Draws the inside of the root from the gauge's state instead of the default arc, value, label
   * and legend (the root keeps its role and ARIA; spread `labelProps` on your label). Use
   * `GaugeArc` for the arcs.
   * @default the built-in drawing
   */
  children?: GaugeRender | undefined;
}

/** What the gauge shows. `value` covers the insufficient-sample case too (see `insufficient`). */
export type GaugeStatus = 'value' | 'noData' | 'invalid' | 'loading';

/** A band segment placed on the arc. */
export interface GaugeSegment {
  readonly from: number;
  readonly to: number;
  readonly tone: Tone;
  /** Angles in radians, clockwise from 12 o'clock (d3 / visx convention). */
  readonly startAngle: number;
  readonly endAngle: number;
}

/** Layout of the gauge's SVG, in px; angles in radians clockwise from 12 o'clock. */
export interface GaugeGeometry {
  readonly width: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
  readonly startAngle: number;
  readonly endAngle: number;
  /** The band ring. */
  readonly bandOuter: number;
  readonly bandInner: number;
  /** The value arc (track and fill). */
  readonly valueOuter: number;
  readonly valueInner: number;
  /** Font size of the centre value (shrunk for long texts). */
  readonly valueFontSize: number;
  /** Font size of the centre value's unit parts ("%", "小时"): half the digits'. */
  readonly unitFontSize: number;
  /** Baseline of the centre value. */
  readonly valueY: number;
  readonly tickFontSize: number;
  /** Where the min and max labels go. */
  readonly minLabel: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  readonly maxLabel: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
  /** The target tick, from the band ring's inner edge outwards (never across the value arc); `null` without a target on the scale. */
  readonly targetTick: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Where the target's label goes, outside the tick; `null` when there is no room for it. */
  readonly targetLabel: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
  /** The angle of a value on the scale, clamped to the arc. */
  angleOf(value: number): number;
  /** The point at `radius` on `angle`. */
  pointAt(angle: number, radius: number): { x: number; y: number };
}

/** A run of the centre value's text: digits, or a unit drawn smaller ("%", " h ", "分钟"). */
export interface GaugeTextPart {
  readonly text: string;
  readonly unit: boolean;
}

/** What {@link useKpiGauge} returns: derived state plus prop objects to spread. */
export interface KpiGaugeState {
  status: GaugeStatus;
  /** The real value (not clamped); `null` without one. */
  value: number | null;
  /** The value clamped to [min, max] (what `aria-valuenow` says); `null` without one. */
  clampedValue: number | null;
  /** The value the fill is drawn to right now (tweened between renders). */
  animatedValue: number | null;
  min: number;
  max: number;
  unit: MetricUnit;
  direction: MetricDirection | null;
  /** The value's tone: from `classifyValue` when a rule is known, else 'none'. */
  tone: Tone;
  /** The grade word of the tone ("良好"), `null` without a graded value. */
  gradeLabel: string | null;
  classification: Classification | null;
  insufficient: boolean;
  /** Whether the value lies outside [min, max]. */
  range: 'over' | 'under' | null;
  target: number | null;
  segments: GaugeSegment[];
  geometry: GaugeGeometry;
  /** Big centre text: the formatted value, or the no-data / invalid / loading text. */
  valueText: string;
  /** `valueText` split into digits and units, for drawing the unit smaller. */
  valueParts: readonly GaugeTextPart[];
  /** The target's compact text at its tick ("95%"), `null` without a target. */
  targetTickText: string | null;
  /** "0%" and "100%" at the arc's ends (empty while loading or invalid). */
  minText: string;
  maxText: string;
  /** "目标 95%", or `null` without a target. */
  targetText: string | null;
  /** "超出上限" / "低于下限" / "越低越好" notes, in display order (see `insufficient` for "样本不足"). */
  notes: string[];
  label: string | null;
  locale: Locale;
  /** What screen readers hear: "93.5%，良好，目标 95%". */
  ariaValueText: string;
  /** The grade scale in use (the `scale` prop, else the provider's). */
  scale: GradeScale;
  /** `true` for `width="auto"`: the gauge fills its container. */
  autoWidth: boolean;
  /** The `children` render function, for the markup (never an attribute). */
  children: GaugeRender | undefined;
  /**
   * Spread on the root element: the host's attributes, then the gauge's own (role meter with
   * aria-value*, or a busy / no-data group); the host's `style` wins over the gauge's width and
   * `className` is the host's (add the widget's own to it).
   */
  rootProps: HTMLAttributes<HTMLDivElement> & {
    ref?: Ref<HTMLDivElement> | undefined;
    'data-theme': string;
    'data-tone': Tone;
    'data-state': GaugeStatus;
  };
  /** Spread on the visible label (its `id` names the meter). */
  labelProps: HTMLAttributes<HTMLElement> & { id: string };
  /** Spread on the `<svg>` (decorative: the root carries the meaning). */
  svgProps: SVGProps<SVGSVGElement>;
}

/** A render function that draws the inside of the gauge's root from its state. */
export type GaugeRender = (gauge: KpiGaugeState) => ReactNode;
