import { GradeBadge } from '../grade-badge/grade-badge';
import { cx } from '../shared/class-names';
import { ToneIcon } from '../shared/tone-icon';
import { VisuallyHidden } from '../shared/visually-hidden';
import type {
  KpiLeaderboardProps,
  LeaderboardCellView,
  LeaderboardRowView,
} from './leaderboard-types';
import { useKpiLeaderboard } from './use-kpi-leaderboard';

function SortArrow({ sorted }: { sorted: false | 'asc' | 'desc' }) {
  // Up for ascending, down for descending, a faint double arrow when unsorted.
  const d =
    sorted === 'asc'
      ? 'M8 4l4 6H4z'
      : sorted === 'desc'
        ? 'M8 12l4-6H4z'
        : 'M8 2.5l3 4H5zM8 13.5l3-4H5z';
  return (
    <svg
      className="ss-kpi-leaderboard__sort-icon"
      data-sorted={sorted || 'none'}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} fill="currentColor" />
    </svg>
  );
}

function Cell({
  cell,
  row,
  marker,
}: {
  cell: LeaderboardCellView;
  row: LeaderboardRowView;
  marker: string;
}) {
  if (cell.kind === 'name') {
    return (
      <th {...cell.cellProps} scope="row" className="ss-kpi-leaderboard__name">
        {row.selectButtonProps ? (
          <button {...row.selectButtonProps} className="ss-kpi-leaderboard__select">
            <span className="ss-kpi-leaderboard__truncate" dir="auto">
              {cell.text}
            </span>
          </button>
        ) : (
          <span className="ss-kpi-leaderboard__truncate" dir="auto">
            {cell.text}
          </span>
        )}
      </th>
    );
  }
  if (cell.kind === 'grade') {
    return (
      <td {...cell.cellProps} className="ss-kpi-leaderboard__cell">
        {cell.grade ? <GradeBadge grade={cell.grade} size="sm" /> : cell.text}
      </td>
    );
  }
  if (cell.kind === 'metric') {
    return (
      <td {...cell.cellProps} className="ss-kpi-leaderboard__cell">
        <span
          className="ss-kpi-leaderboard__value"
          data-tone={cell.tone ?? undefined}
          data-toned={cell.tone !== null && !cell.insufficient ? '' : undefined}
        >
          {cell.tone !== null && <ToneIcon tone={cell.tone} />}
          <span
            className="ss-kpi-leaderboard__number"
            aria-hidden={cell.fullText === null ? undefined : true}
          >
            {cell.text}
          </span>
          {cell.fullText && <VisuallyHidden>{cell.fullText}</VisuallyHidden>}
          {cell.srText && <VisuallyHidden> ({cell.srText})</VisuallyHidden>}
        </span>
        {cell.insufficient && <span className="ss-kpi-leaderboard__marker">{marker}</span>}
      </td>
    );
  }
  return (
    <td
      {...cell.cellProps}
      className={cell.kind === 'rank' ? 'ss-kpi-leaderboard__rank' : 'ss-kpi-leaderboard__cell'}
    >
      {cell.text}
    </td>
  );
}

/**
 * A sortable, filterable, virtualized KPI leaderboard: agents (or teams) by chosen metrics of an
 * `Evaluation`, with rank, optional total score and grade (from a scorecard template), and cells
 * toned by the band engine with a shape per tone. Handles 10,000 rows: only the rows in view are
 * rendered; the header and the rank and name columns stay in place while scrolling.
 *
 * @example
 * const evaluation = evaluate(dataset, { metrics: templateMetrics(afterSalesTemplate), groupBy: 'agentId' });
 * <KpiLeaderboard
 *   evaluation={evaluation}
 *   metrics={['csat', 'fcr', 'avgResolutionTime']}
 *   template={afterSalesTemplate}
 *   names={agentNames}
 *   onRowSelect={(key) => openAgent(key)}
 * />
 */
export function KpiLeaderboard(props: KpiLeaderboardProps) {
  const state = useKpiLeaderboard(props);
  const colSpan = state.headers.length;
  return (
    <div
      {...state.rootProps}
      className={cx('ss-widget ss-kpi-leaderboard', state.rootProps.className)}
    >
      <div className="ss-kpi-leaderboard__toolbar">
        <label
          {...state.filterLabelProps}
          htmlFor={state.filterInputProps.id}
          className="ss-kpi-leaderboard__filter-label"
        >
          {state.filterLabel}
        </label>
        <input {...state.filterInputProps} className="ss-kpi-leaderboard__filter" />
        <span {...state.countProps} className="ss-kpi-leaderboard__count">
          {state.countText}
        </span>
      </div>
      <div {...state.scrollProps} className="ss-kpi-leaderboard__scroll">
        <table {...state.tableProps} className="ss-kpi-leaderboard__table">
          <colgroup>
            {state.headers.map((h) => (
              <col key={h.id} style={{ width: h.width }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {state.headers.map((h) => (
                <th key={h.id} {...h.thProps} className="ss-kpi-leaderboard__th">
                  {h.sortButtonProps ? (
                    <button
                      {...h.sortButtonProps}
                      className="ss-kpi-leaderboard__sort"
                      title={h.directionText ? `${h.label} · ${h.directionText}` : h.label}
                    >
                      <span className="ss-kpi-leaderboard__header-label">{h.label}</span>
                      <SortArrow sorted={h.sorted} />
                    </button>
                  ) : (
                    <span className="ss-kpi-leaderboard__header-label">{h.label}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.message !== null ? (
              <tr aria-rowindex={2} className="ss-kpi-leaderboard__message-row">
                <td colSpan={colSpan} className="ss-kpi-leaderboard__message">
                  <span role={state.status === 'loading' ? 'status' : undefined}>
                    {state.message}
                  </span>
                  {state.status === 'loading' && (
                    <span className="ss-kpi-leaderboard__skeleton" aria-hidden="true">
                      <span />
                      <span />
                      <span />
                      <span />
                      <span />
                    </span>
                  )}
                </td>
              </tr>
            ) : (
              <>
                {state.paddingTop > 0 && (
                  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, not focusable; hidden so screen readers count only real rows
                  <tr
                    aria-hidden="true"
                    className="ss-kpi-leaderboard__spacer"
                    style={{ height: state.paddingTop }}
                  >
                    <td colSpan={colSpan} />
                  </tr>
                )}
                {state.rows.map((row) => (
                  <tr
                    key={row.key}
                    {...row.rowProps}
                    className="ss-kpi-leaderboard__row"
                    data-selected={row.selected ? '' : undefined}
                  >
                    {row.cells.map((cell) => (
                      <Cell
                        key={cell.columnId}
                        cell={cell}
                        row={row}
                        marker={state.insufficientText}
                      />
                    ))}
                  </tr>
                ))}
                {state.paddingBottom > 0 && (
                  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, not focusable; hidden so screen readers count only real rows
                  <tr
                    aria-hidden="true"
                    className="ss-kpi-leaderboard__spacer"
                    style={{ height: state.paddingBottom }}
                  >
                    <td colSpan={colSpan} />
                  </tr>
                )}
              </>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
