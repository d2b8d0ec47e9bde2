import { linearScale } from '../shared/scales';

/** One drawable period: its centre x, its value's y (or `null`), its interval and limits in px. */
export interface TrendPointGeometry {
  index: number;
  x: number;
  /** `null` for a period without a value. */
  y: number | null;
  /** The interval's top and bottom y, or `null`. */
  band: { top: number; bottom: number } | null;
  /** Control limits' y for this period, or `null` when the chart has none. */
  limits: { upper: number; lower: number } | null;
  /** Whether this period's label is drawn (labels are thinned so they never collide). */
  labelShown: boolean;
}

/** What the layout needs from the state: values, intervals, limits, target, label widths. */
export interface TrendLayoutInput {
  values: ReadonlyArray<number | null>;
  intervals: ReadonlyArray<readonly [number, number] | null>;
  limits: ReadonlyArray<{ upper: number; lower: number } | null>;
  center: number | null;
  target: number | null;
  /** The widest period label and tick label, in characters (CJK characters count double). */
  periodLabelChars: number;
  tickLabelChars: (value: number) => number;
  width: number;
  height: number;
  /** Durations (ms): ticks at round minutes, hours or days instead of round milliseconds. */
  durationTicks?: boolean | undefined;
}

/** The trend's geometry: scales, ticks, margins and one entry per period. */
export interface TrendLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plotWidth: number;
  plotHeight: number;
  y: (value: number) => number;
  yTicks: number[];
  /** Distance between two periods' centres. */
  step: number;
  points: TrendPointGeometry[];
  centerY: number | null;
  targetY: number | null;
}

/** Average glyph width of the 12 px axis text, px per character (CJK counted as two). */
const charWidth = 6.6;

/**
 * Lays out a trend: the value axis spans the values, their intervals, the control limits and the
 * target (so none is ever off the chart), widened to round numbers; periods sit at the centres of
 * equal slots; period labels are thinned to every k-th so each has room.
 */
export function trendLayout(input: TrendLayoutInput): TrendLayout {
  const { values, intervals, limits, center, target, width, height } = input;
  const extent: number[] = [];
  values.forEach((v, i) => {
    if (v !== null) extent.push(v);
    const interval = intervals[i];
    if (interval) extent.push(interval[0], interval[1]);
    const limit = limits[i];
    if (limit) extent.push(limit.upper, limit.lower);
  });
  if (center !== null) extent.push(center);
  if (target !== null) extent.push(target);
  let lo = extent.length ? Math.min(...extent) : 0;
  let hi = extent.length ? Math.max(...extent) : 1;
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const margin = { top: 14, right: 16, bottom: 30, left: 0 };
  const plotHeight = Math.max(height - margin.top - margin.bottom, 40);
  // Durations get round ticks in the unit their span is read in (30 min, 2 h, 1 d).
  const factor = input.durationTicks ? durationFactor(hi - lo) : 1;
  const scaled = linearScale([lo / factor, hi / factor], [plotHeight, 0], true);
  const y = (value: number) => scaled(value / factor);
  const yTicks = scaled.ticks(Math.max(2, Math.floor(plotHeight / 40))).map((t) => t * factor);
  const widest = Math.max(0, ...yTicks.map(input.tickLabelChars));
  margin.left = Math.ceil(widest * charWidth) + 14;
  const n = values.length;
  const labelWidth = input.periodLabelChars * charWidth + 8;
  // The last period's label is centred under its point: leave room for its right half.
  const plotWidth0 = Math.max(width - margin.left - margin.right, 40);
  const overhang = labelWidth / 2 - (n > 0 ? plotWidth0 / n : plotWidth0) / 2;
  margin.right = Math.max(margin.right, Math.ceil(overhang));
  const plotWidth = Math.max(width - margin.left - margin.right, 40);
  const step = n > 0 ? plotWidth / n : plotWidth;
  const every = Math.max(1, Math.ceil(labelWidth / step));
  const points = values.map((v, index) => {
    const interval = intervals[index];
    const limit = limits[index];
    return {
      index,
      x: step * (index + 0.5),
      y: v === null ? null : y(v),
      band: interval ? { top: y(interval[1]), bottom: y(interval[0]) } : null,
      limits: limit ? { upper: y(limit.upper), lower: y(limit.lower) } : null,
      // Thinned from the last period backwards, so the latest period always has its label.
      labelShown: (n - 1 - index) % every === 0,
    };
  });
  return {
    width,
    height,
    margin,
    plotWidth,
    plotHeight,
    y,
    yTicks,
    step,
    points,
    centerY: center === null ? null : y(center),
    targetY: target === null ? null : y(target),
  };
}

/** The target label's font size (px, kpi-trend.css) and its text's reach above and below the baseline. */
const labelFont = { size: 12, ascent: 12, descent: 3 } as const;

/**
 * The baseline of the target's label at the right end of its line: just above the line, else just
 * below it, else `null` (no label: the legend names the target too). A place is taken only when
 * the label's box, padded, touches neither the line between two periods nor a point (8 px around
 * it, a flagged or active point's size), and stays on the chart: above may reach into the top
 * margin, below must end above the period axis.
 */
export function targetLabelY(layout: TrendLayout, textWidth: number): number | null {
  const { targetY, plotWidth, plotHeight, margin, points } = layout;
  if (targetY === null) return null;
  const right = plotWidth - 2;
  const left = right - textWidth;
  const free = (baseline: number) => {
    const top = baseline - labelFont.ascent;
    const bottom = baseline + labelFont.descent;
    if (top < -margin.top || bottom > plotHeight) return false;
    const near = (y: number, pad: number) => y >= top - pad && y <= bottom + pad;
    for (let i = 0; i < points.length; i++) {
      const p = points[i]!;
      if (p.y === null) continue;
      if (p.x >= left - 8 && p.x <= right + 8 && near(p.y, 8)) return false;
      const q = points[i + 1];
      if (q?.y == null) continue;
      // The line from p to q, clipped to the label's columns (2 px padded): its y-range there.
      const x0 = Math.max(p.x, left - 2);
      const x1 = Math.min(q.x, right + 2);
      if (x0 > x1) continue;
      const at = (x: number) => p.y! + ((q.y! - p.y!) * (x - p.x)) / (q.x - p.x);
      const lo = Math.min(at(x0), at(x1));
      const hi = Math.max(at(x0), at(x1));
      if (hi >= top - 2 && lo <= bottom + 2) return false;
    }
    return true;
  };
  const above = targetY - 4;
  if (free(above)) return above;
  const below = targetY + 2 + labelFont.ascent;
  return free(below) ? below : null;
}

/** The target label's font size in px, for its width from `textWidthEm`. */
export const targetLabelFontSize = labelFont.size;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The duration unit a span is read in: minutes under 2 h, hours under 2 days, else days. */
function durationFactor(span: number): number {
  return span < 2 * HOUR ? MINUTE : span < 2 * DAY ? HOUR : DAY;
}

/** A stepped path through each period's slot at `pick`'s y: flat across the slot, vertical between. */
export function stepPath(
  layout: TrendLayout,
  pick: (p: TrendPointGeometry) => number | null,
): string {
  let d = '';
  let open = false;
  for (const p of layout.points) {
    const yy = pick(p);
    if (yy === null) {
      open = false;
      continue;
    }
    const x0 = p.x - layout.step / 2;
    const x1 = p.x + layout.step / 2;
    d += `${open ? 'L' : 'M'}${x0.toFixed(2)} ${yy.toFixed(2)}H${x1.toFixed(2)}`;
    open = true;
  }
  return d;
}

/** The interval band as closed areas over consecutive periods that have an interval. */
export function bandPath(layout: TrendLayout): string {
  const runs: TrendPointGeometry[][] = [];
  let run: TrendPointGeometry[] = [];
  for (const p of layout.points) {
    if (p.band) run.push(p);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs
    .map((r) => {
      // A lone period gets a slot-wide box so it is still visible.
      const pts =
        r.length === 1 && r[0]
          ? [
              { ...r[0], x: r[0].x - layout.step / 4 },
              { ...r[0], x: r[0].x + layout.step / 4 },
            ]
          : r;
      const top = pts.map((p) => `${p.x.toFixed(2)} ${p.band?.top.toFixed(2)}`).join('L');
      const bottom = [...pts]
        .reverse()
        .map((p) => `${p.x.toFixed(2)} ${p.band?.bottom.toFixed(2)}`)
        .join('L');
      return `M${top}L${bottom}Z`;
    })
    .join('');
}

/** Width of a label in layout characters: CJK and other wide characters count as two. */
export function labelChars(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\uffdc]/u.test(ch) && ch > '\u2e7f' ? 2 : 1;
  return n;
}
