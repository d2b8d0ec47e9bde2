import { cx } from '../shared/class-names';
import type { KpiComparisonRow, KpiComparisonState } from './use-kpi-comparison';

/** A side's cell: the value, its sample size and its 95 % interval, one per line. */
function SideCell({
  value,
  n,
  interval,
  state,
}: {
  value: string;
  n: string | null;
  interval: string | null;
  state: KpiComparisonState;
}) {
  return (
    <td>
      <span className="ss-kpi-comparison__cell-line">{value}</span>
      {n !== null && (
        <span className="ss-kpi-comparison__cell-line ss-kpi-comparison__cell-detail">
          {state.cellTexts.n(n)}
        </span>
      )}
      {interval !== null && (
        <span className="ss-kpi-comparison__cell-line ss-kpi-comparison__cell-detail">
          {state.cellTexts.interval(interval)}
        </span>
      )}
    </td>
  );
}

function TableRow({ row, state }: { row: KpiComparisonRow; state: KpiComparisonState }) {
  return (
    <tr data-change={row.change} data-significance={row.significance ?? undefined}>
      <th scope="row">
        <span className="ss-kpi-comparison__row-name">{row.label}</span>
      </th>
      <SideCell
        value={row.beforeText}
        n={row.beforeNText}
        interval={row.beforeIntervalText}
        state={state}
      />
      <SideCell
        value={row.afterText}
        n={row.afterNText}
        interval={row.afterIntervalText}
        state={state}
      />
      <td>
        <span className="ss-kpi-comparison__cell-line">
          {row.deltaText} <span className="ss-kpi-comparison__change">{row.changeText}</span>
        </span>
        {row.relativeText !== null && (
          <span className="ss-kpi-comparison__cell-line ss-kpi-comparison__cell-detail">
            {row.relativeText}
          </span>
        )}
      </td>
      <td>
        <span className="ss-kpi-comparison__cell-line">{row.significanceText ?? '—'}</span>
        {row.pValueText !== null && (
          <span className="ss-kpi-comparison__cell-line ss-kpi-comparison__p">
            {row.pValueText}
          </span>
        )}
      </td>
    </tr>
  );
}

/**
 * The data table of a KpiComparison in a scroll box: in a narrow widget it keeps its columns whole
 * and scrolls sideways, with shadows at the edges that still hide columns (a scroll cue); in print
 * it wraps to the paper. Visually hidden until the toggle shows it; always read by screen readers.
 */
export function ComparisonTable({ state }: { state: KpiComparisonState }) {
  return (
    // The wrapper hides the table: a table box ignores the width and overflow that clip it.
    <div
      {...state.tableWrapProps}
      className={cx('ss-kpi-comparison__table-wrap', !state.tableVisible && 'ss-visually-hidden')}
    >
      <table {...state.tableProps} className="ss-kpi-comparison__table">
        <caption className="ss-visually-hidden">{state.label}</caption>
        <thead>
          <tr>
            <th scope="col">{state.headers.metric}</th>
            <th scope="col" title={state.beforeLabel}>
              <span className="ss-kpi-comparison__truncate">{state.beforeLabel}</span>
            </th>
            <th scope="col" title={state.afterLabel}>
              <span className="ss-kpi-comparison__truncate">{state.afterLabel}</span>
            </th>
            <th scope="col" {...state.changeHeaderProps}>
              {state.headers.change}
              {state.sort !== 'given' && (
                <span className="ss-kpi-comparison__sort-mark" aria-hidden="true">
                  {state.sort === 'improvedFirst' ? ' ↓' : ' ↑'}
                </span>
              )}
            </th>
            <th scope="col">{state.headers.significance}</th>
          </tr>
        </thead>
        <tbody>
          {state.rows.map((row) => (
            <TableRow key={row.id} row={row} state={state} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
