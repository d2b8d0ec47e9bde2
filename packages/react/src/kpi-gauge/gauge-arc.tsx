import { Arc } from '@visx/shape';
import type { SVGProps } from 'react';
import { cx } from '../shared/class-names';
import type { GaugeGeometry } from './types';

/** Props of {@link GaugeArc}: a stretch of the scale, a ring, and any `<path>` attribute. */
export interface GaugeArcProps
  extends Omit<SVGProps<SVGPathElement>, 'from' | 'to' | 'ref' | 'children'> {
  /** The gauge's layout (`useGauge().geometry`). */
  geometry: GaugeGeometry;
  /** Start of the stretch, in the gauge's unit (clamped to the scale). */
  from: number;
  /** End of the stretch, in the gauge's unit (clamped to the scale). */
  to: number;
  /** Which ring: the thin band ring outside, or the value arc inside. @default 'value' */
  ring?: 'band' | 'value' | undefined;
}

/**
 * One arc of a gauge between two values of its scale, drawn with visx's `Arc` (class
 * `visx-arc ss-gauge-arc`). For hosts that draw their own gauge from `useGauge` or a
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
    <Arc
      {...rest}
      className={cx('ss-gauge-arc', className)}
      innerRadius={band ? geometry.bandInner : geometry.valueInner}
      outerRadius={band ? geometry.bandOuter : geometry.valueOuter}
      startAngle={startAngle}
      endAngle={endAngle}
      transform={`translate(${geometry.cx},${geometry.cy})`}
    />
  );
}
