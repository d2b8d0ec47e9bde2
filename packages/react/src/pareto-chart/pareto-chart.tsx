import type { CSSProperties, ReactNode } from 'react';
import { cx } from '../shared/class-names';
import { type ParetoLayout, paretoLayout } from './pareto-layout';
import { hatchPatternId, ParetoPlot } from './pareto-plot';
import type { ParetoBar, ParetoChartProps, ParetoChartState } from './pareto-chart.types';
import { useParetoChart } from './use-pareto-chart';

function DefaultTooltip({ bar, state }: { bar: ParetoBar; state: ParetoChartState }) {
  return (
    <>
      <div className="ss-pareto-chart__tooltip-title">{bar.label}</div>
      <dl className="ss-pareto-chart__tooltip-values">
        <dt>{state.labels.count}</dt>
        <dd>{bar.countText}</dd>
        <dt>{state.labels.share}</dt>
        <dd>{bar.shareText}</dd>
        <dt>{state.labels.cumulativeShare}</dt>
        <dd>{bar.cumulativeText}</dd>
      </dl>
      {bar.vital && <div className="ss-pareto-chart__tooltip-vital">{state.labels.vitalFew}</div>}
      {bar.otherText !== null && (
        <div className="ss-pareto-chart__tooltip-note">{bar.otherText}</div>
      )}
    </>
  );
}

/** Beside the active bar (right of it in the left half, left of it in the right half), never over it. */
function tooltipStyle(layout: ParetoLayout, index: number): CSSProperties | null {
  const g = layout.bars[index];
  if (!g) return null;
  const { margin, plotHeight, plotWidth } = layout;
  const top = margin.top + Math.min(Math.max(g.y, 0), Math.max(plotHeight - 96, 0));
  // Anchored by `right` on the right half, so the box keeps its width instead of shrinking at the edge.
  return g.cx < plotWidth / 2
    ? { left: margin.left + g.x + g.width + 8, top }
    : { right: layout.width - (margin.left + g.x - 8), top };
}

function Legend({ state }: { state: ParetoChartState }) {
  const hatch = hatchPatternId(state.idPrefix);
  return (
    <ul className="ss-pareto-chart__legend">
      <li>
        <svg className="ss-pareto-chart__swatch" width={14} height={14} aria-hidden="true">
          <rect
            className="ss-pareto-chart__bar ss-pareto-chart__bar--vital"
            width={14}
            height={14}
          />
          <rect className="ss-pareto-chart__hatch" width={14} height={14} fill={`url(#${hatch})`} />
        </svg>
        {state.labels.vitalFew}
      </li>
      <li>
        <svg className="ss-pareto-chart__swatch" width={14} height={14} aria-hidden="true">
          <rect className="ss-pareto-chart__bar" width={14} height={14} />
        </svg>
        {state.labels.count}
      </li>
      <li>
        <svg className="ss-pareto-chart__swatch" width={22} height={14} aria-hidden="true">
          <line className="ss-pareto-chart__line" x1={1} x2={21} y1={7} y2={7} />
          <circle className="ss-pareto-chart__point" cx={11} cy={7} r={3.5} />
        </svg>
        {state.labels.cumulativeShare}
      </li>
      <li>
        <svg className="ss-pareto-chart__swatch" width={22} height={14} aria-hidden="true">
          <line className="ss-pareto-chart__cutoff" x1={1} x2={21} y1={7} y2={7} />
        </svg>
        {state.cutoffText}
      </li>
    </ul>
  );
}

/** A parenthetical in the locale's punctuation: "（关键少数）" / " (vital few)". */
function aside(state: ParetoChartState, text: string): string {
  return state.locale === 'zh-CN' ? `（${text}）` : ` (${text})`;
}

function DataTable({ state }: { state: ParetoChartState }) {
  const { labels } = state;
  return (
    // A table cannot shrink below its content: the 1px clipping box is a wrapper.
    <div className="ss-visually-hidden">
      <table>
        <caption>{labels.title}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.category}</th>
            <th scope="col">{labels.count}</th>
            <th scope="col">{labels.share}</th>
            <th scope="col">{labels.cumulativeShare}</th>
          </tr>
        </thead>
        <tbody>
          {state.bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">
                {bar.label}
                {bar.vital && aside(state, labels.vitalFew)}
                {bar.otherText !== null && aside(state, bar.otherText)}
              </th>
              <td>{bar.countText}</td>
              <td>{bar.shareText}</td>
              <td>{bar.cumulativeText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A Pareto chart: bars sorted by count (the core's `pareto`), the cumulative share as a line on a
 * right 0–100 % axis, a cutoff line (80 % by default), the vital few hatched and named in a legend
 * and a summary, the tail folded into a last Other bar beyond `maxBars`.
 *
 * Accessibility: the root is a named group described by the summary ("关键少数：A、B、C，占 85.7%");
 * the bars are one tab stop (ArrowLeft/Right, Home/End move; Enter/Space and click call
 * `onCategorySelect`; Escape hides the tooltip), each named like "包装破损：32（41.6%），累计 41.6%";
 * a visually hidden table lists every bar's count, share and cumulative share.
 *
 * @example
 * <ParetoChart
 *   data={countBy(complaints, 'category')}
 *   categoryLabel={(id) => demoCategoryLabel(id, 'zh-CN')}
 *   onCategorySelect={(category) => openTickets(category)}
 * />
 */
export function ParetoChart(props: ParetoChartProps) {
  const state = useParetoChart(props);
  const { renderTooltip } = state;

  let body: ReactNode;
  if (state.status !== 'ready') {
    body = (
      <div className="ss-pareto-chart__state" style={{ height: state.height }}>
        {state.status === 'loading' && (
          <div className="ss-pareto-chart__skeleton" aria-hidden="true">
            {[88, 64, 46, 30, 22, 14].map((h) => (
              <span key={h} style={{ height: `${h}%` }} />
            ))}
          </div>
        )}
        <p className="ss-pareto-chart__message">{state.message}</p>
      </div>
    );
  } else {
    const layout = paretoLayout(state.bars, {
      width: state.width,
      height: state.height,
      cutoff: state.cutoff,
      formatCount: state.formatCount,
    });
    const active = state.activeIndex === null ? undefined : state.bars[state.activeIndex];
    const position = state.activeIndex === null ? null : tooltipStyle(layout, state.activeIndex);
    body = (
      <>
        <Legend state={state} />
        <div className="ss-pareto-chart__plot">
          <ParetoPlot state={state} layout={layout} />
          {active && position && (
            <div className="ss-pareto-chart__tooltip" style={position} aria-hidden="true">
              {renderTooltip ? (
                renderTooltip(active, state)
              ) : (
                <DefaultTooltip bar={active} state={state} />
              )}
            </div>
          )}
        </div>
        <p {...state.summaryProps} className="ss-pareto-chart__summary">
          {state.summary}
        </p>
        <DataTable state={state} />
      </>
    );
  }

  return (
    <div
      {...state.rootProps}
      className={cx('ss-widget ss-pareto-chart', state.rootProps.className)}
    >
      {body}
    </div>
  );
}
