import type { SVGProps } from 'react';
import { cx } from '../shared/class-names';
import type { GaugeGeometry } from './types';

/** Props of {@link GaugeArc}: a stretch of the scale, a ring, and any `<path>` attribute. */
export interface GaugeArcProps
  extends Omit<SVGProps<SVGPathElement>, 'from' | 'to' | 'ref' | 'children'> {
  /** The gauge's layout (`useKpiGauge().geometry`). */
  geometry: GaugeGeometry;
  /** Start of the stretch, in the gauge's unit (clamped to the scale). */
  from: number;
  /** End of the stretch, in the gauge's unit (clamped to the scale). */
  to: number;
  /** Which ring: the thin band ring outside, or the value arc inside. @default 'value' */
  ring?: 'band' | 'value' | undefined;
}

/** Rounds a coordinate to 3 decimals, as d3-shape's arc does. */
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The SVG path of an annular sector centred on (0, 0), angles in radians clockwise from 12
 * o'clock: the same figure as d3-shape's `arc()` without corners or padding (a full turn is drawn
 * as two half turns, since one SVG arc cannot start and end on the same point). Coordinates are
 * rounded to 3 decimals, as d3 does, so the paths are the ones visx's `Arc` drew.
 */
export function arcPath(inner: number, outer: number, start: number, end: number): string {
  const at = (r: number, a: number) => `${r3(r * Math.sin(a))},${r3(-r * Math.cos(a))}`;
  if (end - start >= 2 * Math.PI - 1e-6) {
    // A full ring: each circle as two half turns from the start angle, the inner one backwards.
    const circle = (r: number, sweep: 0 | 1) =>
      `M${at(r, start)}A${r3(r)},${r3(r)},0,1,${sweep},${at(r, start + Math.PI)}A${r3(r)},${r3(r)},0,1,${sweep},${at(r, start)}`;
    return inner > 0 ? `${circle(outer, 1)}${circle(inner, 0)}Z` : `${circle(outer, 1)}Z`;
  }
  const large = end - start > Math.PI ? 1 : 0;
  const o = r3(outer);
  const i = r3(inner);
  const outerArc = `M${at(outer, start)}A${o},${o},0,${large},1,${at(outer, end)}`;
  if (!(inner > 0)) return `${outerArc}L0,0Z`;
  return `${outerArc}L${at(inner, end)}A${i},${i},0,${large},0,${at(inner, start)}Z`;
}

/**
 * One arc of a gauge between two values of its scale, a hand-written SVG path (class
 * `visx-arc ss-gauge-arc`, as when it was drawn with visx's `Arc`). For hosts that draw their own gauge from `useKpiGauge` or a
 * `KpiGauge` render function. Draws nothing for an empty stretch.
 *
 * @example
 * <KpiGauge value={0.93} label="响应及时率">
 *   {(g) => <svg {...g.svgProps}><GaugeArc geometry={g.geometry} from={g.min} to={g.clampedValue ?? g.min} /></svg>}
 * </KpiGauge>
 */
export function GaugeArc({
  geometry,
  from,
  to,
  ring = 'value',
  className,
  ...rest
}: GaugeArcProps) {
  const startAngle = geometry.angleOf(from);
  const endAngle = geometry.angleOf(to);
  if (!(endAngle > startAngle)) return null;
  const band = ring === 'band';
  return (
    <path
      {...rest}
      className={cx('visx-arc ss-gauge-arc', className)}
      d={arcPath(
        band ? geometry.bandInner : geometry.valueInner,
        band ? geometry.bandOuter : geometry.valueOuter,
        startAngle,
        endAngle,
      )}
      transform={`translate(${geometry.cx},${geometry.cy})`}
    />
  );
}
