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
  /** The first and last periods with values ("2026年5月"), written under the line's ends. */
  from: string;
  to: string;
}

/**
 * A small trend line (visx `LinePath`) with a dot on the marked point (the card's period), the
 * first and last periods under its ends, and each point's period and value as a hover title. The
 * SVG is an image named by its description; it stretches to its container's width without
 * measuring it (the stroke does not scale), so server and client draw the same markup. A missing
 * value leaves a gap. The box is pushed to the card's bottom, so cards side by side in a grid row
 * line their sparklines up.
 */
export function KpiSparkline({ points, description, from, to }: KpiSparklineProps) {
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
  const markedAt = points.findIndex((p) => p.marked && p.value !== null);
  const mark = markedAt < 0 ? undefined : { i: markedAt, value: points[markedAt]!.value! };
  // Each point's hover band: half the step to either side.
  const step = points.length > 1 ? (W - 2 * PAD) / (points.length - 1) : W;
  return (
    <div className="ss-kpi-card__trend-box">
      <svg
        className="ss-kpi-card__trend"
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={description}
      >
        {points.map((p, i) => {
          const x0 = Math.max(0, x(i) - step / 2);
          return (
            <rect
              key={p.period}
              className="ss-kpi-card__trend-hit"
              x={x0}
              y={0}
              width={Math.min(W, x(i) + step / 2) - x0}
              height={H}
            >
              <title>{`${p.periodText} ${p.valueText}`}</title>
            </rect>
          );
        })}
        <LinePath
          className="ss-kpi-card__trend-line"
          data={indexed}
          x={(d) => x(d.i)}
          y={(d) => y(d.value ?? 0)}
          defined={(d) => d.value !== null}
          vectorEffect="non-scaling-stroke"
        />
        {mark !== undefined && (
          // A zero-length segment with a round cap and a non-scaling stroke draws an undistorted dot.
          <path
            className="ss-kpi-card__trend-dot"
            d={`M${x(mark.i)} ${y(mark.value)}h0`}
            vectorEffect="non-scaling-stroke"
          />
        )}
      </svg>
      <div className="ss-kpi-card__trend-axis" aria-hidden="true">
        <span>{from}</span>
        <span>{to}</span>
      </div>
    </div>
  );
}
