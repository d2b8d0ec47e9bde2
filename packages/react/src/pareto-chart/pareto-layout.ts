import { bandScale, type LinearScale, linearScale } from '../shared/scales';
import { type FittedLabel, fitLabel } from './fit-label';
import type { ParetoBar } from './pareto-chart.types';

/** Font size of tick and category labels, px (the CSS uses the same). */
export const labelFontSize = 12;
/** Widest bar, px: one category should not become a wall. */
const maxBarWidth = 72;
/** Gap between the plot's bottom and the first label line, and the line advance, px. */
export const labelGap = 8;
export const lineHeight = labelFontSize + 3;
/** Rotated labels: angle (degrees, counter-clockwise) and longest run, px. */
export const rotation = 35;
const rotatedLength = 100;
/** Columns narrower than this rotate their labels when a wrapped label would be cut or split mid-word. */
const rotateBelow = 64;

/** Where one bar and its label go, in plot coordinates (origin at the plot's top-left). */
export interface BarGeometry {
  bar: ParetoBar;
  /** Left of the bar's column (the hit area: the band plus half the gaps). */
  columnX: number;
  columnWidth: number;
  /** The drawn bar. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the column, where the cumulative point sits. */
  cx: number;
  /** The cumulative point's height. */
  cy: number;
  label: FittedLabel;
}

/** Everything the SVG needs to draw, from the bars and the size. */
export interface ParetoLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plotWidth: number;
  plotHeight: number;
  countScale: LinearScale;
  shareScale: LinearScale;
  countTicks: number[];
  shareTicks: number[];
  cutoffY: number;
  /** Right end of the cutoff label (drawn just below the line, over the rightmost short bar). */
  cutoffLabelX: number;
  /** `wrap`: up to two centred lines; `rotate`: one line turned by `rotation`°, for narrow columns. */
  labelMode: 'wrap' | 'rotate';
  bars: BarGeometry[];
}

const shareTicks = [0, 0.2, 0.4, 0.6, 0.8, 1];

/**
 * Lays the chart out: a left count axis (0 to the largest count, "nice"), a right 0–100 % axis for
 * the cumulative share, one band per bar, and two lines of category label under each bar. Pure
 * (no DOM): label widths are estimated, so server and client agree.
 */
export function paretoLayout(
  bars: readonly ParetoBar[],
  options: {
    width: number;
    height: number;
    cutoff: number;
    formatCount: (count: number) => string;
  },
): ParetoLayout {
  const maxCount = Math.max(...bars.map((b) => b.item.count), 0);
  const countDomain = linearScale([0, maxCount > 0 ? maxCount : 1], [0, 1], true).domain;
  const allIntegers = bars.every((b) => Number.isInteger(b.item.count));
  const countTicks = linearScale(countDomain, [0, 1])
    .ticks(5)
    .filter((value) => !allIntegers || Number.isInteger(value));

  // Room for the widest count tick label (digits ≈ 0.6 em) plus the tick.
  const widestTick = Math.max(...countTicks.map((v) => options.formatCount(v).length), 1);
  const left = Math.max(36, Math.ceil(widestTick * labelFontSize * 0.6) + 14);
  const right = 44;
  const plotWidth = Math.max(options.width - left - right, 40);
  const band = bandScale(
    bars.map((b) => b.key),
    plotWidth,
    0.25,
    0.15,
  );
  const { bandwidth, step } = band;
  const gap = step - bandwidth;

  // Labels: wrapped under the bar, or rotated when columns are narrow and a wrapped label is cut.
  const wrapWidth = Math.max(step - 6, labelFontSize);
  let labels = bars.map((bar) => fitLabel(bar.label, wrapWidth, labelFontSize, 2));
  const labelMode =
    step < rotateBelow && labels.some((l) => l.truncated || l.brokenWord) ? 'rotate' : 'wrap';
  const cos = Math.cos((rotation * Math.PI) / 180);
  const sin = Math.sin((rotation * Math.PI) / 180);
  if (labelMode === 'rotate') {
    labels = bars.map((bar) => {
      // The first columns have little room to their left: keep the label inside the drawing.
      const start = band.start(bar.key) ?? 0;
      const room = (left + start + bandwidth / 2 - 2) / cos;
      return fitLabel(
        bar.label,
        Math.min(rotatedLength, Math.max(room, labelFontSize)),
        labelFontSize,
        1,
      );
    });
  }
  const lines = Math.max(1, ...labels.map((l) => l.lines.length));
  const bottom =
    labelMode === 'rotate'
      ? Math.ceil(labelGap + rotatedLength * sin + labelFontSize * cos + 4)
      : labelGap + lines * lineHeight + 6;

  const margin = { top: 28, right, bottom, left };
  const plotHeight = Math.max(options.height - margin.top - margin.bottom, 40);
  const countScale = linearScale(countDomain, [plotHeight, 0]);
  const shareScale = linearScale([0, 1], [plotHeight, 0]);

  // The cutoff label sits below the line at the right, where bars are usually short; if the last
  // bars reach into it (a large Other bar), it moves left to the rightmost column that is clear.
  const cutoffY = shareScale(options.cutoff);
  let cutoffLabelX = plotWidth - 4;
  for (let i = bars.length - 1; i >= 0; i--) {
    const bar = bars[i]!;
    if (countScale(bar.item.count) > cutoffY + 20) {
      const start = band.start(bar.key) ?? 0;
      // …but not so far left that the label (≈ 80 px) leaves the plot.
      cutoffLabelX = Math.min(plotWidth - 4, Math.max(start + bandwidth + gap / 2 - 2, 84));
      break;
    }
  }

  return {
    width: options.width,
    height: options.height,
    margin,
    plotWidth,
    plotHeight,
    countScale,
    shareScale,
    countTicks,
    shareTicks,
    cutoffY,
    cutoffLabelX,
    labelMode,
    bars: bars.map((bar, index) => {
      const start = band.start(bar.key) ?? 0;
      const width = Math.min(bandwidth, maxBarWidth);
      const y = countScale(bar.item.count);
      const cx = start + bandwidth / 2;
      return {
        bar,
        columnX: start - gap / 2,
        columnWidth: step,
        x: cx - width / 2,
        y,
        width,
        height: Math.max(plotHeight - y, 0),
        cx,
        cy: shareScale(bar.item.cumulativeShare),
        label: labels[index]!,
      };
    }),
  };
}
