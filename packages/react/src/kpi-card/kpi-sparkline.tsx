import { LinePath } from '@visx/shape';
import { linearScale } from '../shared/scales';
import type { KpiCardTrendPoint } from './kpi-card-types';

/** Width and height of the sparkline's coordinate box; the SVG stretches it to its CSS size. */
const W = 100;
const H = 32;
const PAD = 3;

/** Props of {@link KpiSparkline}. */
export interface KpiSparklineProps {
  points: readonly KpiCardTrendPoint[];
  /** The accessible description, e.g. "趋势：2026年5月 88.1% → 2026年10月 92.3%". */
  description: string;
}

/**
 * A small trend line (visx `LinePath`) with a dot on the last value. The SVG is an image named by
 * its description; it stretches to its container's width without measuring it (the stroke does
 * not scale), so server and client draw the same markup. A missing value leaves a gap.
 */
export function KpiSparkline({ points, description }: KpiSparklineProps) {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.value === null) continue;
    if (p.value < min) min = p.value;
    if (p.value > max) max = p.value;
  }
  // A flat series sits in the middle.
  const domain = min === max ? [min - 1, max + 1] : [min, max];
  const x = linearScale([0, Math.max(points.length - 1, 1)], [PAD, W - PAD]);
  const y = linearScale([domain[0]!, domain[1]!], [H - PAD, PAD]);
  const indexed = points.map((p, i) => ({ i, value: p.value }));
  let last: { i: number; value: number } | undefined;
  for (const p of indexed) if (p.value !== null) last = { i: p.i, value: p.value };
  return (
    <svg
      className="ss-kpi-card__trend"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={description}
    >
      <LinePath
        className="ss-kpi-card__trend-line"
        data={indexed}
        x={(d) => x(d.i)}
        y={(d) => y(d.value ?? 0)}
        defined={(d) => d.value !== null}
        vectorEffect="non-scaling-stroke"
      />
      {last !== undefined && (
        // A zero-length segment with a round cap and a non-scaling stroke draws an undistorted dot.
        <path
          className="ss-kpi-card__trend-dot"
          d={`M${x(last.i)} ${y(last.value)}h0`}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
