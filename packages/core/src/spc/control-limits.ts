import type {
  ControlLimitsOptions,
  ControlLimitsResult,
  ControlPoint,
  ControlPointInput,
  ControlSignal,
} from './control-limits.types';

/** 3 ÷ d₂ for moving ranges of two (d₂ = 1.128): the XmR chart's limit factor. */
const XMR_FACTOR = 2.66;
/** D₄ for ranges of two: the moving-range chart's upper limit factor. */
const MR_UPPER_FACTOR = 3.267;
/** Tolerance so a point exactly on a limit (up to binary rounding) is not flagged. */
const EPS = 1e-12;

function fail(where: string, value: unknown, rule: string): never {
  throw new RangeError(
    `Invalid ${where} of value ${String(value)} supplied to controlLimits: ${rule}.`,
  );
}

function checkInputs(
  points: readonly ControlPointInput[],
  options: ControlLimitsOptions,
): { chart: 'p' | 'xmr'; runLength: number } {
  const { chart, runLength = 8 } = options ?? ({} as ControlLimitsOptions);
  if (chart !== 'p' && chart !== 'xmr') fail('option `chart`', chart, "it must be 'p' or 'xmr'");
  if (!Number.isInteger(runLength) || runLength < 2)
    fail('option `runLength`', runLength, 'it must be an integer ≥ 2');
  if (!Array.isArray(points)) fail('argument `points`', points, 'it must be an array');
  points.forEach((point, i) => {
    const value = point?.value;
    if (typeof value !== 'number' || !Number.isFinite(value))
      fail(`\`points[${i}].value\``, value, 'it must be a finite number');
    if (chart === 'p') {
      if (value < 0 || value > 1)
        fail(`\`points[${i}].value\``, value, 'a p-chart takes proportions between 0 and 1');
      const n = point.n;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
        fail(`\`points[${i}].n\``, n, 'a p-chart needs each period’s sample size, an integer ≥ 1');
    }
  });
  return { chart, runLength };
}

/** Indexes of the points inside a run of `length` or more on one side of `center`. */
function runIndexes(values: readonly number[], center: number, length: number): Set<number> {
  const flagged = new Set<number>();
  let side = 0;
  let start = 0;
  values.forEach((value, i) => {
    const s = value > center + EPS ? 1 : value < center - EPS ? -1 : 0;
    if (s === 0 || s !== side) {
      side = s;
      start = i;
    }
    if (s !== 0 && i - start + 1 >= length) for (let j = start; j <= i; j++) flagged.add(j);
  });
  return flagged;
}

function signalsOf(
  value: number,
  upper: number,
  lower: number,
  inRun: boolean,
): readonly ControlSignal[] {
  const signals: ControlSignal[] = [];
  if (value > upper + EPS) signals.push('aboveUpperLimit');
  if (value < lower - EPS) signals.push('belowLowerLimit');
  if (inRun) signals.push('run');
  return signals;
}

/**
 * Statistical process control limits for a KPI series, so a manager can tell a real shift from
 * noise. `'p'` (ratios such as first-contact resolution): centre p̄ = Σ(pᵢ·nᵢ) ÷ Σnᵢ and, per
 * period, p̄ ± 3·√(p̄(1−p̄)/nᵢ) clamped to [0, 1]. `'xmr'` (means such as handling time): centre
 * X̄, MR̄ = mean |xᵢ − xᵢ₋₁|, limits X̄ ± 2.66·MR̄. Points beyond a limit are flagged, and so is
 * every point of a run of `runLength` (default 8) in a row strictly on one side of the centre.
 * An empty series gives no points and a centre of 0; XmR of one point has zero-width limits.
 * Throws a `RangeError` naming the point and the rule for a non-finite value, a proportion
 * outside 0–1 or a p-chart period without an integer n ≥ 1.
 *
 * @example
 * // NIST/SEMATECH e-Handbook §6.3.3.2: 30 wafers of 50 chips, p̄ = 0.2313
 * const result = controlLimits(wafers.map((d) => ({ value: d / 50, n: 50 })), { chart: 'p' });
 * result.points[0].upper; // 0.4102
 */
export function controlLimits(
  points: readonly ControlPointInput[],
  options: ControlLimitsOptions,
): ControlLimitsResult {
  const { chart, runLength } = checkInputs(points, options);
  const values = points.map((p) => p.value);
  let center = 0;
  let averageMovingRange: number | undefined;
  let limits: Array<[upper: number, lower: number]>;
  if (chart === 'p') {
    const total = points.reduce((sum, p) => sum + (p.n as number), 0);
    const defectives = points.reduce((sum, p) => sum + p.value * (p.n as number), 0);
    center = total === 0 ? 0 : defectives / total;
    limits = points.map((p) => {
      const spread = 3 * Math.sqrt((center * (1 - center)) / (p.n as number));
      return [Math.min(1, center + spread), Math.max(0, center - spread)];
    });
  } else {
    center = values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
    const ranges = values.slice(1).map((v, i) => Math.abs(v - (values[i] as number)));
    averageMovingRange =
      ranges.length === 0 ? 0 : ranges.reduce((a, b) => a + b, 0) / ranges.length;
    const spread = XMR_FACTOR * averageMovingRange;
    limits = values.map(() => [center + spread, center - spread]);
  }
  const runs = runIndexes(values, center, runLength);
  const result: ControlPoint[] = points.map((p, i) => {
    const [upper, lower] = limits[i] as [number, number];
    return {
      value: p.value,
      n: p.n,
      center,
      upper,
      lower,
      signals: signalsOf(p.value, upper, lower, runs.has(i)),
    };
  });
  return {
    chart,
    center,
    averageMovingRange,
    movingRangeUpper:
      averageMovingRange === undefined ? undefined : MR_UPPER_FACTOR * averageMovingRange,
    runLength,
    points: result,
    outOfControl: result.some((p) => p.signals.length > 0),
  };
}
