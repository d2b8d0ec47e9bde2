import { type CSSProperties, useRef } from 'react';
import { useElementWidth } from '../pareto-chart/use-element-width';
import { cx } from '../shared/class-names';
import { labelChars, type TrendLayout, trendLayout } from './trend-layout';
import { TrendPlot } from './trend-plot';
import { type KpiTrendProps, type KpiTrendState, useKpiTrend } from './use-kpi-trend';

/** The drawing's width on the server and until the container is measured, px. */
const defaultWidth = 640;

/** Beside the active point (right of it in the left half, left of it in the right half). */
function tooltipStyle(layout: TrendLayout, index: number): CSSProperties | null {
  const p = layout.points[index];
  if (!p || p.y === null) return null;
  const top = layout.margin.top + Math.max(0, Math.min(p.y - 20, layout.plotHeight - 80));
  return p.x < layout.plotWidth / 2
    ? { left: layout.margin.left + p.x + 12, top }
    : { right: layout.width - (layout.margin.left + p.x - 12), top };
}

function Tooltip({ state, layout }: { state: KpiTrendState; layout: TrendLayout }) {
  const index = state.activeIndex;
  const point = index === null ? undefined : state.points[index];
  const style = index === null ? null : tooltipStyle(layout, index);
  if (!point || !style) return null;
  return (
    <div
      className="ss-kpi-trend__tooltip"
      style={style}
      aria-hidden="true"
      data-tone={point.tone ?? undefined}
    >
      <div className="ss-kpi-trend__tooltip-title">{point.periodText}</div>
      <div className="ss-kpi-trend__tooltip-value">{point.valueText}</div>
      {point.sampleText && <div>{point.sampleText}</div>}
      {point.intervalText && <div>{point.intervalText}</div>}
      {point.signalTexts.map((text) => (
        <div key={text} className="ss-kpi-trend__tooltip-signal">
          {text}
        </div>
      ))}
    </div>
  );
}

/** The control-chart verdict and the legend of what the lines mean, as text under the chart. */
function Notes({ state }: { state: KpiTrendState }) {
  const { control } = state;
  return (
    <div className="ss-kpi-trend__notes">
      {control && (
        <p className="ss-kpi-trend__verdict" data-out-of-control={control.outOfControl}>
          {control.verdictText}
        </p>
      )}
      <ul className="ss-kpi-trend__legend">
        {control && (
          <>
            <li>
              <span className="ss-kpi-trend__key ss-kpi-trend__key--center" aria-hidden="true" />
              {control.centerText}
            </li>
            <li>
              <span className="ss-kpi-trend__key ss-kpi-trend__key--limit" aria-hidden="true" />
              {control.limitsText ?? control.chartText}
            </li>
          </>
        )}
        {state.target && (
          <li>
            <span className="ss-kpi-trend__key ss-kpi-trend__key--target" aria-hidden="true" />
            {state.target.text}
          </li>
        )}
        {state.changePoint && (
          <li>
            <span className="ss-kpi-trend__key ss-kpi-trend__key--change" aria-hidden="true" />
            {state.changePoint.text}
          </li>
        )}
      </ul>
      {control?.limitsText && <p className="ss-kpi-trend__chart-kind">{control.chartText}</p>}
      {state.noLimitsText && <p className="ss-kpi-trend__chart-kind">{state.noLimitsText}</p>}
    </div>
  );
}

/** Every period as a table for screen readers (the chart's points carry the same text). */
function DataTable({ state }: { state: KpiTrendState }) {
  const { texts } = state;
  return (
    <div className="ss-visually-hidden">
      <table>
        <caption>{state.label}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.period}</th>
            <th scope="col">{texts.value}</th>
            <th scope="col">{texts.sampleSize}</th>
            <th scope="col">{texts.interval}</th>
            <th scope="col">{texts.signal}</th>
          </tr>
        </thead>
        <tbody>
          {state.points.map((p) => (
            <tr key={p.period}>
              <th scope="row">{p.periodText}</th>
              <td>{p.valueText}</td>
              <td>{p.sampleText ?? '—'}</td>
              <td>{p.intervalText ?? '—'}</td>
              <td>{p.signalTexts.join('; ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A KPI over periods: value axis, period labels, the 95 % interval as a band, a target line, a
 * PDCA change point, and statistical process control — a p-chart for ratios (limits from each
 * period's n) or an XmR chart for means, from the core's `controlLimits`, with points beyond the
 * limits and runs on one side flagged and explained in text. Points are focusable (arrow keys,
 * Home/End) and show a tooltip with value, n and interval on hover or focus.
 *
 * @example
 * const monthly = evaluate(dataset, { metrics: [getMetric('fcr')], periods: 'month' });
 * <KpiTrend metric="fcr" points={monthly.periods} target={0.8} changePoint="2026-06" />
 */
export function KpiTrend(props: KpiTrendProps) {
  const state = useKpiTrend(props);
  const { height, width } = state;
  const ref = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(ref, defaultWidth, width === undefined);
  const layout =
    state.status === 'ready'
      ? trendLayout({
          values: state.points.map((p) => p.value),
          intervals: state.points.map((p) => (p.value === null ? null : p.interval)),
          limits: state.limits,
          center: state.control?.center ?? null,
          target: state.target?.value ?? null,
          periodLabelChars: Math.max(0, ...state.points.map((p) => labelChars(p.periodText))),
          tickLabelChars: (v) => labelChars(state.format(v)),
          width: width ?? measured,
          height,
          durationTicks: state.unit === 'duration',
        })
      : null;
  return (
    <div {...state.rootProps} className={cx('ss-widget ss-kpi-trend', state.rootProps.className)}>
      <div className="ss-kpi-trend__title" {...state.titleProps}>
        {state.label}
      </div>
      <div ref={ref} className="ss-kpi-trend__canvas">
        {state.status === 'loading' && (
          <div className="ss-kpi-trend__skeleton" style={{ height }}>
            <span className="ss-kpi-trend__message">{state.texts.loading}</span>
            <span className="ss-kpi-trend__skeleton-bar" aria-hidden="true" />
          </div>
        )}
        {state.status === 'noData' && (
          <p className="ss-kpi-trend__message ss-kpi-trend__empty">{state.texts.noData}</p>
        )}
        {layout && (
          <>
            <TrendPlot state={state} layout={layout} />
            <Tooltip state={state} layout={layout} />
          </>
        )}
      </div>
      {state.status === 'ready' && (
        <>
          <Notes state={state} />
          <DataTable state={state} />
        </>
      )}
    </div>
  );
}
