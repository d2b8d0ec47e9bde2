import { Group } from '@visx/group';
import { Line, LinePath } from '@visx/shape';
import { textWidthEm } from '../shared/text-width';
import {
  bandPath,
  stepPath,
  targetLabelFontSize,
  targetLabelY,
  type TrendLayout,
} from './trend-layout';
import type { KpiTrendState } from './use-kpi-trend';

/** The value axis: grid lines across the plot and tick labels on the left. */
function ValueAxis({ layout, format }: { layout: TrendLayout; format: (v: number) => string }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain <g> is not focusable
    <g aria-hidden="true" className="visx-group visx-axis visx-axis-left ss-kpi-trend__axis">
      {layout.yTicks.map((value) => {
        const y = layout.y(value);
        return (
          <g key={value} className="visx-group visx-axis-tick">
            <line className="ss-kpi-trend__grid" x1={0} x2={layout.plotWidth} y1={y} y2={y} />
            <text className="ss-kpi-trend__tick-label" x={-6} y={y} dy="0.32em" textAnchor="end">
              {format(value)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Period labels under the plot, thinned so none collides with its neighbour. */
function PeriodAxis({ layout, state }: { layout: TrendLayout; state: KpiTrendState }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain <g> is not focusable
    <g aria-hidden="true" className="visx-group visx-axis visx-axis-bottom ss-kpi-trend__axis">
      <Line
        className="visx-axis-line ss-kpi-trend__baseline"
        from={{ x: 0, y: layout.plotHeight + 0.5 }}
        to={{ x: layout.plotWidth, y: layout.plotHeight + 0.5 }}
      />
      {layout.points.map((p) =>
        p.labelShown ? (
          <text
            key={p.index}
            className="ss-kpi-trend__period"
            data-active={p.index === state.activeIndex}
            x={p.x}
            y={layout.plotHeight + 18}
            textAnchor="middle"
          >
            {state.points[p.index]?.periodText}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** Interval band, control limits and centre line, target line and the change-point marker. */
function Guides({ layout, state }: { layout: TrendLayout; state: KpiTrendState }) {
  const change = state.changePoint;
  const changeX = change ? (layout.points[change.index]?.x ?? 0) - layout.step / 2 : 0;
  const labelY = state.target
    ? targetLabelY(layout, textWidthEm(state.target.text) * targetLabelFontSize)
    : null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain <g> is not focusable
    <g aria-hidden="true" className="ss-kpi-trend__guides">
      <path className="ss-kpi-trend__band" d={bandPath(layout)} />
      {state.control && (
        <>
          <path
            className="ss-kpi-trend__limit"
            d={stepPath(layout, (p) => p.limits?.upper ?? null)}
          />
          <path
            className="ss-kpi-trend__limit"
            d={stepPath(layout, (p) => p.limits?.lower ?? null)}
          />
          {layout.centerY !== null && (
            <Line
              className="ss-kpi-trend__center"
              from={{ x: 0, y: layout.centerY }}
              to={{ x: layout.plotWidth, y: layout.centerY }}
            />
          )}
        </>
      )}
      {state.target && layout.targetY !== null && (
        <>
          <Line
            className="ss-kpi-trend__target"
            from={{ x: 0, y: layout.targetY }}
            to={{ x: layout.plotWidth, y: layout.targetY }}
          />
          {labelY !== null && (
            <text
              className="ss-kpi-trend__target-label"
              x={layout.plotWidth - 2}
              y={labelY}
              textAnchor="end"
            >
              {state.target.text}
            </text>
          )}
        </>
      )}
      {change && (
        <>
          <Line
            className="ss-kpi-trend__change"
            from={{ x: changeX, y: -6 }}
            to={{ x: changeX, y: layout.plotHeight }}
          />
          <text className="ss-kpi-trend__change-label" x={changeX - 4} y={4} textAnchor="end">
            {change.beforeText}
          </text>
          <text className="ss-kpi-trend__change-label" x={changeX + 4} y={4} textAnchor="start">
            {change.afterText}
          </text>
        </>
      )}
    </g>
  );
}

/**
 * The SVG of a ready trend: axes, interval band, control limits, target, change point, the line
 * and one focusable point per period (flagged points drawn as larger diamonds, so colour is not the
 * only signal). Only the points are exposed to assistive technology.
 */
export function TrendPlot({ state, layout }: { state: KpiTrendState; layout: TrendLayout }) {
  const { margin } = layout;
  const defined = layout.points.filter((p) => p.y !== null);
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: not an image; its accessible content is the named group of points
    <svg
      className="ss-kpi-trend__svg"
      width={layout.width}
      height={layout.height}
      focusable="false"
    >
      <Group top={margin.top} left={margin.left}>
        <ValueAxis layout={layout} format={state.format} />
        <Guides layout={layout} state={state} />
        <LinePath
          className="ss-kpi-trend__line"
          data={layout.points}
          x={(p) => p.x}
          y={(p) => p.y ?? 0}
          defined={(p) => p.y !== null}
          aria-hidden="true"
        />
        <PeriodAxis layout={layout} state={state} />
        <g {...state.pointGroupProps} className="ss-kpi-trend__points">
          {defined.map((p) => {
            const point = state.points[p.index];
            const flagged = (point?.signalTexts.length ?? 0) > 0;
            const active = p.index === state.activeIndex;
            const r = active ? 6 : flagged ? 5.5 : 3.5;
            const y = p.y ?? 0;
            return (
              <g
                key={p.index}
                {...state.getPointProps(p.index)}
                className="ss-kpi-trend__point-group"
              >
                <rect
                  className="ss-kpi-trend__hit"
                  x={p.x - layout.step / 2}
                  y={0}
                  width={layout.step}
                  height={layout.plotHeight}
                />
                {flagged ? (
                  <path
                    className="ss-kpi-trend__point ss-kpi-trend__point--flagged"
                    d={`M${p.x} ${y - r * 1.3}L${p.x + r * 1.3} ${y}L${p.x} ${y + r * 1.3}L${p.x - r * 1.3} ${y}Z`}
                  />
                ) : (
                  <circle className="ss-kpi-trend__point" cx={p.x} cy={y} r={r} />
                )}
                <circle className="ss-kpi-trend__focus-ring" cx={p.x} cy={y} r={r + 4} />
              </g>
            );
          })}
        </g>
      </Group>
    </svg>
  );
}
