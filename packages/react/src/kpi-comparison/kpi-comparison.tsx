import { linearScale } from '../shared/scales';
import { DeltaIcon } from '../kpi-card/delta-icon';
import { cx } from '../shared/class-names';
import { ComparisonTable } from './comparison-table';
import {
  type KpiComparisonProps,
  type KpiComparisonRow,
  type KpiComparisonState,
  useKpiComparison,
} from './use-kpi-comparison';

/** Dot radius and row height of the dumbbell, px. */
const R = 6;
const H = 24;

/**
 * One metric's before → after on its axis (a linear scale: the row's own, or its unit's shared one): a hollow dot before, a filled
 * dot after, joined by a line toned by the core's change. x positions are percentages of the SVG
 * width, so it fills its column without measuring it (server and client draw the same markup).
 * Decorative: the row's text says the same.
 *
 * @example
 * // A custom comparison layout drawing the widget's own rows:
 * const { rows } = useKpiComparison({ before, after });
 * rows.map((row) => <KpiDumbbell key={row.id} row={row} />);
 */
export function KpiDumbbell({ row }: { row: KpiComparisonRow }) {
  const { domain, comparison } = row;
  if (domain === null) return <span className="ss-kpi-comparison__track-empty" />;
  const x = linearScale([domain[0], domain[1]], [0, 100]);
  const pos = (v: number | null) => (v === null ? null : `${x(v)}%`);
  const b = pos(comparison.before);
  const a = pos(comparison.after);
  const y = H / 2;
  return (
    <svg className="ss-kpi-comparison__dumbbell" height={H} aria-hidden="true" focusable="false">
      <line className="ss-kpi-comparison__axis" x1="0%" x2="100%" y1={y} y2={y} />
      {a !== null && b !== null && (
        <line className="ss-kpi-comparison__connector" x1={b} x2={a} y1={y} y2={y} />
      )}
      {b !== null && <circle className="ss-kpi-comparison__dot-before" cx={b} cy={y} r={R} />}
      {a !== null && <circle className="ss-kpi-comparison__dot-after" cx={a} cy={y} r={R} />}
    </svg>
  );
}

function Legend({ state }: { state: KpiComparisonState }) {
  return (
    <div className="ss-kpi-comparison__legend" aria-hidden="true">
      <span className="ss-kpi-comparison__legend-item" title={state.beforeLabel}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <circle className="ss-kpi-comparison__dot-before" cx="7" cy="7" r="5" />
        </svg>
        <span className="ss-kpi-comparison__legend-text">{state.beforeLabel}</span>
      </span>
      <span className="ss-kpi-comparison__legend-item" title={state.afterLabel}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <circle className="ss-kpi-comparison__dot-after" cx="7" cy="7" r="5" />
        </svg>
        <span className="ss-kpi-comparison__legend-text">{state.afterLabel}</span>
      </span>
    </div>
  );
}

/** The scale note, the sort control (with two rows or more) and the live region of the sort. */
function Toolbar({ state }: { state: KpiComparisonState }) {
  return (
    <div className="ss-kpi-comparison__toolbar">
      <p className="ss-kpi-comparison__scale-note" data-scale={state.scale}>
        {state.scaleText}
      </p>
      {state.rows.length > 1 && (
        <span className="ss-kpi-comparison__sort">
          <label htmlFor={state.sortProps.id}>{state.sortLabel}</label>
          <select {...state.sortProps} className="ss-kpi-comparison__sort-select">
            {state.sortOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </span>
      )}
      <span className="ss-visually-hidden" role="status">
        {state.announcement}
      </span>
    </div>
  );
}

function Significance({ row }: { row: KpiComparisonRow }) {
  if (row.significanceText === null) return null;
  return (
    <span
      className="ss-kpi-comparison__significance"
      data-significance={row.significance ?? undefined}
      title={row.pValueText ?? undefined}
    >
      <span className="ss-kpi-comparison__significance-label">{row.significanceText}</span>
      {row.pValueText !== null && <span className="ss-kpi-comparison__p">{row.pValueText}</span>}
    </span>
  );
}

/** A row's texts: values, delta and change word, significance, relative change, n and intervals. */
function RowText({ row }: { row: KpiComparisonRow }) {
  return (
    <span className="ss-kpi-comparison__text">
      <span className="ss-kpi-comparison__values">
        {row.beforeText} → {row.afterText}
      </span>
      <span className="ss-kpi-comparison__delta">
        {row.change !== 'unknown' && (
          <>
            <DeltaIcon sign={row.sign} />
            <span>{row.deltaText}</span>
          </>
        )}
        <span className="ss-kpi-comparison__change">{row.changeText}</span>
      </span>
      <Significance row={row} />
      {row.relativeText !== null && (
        <span className="ss-kpi-comparison__detail">{row.relativeText}</span>
      )}
      {row.sampleText !== null && (
        <span className="ss-kpi-comparison__detail">{row.sampleText}</span>
      )}
      {row.intervalText !== null && (
        <span className="ss-kpi-comparison__detail">{row.intervalText}</span>
      )}
    </span>
  );
}

/**
 * Before/after of several metrics for a PDCA review: a dumbbell per metric on its own axis (or one
 * axis per unit with `scale="shared"`, said on screen either way, axis ends labelled), the change
 * as text (improved / worsened / unchanged by the metric's direction, from the core's `compare`),
 * its significance with the p-value — a change that is not significant stays in the neutral colour
 * and normal weight — the sample sizes and 95 % intervals of both sides, a sort by effect, and a
 * data table (visually hidden until the toggle shows it; always read by screen readers; scrolls
 * sideways in a narrow widget). No tooltip: every value is on screen as text.
 *
 * @example
 * <KpiComparison before={july} after={september} metrics={['fcr', 'avgResolutionTime']}
 *   labels={{ before: '改进前 2026-07', after: '改进后 2026-09' }} scale="shared" />
 */
export function KpiComparison(props: KpiComparisonProps) {
  const state = useKpiComparison(props);
  const root = cx('ss-widget ss-kpi-comparison', state.rootProps.className);
  if (state.status === 'loading')
    return (
      <div {...state.rootProps} className={root}>
        <div className="ss-kpi-comparison__skeleton" aria-hidden="true" />
        <p className="ss-kpi-comparison__message">{state.loadingText}</p>
      </div>
    );
  if (state.status === 'noData')
    return (
      <div {...state.rootProps} className={root}>
        <p className="ss-kpi-comparison__message">{state.noDataText}</p>
      </div>
    );
  return (
    <div {...state.rootProps} className={root}>
      <Legend state={state} />
      <Toolbar state={state} />
      <ul className="ss-kpi-comparison__rows">
        {state.rows.map((row) => (
          <li
            key={row.id}
            className="ss-kpi-comparison__row"
            data-change={row.change}
            data-significance={row.significance ?? undefined}
          >
            <span className="ss-kpi-comparison__metric" title={row.label}>
              {row.label}
            </span>
            <span className="ss-kpi-comparison__chart">
              {state.renderDumbbell ? state.renderDumbbell(row) : <KpiDumbbell row={row} />}
              {row.domainText !== null && (
                <span className="ss-kpi-comparison__scale" aria-hidden="true">
                  <span>{row.domainText[0]}</span>
                  <span>{row.domainText[1]}</span>
                </span>
              )}
            </span>
            <RowText row={row} />
          </li>
        ))}
      </ul>
      <button className="ss-kpi-comparison__toggle" {...state.toggleProps} />
      <ComparisonTable state={state} />
    </div>
  );
}
