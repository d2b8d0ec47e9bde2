import { Group } from '@visx/group';
import { Line, LinePath } from '@visx/shape';
import type { LinearScale } from '../shared/scales';
import type { BarGeometry, ParetoLayout } from './pareto-layout';
import { labelGap, lineHeight, rotation } from './pareto-layout';
import type { ParetoChartState } from './pareto-chart.types';

// Groups, lines and the cumulative line are visx's `Group`, `Line` and `LinePath` (≈ 3.8 KB gzip
// together). The axes are written out with the markup @visx/axis drew, whose text measuring would
// pull a CSS calc() evaluator into every host's bundle (≈ 17 KB gzip); the scales are the small
// linear scale of `shared/scales` (@visx/scale's d3-scale is ≈ 11.6 KB gzip).

/** A vertical axis at x = 0 of its group: ticks of length 4 outward, labels, the axis line. */
function Axis({
  side,
  left = 0,
  scale,
  values,
  format,
}: {
  side: 'left' | 'right';
  left?: number;
  scale: LinearScale;
  values: readonly number[];
  format: (value: number) => string;
}) {
  const sign = side === 'left' ? -1 : 1;
  return (
    <g
      className={`visx-group visx-axis visx-axis-${side} ss-pareto-chart__axis`}
      transform={`translate(${left}, 0)`}
    >
      {values.map((value) => {
        const y = scale(value);
        return (
          <g key={value} className="visx-group visx-axis-tick" transform="translate(0, 0)">
            <Line
              from={{ x: 0, y }}
              to={{ x: 4 * sign, y }}
              stroke="#222"
              strokeWidth={1}
              strokeLinecap="square"
            />
            <text
              x={4 * sign}
              y={y}
              dy="0.32em"
              textAnchor={side === 'left' ? 'end' : 'start'}
              className="ss-pareto-chart__tick-label"
            >
              {format(value)}
            </text>
          </g>
        );
      })}
      <Line
        className="visx-axis-line"
        from={{ x: 0, y: scale.range[0] + 0.5 }}
        to={{ x: 0, y: scale.range[1] + 0.5 }}
        stroke="#222"
        strokeWidth={1}
      />
    </g>
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
  state: ParetoChartState;
  hatch: string;
  layout: ParetoLayout;
}) {
  const { bar } = geometry;
  const { plotHeight } = layout;
  // The column (hit area and focus ring) runs from the plot's top through the label area.
  const columnHeight = plotHeight + layout.margin.bottom - 4;
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
    </g>
  );
}

/**
 * A category's visible label. Drawn outside its column (in an `aria-hidden` layer that lets
 * clicks through), so the column's accessible name is the full category name even when the label
 * is cut short with "…" (WCAG 2.5.3: the visible text must not contradict the name).
 */
function CategoryLabel({ geometry, layout }: { geometry: BarGeometry; layout: ParetoLayout }) {
  const { label } = geometry;
  const labelY = layout.plotHeight + labelGap;
  const vital = geometry.bar.vital ? true : undefined;
  return layout.labelMode === 'rotate' ? (
    <text
      className="ss-pareto-chart__category"
      data-rotated="true"
      data-vital={vital}
      x={geometry.cx}
      y={labelY}
      textAnchor="end"
      transform={`rotate(${-rotation} ${geometry.cx} ${labelY})`}
    >
      {label.lines[0]}
    </text>
  ) : (
    <text
      className="ss-pareto-chart__category"
      data-vital={vital}
      x={geometry.cx}
      y={labelY}
      textAnchor="middle"
    >
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
  );
}

/**
 * The SVG of a ready Pareto chart: grid, bars (vital ones hatched), category labels, the
 * cumulative-share line with points, the cutoff line and both axes. Only the bars are exposed to
 * assistive technology; lines, axes and ticks are decorative (the bars' names and the hidden table
 * carry the numbers).
 */
export function ParetoPlot({ state, layout }: { state: ParetoChartState; layout: ParetoLayout }) {
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
        <g aria-hidden="true" className="ss-pareto-chart__labels">
          {layout.bars.map((geometry) => (
            <CategoryLabel key={geometry.bar.key} geometry={geometry} layout={layout} />
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
          <Axis
            side="left"
            scale={countScale}
            values={layout.countTicks}
            format={state.formatCount}
          />
          <Axis
            side="right"
            left={plotWidth}
            scale={shareScale}
            values={layout.shareTicks}
            format={(v) => state.formatShare(v, 0)}
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
