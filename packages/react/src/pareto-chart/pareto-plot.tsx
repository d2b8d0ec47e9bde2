import { AxisLeft, AxisRight, type TickRendererProps } from '@visx/axis';
import { Group } from '@visx/group';
import { Line, LinePath } from '@visx/shape';
import type { BarGeometry, ParetoLayout } from './pareto-layout';
import { labelGap, lineHeight, rotation } from './pareto-layout';
import type { ParetoState } from './use-pareto';

/** Plain `<text>` ticks (visx's default `<Text>` measures in a node it appends to document.body). */
function tickEnd({ x, y, formattedValue }: TickRendererProps) {
  return (
    <text x={x} y={y} dy="0.32em" textAnchor="end" className="ss-pareto-chart__tick-label">
      {formattedValue}
    </text>
  );
}
function tickStart({ x, y, formattedValue }: TickRendererProps) {
  return (
    <text x={x} y={y} dy="0.32em" textAnchor="start" className="ss-pareto-chart__tick-label">
      {formattedValue}
    </text>
  );
}

/** The hatch pattern that marks the vital few, so colour is not the only signal. */
export function hatchPatternId(idPrefix: string): string {
  return `${idPrefix}-vital-hatch`;
}

export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width={6}
      height={6}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <line x1={0} y1={0} x2={0} y2={6} className="ss-pareto-chart__hatch-line" strokeWidth={2.5} />
    </pattern>
  );
}

function BarColumn({
  geometry,
  state,
  hatch,
  layout,
}: {
  geometry: BarGeometry;
  state: ParetoState;
  hatch: string;
  layout: ParetoLayout;
}) {
  const { bar, label } = geometry;
  const { plotHeight } = layout;
  // The column (hit area and focus ring) runs from the plot's top through the label area.
  const columnHeight = plotHeight + layout.margin.bottom - 4;
  const labelY = plotHeight + labelGap;
  return (
    <g {...state.getBarProps(bar.index)} className="ss-pareto-chart__column">
      <rect
        className="ss-pareto-chart__hit"
        x={geometry.columnX}
        y={0}
        width={geometry.columnWidth}
        height={columnHeight}
      />
      <rect
        className="ss-pareto-chart__focus-ring"
        x={geometry.columnX + 1}
        y={1}
        width={Math.max(geometry.columnWidth - 2, 0)}
        height={columnHeight - 2}
        rx={4}
      />
      <rect
        className={`ss-pareto-chart__bar${bar.vital ? ' ss-pareto-chart__bar--vital' : ''}${bar.isOther ? ' ss-pareto-chart__bar--other' : ''}`}
        x={geometry.x}
        y={geometry.y}
        width={geometry.width}
        height={geometry.height}
      />
      {bar.vital && geometry.height > 0 && (
        <rect
          className="ss-pareto-chart__hatch"
          x={geometry.x}
          y={geometry.y}
          width={geometry.width}
          height={geometry.height}
          fill={`url(#${hatch})`}
        />
      )}
      {layout.labelMode === 'rotate' ? (
        <text
          className="ss-pareto-chart__category"
          data-rotated="true"
          x={geometry.cx}
          y={labelY}
          textAnchor="end"
          transform={`rotate(${-rotation} ${geometry.cx} ${labelY})`}
        >
          {label.lines[0]}
        </text>
      ) : (
        <text className="ss-pareto-chart__category" x={geometry.cx} y={labelY} textAnchor="middle">
          {label.lines.map((line, i) => (
            <tspan
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order
              key={i}
              x={geometry.cx}
              dy={i === 0 ? 0 : lineHeight}
            >
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}

/**
 * The SVG of a ready Pareto chart: grid, bars (vital ones hatched), category labels, the
 * cumulative-share line with points, the cutoff line and both axes. Only the bars are exposed to
 * assistive technology; lines, axes and ticks are decorative (the bars' names and the hidden table
 * carry the numbers).
 */
export function ParetoPlot({ state, layout }: { state: ParetoState; layout: ParetoLayout }) {
  const { margin, plotWidth, countScale, shareScale } = layout;
  const hatch = hatchPatternId(state.idPrefix);
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: not an image; its accessible content is the named group of bars inside
    <svg
      className="ss-pareto-chart__svg"
      width={layout.width}
      height={layout.height}
      focusable="false"
    >
      <defs>
        <HatchPattern id={hatch} />
      </defs>
      <Group top={margin.top} left={margin.left}>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain <g> is not focusable */}
        <g aria-hidden="true" className="ss-pareto-chart__grid">
          {layout.countTicks.map((value) => (
            <line key={value} x1={0} x2={plotWidth} y1={countScale(value)} y2={countScale(value)} />
          ))}
        </g>
        <g {...state.barGroupProps} className="ss-pareto-chart__bars">
          {layout.bars.map((geometry) => (
            <BarColumn
              key={geometry.bar.key}
              geometry={geometry}
              state={state}
              hatch={hatch}
              layout={layout}
            />
          ))}
        </g>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain <g> is not focusable */}
        <g aria-hidden="true" className="ss-pareto-chart__overlay">
          <Line
            className="ss-pareto-chart__cutoff"
            from={{ x: 0, y: layout.cutoffY }}
            to={{ x: plotWidth, y: layout.cutoffY }}
          />
          <text
            className="ss-pareto-chart__cutoff-label"
            x={layout.cutoffLabelX}
            y={layout.cutoffY + 14}
            textAnchor="end"
          >
            {state.cutoffText}
          </text>
          <LinePath
            className="ss-pareto-chart__line"
            data={layout.bars}
            x={(g) => g.cx}
            y={(g) => g.cy}
          />
          {layout.bars.map((g) => (
            <circle
              key={g.bar.key}
              className="ss-pareto-chart__point"
              data-active={g.bar.index === state.activeIndex}
              cx={g.cx}
              cy={g.cy}
              r={g.bar.index === state.activeIndex ? 5 : 3.5}
            />
          ))}
          <AxisLeft
            scale={countScale}
            tickValues={layout.countTicks}
            tickFormat={(v) => state.formatCount(Number(v))}
            tickComponent={tickEnd}
            axisClassName="ss-pareto-chart__axis"
            tickLength={4}
          />
          <AxisRight
            left={plotWidth}
            scale={shareScale}
            tickValues={layout.shareTicks}
            tickFormat={(v) => state.formatShare(Number(v), 0)}
            tickComponent={tickStart}
            axisClassName="ss-pareto-chart__axis"
            tickLength={4}
          />
          <text
            className="ss-pareto-chart__axis-title"
            x={-margin.left + 2}
            y={-14}
            textAnchor="start"
          >
            {state.labels.count}
          </text>
          <text
            className="ss-pareto-chart__axis-title"
            x={plotWidth + margin.right - 2}
            y={-14}
            textAnchor="end"
          >
            {state.labels.cumulativeShare}
          </text>
        </g>
      </Group>
    </svg>
  );
}
