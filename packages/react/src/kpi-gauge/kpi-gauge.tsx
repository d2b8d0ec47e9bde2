import { cx } from '../shared/class-names';
import { GradeBadge } from '../grade-badge/grade-badge';
import { VisuallyHidden } from '../shared/visually-hidden';
import { GaugeArc } from './gauge-arc';
import type { KpiGaugeProps, KpiGaugeState } from './types';
import { useKpiGauge } from './use-kpi-gauge';

/** A small triangle just past the arc's end, pointing along it: the value is off the scale. */
function RangeMark({ gauge }: { gauge: KpiGaugeState }) {
  const g = gauge.geometry;
  const over = gauge.range === 'over';
  const angle = over ? g.endAngle : g.startAngle;
  const sign = over ? 1 : -1;
  const dx = Math.cos(angle) * sign;
  const dy = Math.sin(angle) * sign;
  const mid = g.pointAt(angle, (g.valueInner + g.valueOuter) / 2);
  const half = (g.valueOuter - g.valueInner) / 2;
  const bx = mid.x + dx * 3;
  const by = mid.y + dy * 3;
  const nx = Math.sin(angle);
  const ny = -Math.cos(angle);
  const points = [
    [bx + nx * half, by + ny * half],
    [bx - nx * half, by - ny * half],
    [bx + dx * half * 1.4, by + dy * half * 1.4],
  ]
    .map(([x, y]) => `${x!.toFixed(2)},${y!.toFixed(2)}`)
    .join(' ');
  return <polygon className="ss-kpi-gauge__range-mark" data-tone={gauge.tone} points={points} />;
}

/** The target: a tick from the band ring outwards (never across the value arc) and its value. */
function TargetTick({ gauge }: { gauge: KpiGaugeState }) {
  const g = gauge.geometry;
  if (g.targetTick === null) return null;
  return (
    <>
      <line className="ss-kpi-gauge__target" {...g.targetTick} />
      {g.targetLabel !== null && (
        <text
          className="ss-kpi-gauge__target-label"
          x={g.targetLabel.x}
          y={g.targetLabel.y}
          fontSize={g.tickFontSize}
          textAnchor={g.targetLabel.anchor}
        >
          {gauge.targetTickText}
        </text>
      )}
    </>
  );
}

/** The built-in drawing: bands, track, fill, target tick, centre value, end labels, label, legend. */
function GaugeBody({ gauge }: { gauge: KpiGaugeState }) {
  const g = gauge.geometry;
  const graded = gauge.insufficient || gauge.classification !== null;
  return (
    <>
      <svg {...gauge.svgProps} aria-hidden="true" className="ss-kpi-gauge__svg">
        <g className="ss-kpi-gauge__bands">
          {gauge.segments.map((s) => (
            <GaugeArc
              key={`${s.from}:${s.to}`}
              geometry={g}
              ring="band"
              from={s.from}
              to={s.to}
              className="ss-kpi-gauge__band"
              data-tone={s.tone}
            />
          ))}
        </g>
        <GaugeArc geometry={g} from={gauge.min} to={gauge.max} className="ss-kpi-gauge__track" />
        {gauge.animatedValue !== null && (
          <GaugeArc
            geometry={g}
            from={gauge.min}
            to={gauge.animatedValue}
            className="ss-kpi-gauge__fill"
            data-tone={gauge.tone}
            data-value={gauge.animatedValue}
          />
        )}
        <TargetTick gauge={gauge} />
        {gauge.range !== null && <RangeMark gauge={gauge} />}
        <text
          className="ss-kpi-gauge__value"
          x={g.cx}
          y={g.valueY}
          fontSize={g.valueFontSize}
          textAnchor="middle"
        >
          {gauge.valueParts.map((part, i) =>
            part.unit ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, in order.
              <tspan key={i} className="ss-kpi-gauge__unit" fontSize={g.unitFontSize}>
                {part.text}
              </tspan>
            ) : (
              part.text
            ),
          )}
        </text>
        <text
          className="ss-kpi-gauge__bound"
          x={g.minLabel.x}
          y={g.minLabel.y}
          fontSize={g.tickFontSize}
          textAnchor={g.minLabel.anchor}
        >
          {gauge.minText}
        </text>
        <text
          className="ss-kpi-gauge__bound"
          x={g.maxLabel.x}
          y={g.maxLabel.y}
          fontSize={g.tickFontSize}
          textAnchor={g.maxLabel.anchor}
        >
          {gauge.maxText}
        </text>
      </svg>
      {gauge.label !== null && (
        <div {...gauge.labelProps} className="ss-kpi-gauge__label">
          {gauge.label}
        </div>
      )}
      {(graded || gauge.targetText !== null || gauge.notes.length > 0) && (
        <div className="ss-kpi-gauge__legend">
          {graded && (
            <GradeBadge
              size="sm"
              grade={gauge.insufficient ? null : gauge.classification!.tone}
              insufficient={gauge.insufficient}
              scale={gauge.scale}
              locale={gauge.locale}
            />
          )}
          {gauge.targetText !== null && (
            <span className="ss-kpi-gauge__legend-item">
              <span className="ss-kpi-gauge__target-swatch" aria-hidden="true" />
              {gauge.targetText}
            </span>
          )}
          {gauge.notes.map((note) => (
            <span key={note} className="ss-kpi-gauge__legend-item ss-kpi-gauge__note">
              {note}
            </span>
          ))}
        </div>
      )}
      {gauge.status !== 'value' && <VisuallyHidden>{gauge.valueText}</VisuallyHidden>}
    </>
  );
}

/**
 * An arc gauge for one KPI: bands coloured by the scoring rule's tones, the value's arc in its
 * grade's tone, a target tick, the value in the middle and the label below. Give `metric` +
 * `metricValue` (unit, direction and bands come from the core), or `value` with `rule` or `bands`.
 * The value moves from the previous one (never from 0) unless the user prefers reduced motion.
 *
 * @example
 * <KpiGauge metric="responseTimelinessRate" metricValue={evaluation.overall.responseTimelinessRate} target={0.95} />
 * <KpiGauge value={0.935} rule={indicator.rule} target={0.95} label="响应及时率" />
 */
export function KpiGauge(props: KpiGaugeProps) {
  const gauge = useKpiGauge(props);
  return (
    <div
      {...gauge.rootProps}
      className={cx(
        'ss-widget ss-kpi-gauge',
        gauge.autoWidth && 'ss-kpi-gauge--auto',
        gauge.insufficient && 'ss-kpi-gauge--insufficient',
        gauge.rootProps.className,
      )}
    >
      {gauge.children ? gauge.children(gauge) : <GaugeBody gauge={gauge} />}
    </div>
  );
}
