/** The control chart a series is judged by. */
export type ControlChartKind = 'p' | 'xmr';

/**
 * One period of a KPI series. For a p-chart `value` is the period's proportion (0–1) and `n` its
 * denominator (tickets, calls, surveys); for an XmR chart `value` is the period's figure (a mean,
 * a duration in ms, a score) and `n` is only carried along.
 */
export interface ControlPointInput {
  /** The period's value: a proportion 0–1 for a p-chart, any finite number for XmR. */
  readonly value: number;
  /** The period's sample size. Required (an integer ≥ 1) for a p-chart. */
  readonly n?: number | undefined;
}

/** Options of `controlLimits`. */
export interface ControlLimitsOptions {
  /**
   * `'p'`: proportion chart for ratios (limits p̄ ± 3·√(p̄(1−p̄)/nᵢ), one pair per period since
   * each period has its own n). `'xmr'`: individuals and moving range chart for means and other
   * measured values (limits X̄ ± 2.66·MR̄).
   */
  chart: ControlChartKind;
  /**
   * A run of this many consecutive points strictly on one side of the centre line is flagged
   * (Western Electric rule 4 / Montgomery's "8 in a row"; Nelson and Minitab use 9).
   * @default 8
   */
  runLength?: number | undefined;
}

/** Why a point is flagged. */
export type ControlSignal = 'aboveUpperLimit' | 'belowLowerLimit' | 'run';

/** One period's limits and verdict. */
export interface ControlPoint {
  readonly value: number;
  readonly n: number | undefined;
  /** The centre line (p̄ or X̄), the same for every point. */
  readonly center: number;
  /** Upper control limit of this period (p-chart: capped at 1). */
  readonly upper: number;
  /** Lower control limit of this period (p-chart: floored at 0). */
  readonly lower: number;
  /** Empty when the point shows only common-cause variation. */
  readonly signals: readonly ControlSignal[];
}

/** The result of `controlLimits`. Plain data. */
export interface ControlLimitsResult {
  readonly chart: ControlChartKind;
  /** p̄ (Σ defectives ÷ Σ n) for a p-chart, X̄ for XmR. */
  readonly center: number;
  /** XmR only: the average moving range MR̄ (mean of |xᵢ − xᵢ₋₁|); `undefined` for a p-chart. */
  readonly averageMovingRange: number | undefined;
  /** XmR only: the moving-range chart's upper limit, 3.267·MR̄; `undefined` for a p-chart. */
  readonly movingRangeUpper: number | undefined;
  readonly runLength: number;
  readonly points: readonly ControlPoint[];
  /** `true` when any point carries a signal. */
  readonly outOfControl: boolean;
}
