import type { ReactNode } from 'react';
import { cx } from '../shared/class-names';
import type {
  ScorecardCellView,
  ScorecardTableProps,
  ScorecardTableState,
} from './scorecard-types';
import { useScorecardTable } from './use-scorecard-table';

function defaultToolbar(state: ScorecardTableState): ReactNode {
  // Each button's props carry its text as `children`.
  return (
    <>
      <button {...state.expandAllButtonProps} />
      <button {...state.exportButtonProps} />
    </>
  );
}

/** A body or total-row cell: the row header as `<th scope="row">`, any other as `<td>`. */
function cellElement({ columnId, cellProps }: ScorecardCellView) {
  return cellProps.scope === 'row' ? (
    <th key={columnId} {...cellProps} />
  ) : (
    <td key={columnId} {...cellProps} />
  );
}

/**
 * The weighted scorecard (考核表) as an accessible table: dimensions expandable to their
 * indicators, weight, actual value, rule, points, score, weighted score, grade and improvement
 * suggestions, a total row with the grade and data coverage, sorting within each dimension and a
 * CSV export. Give it the result of `scoreScorecard`.
 *
 * @example
 * const result = scoreScorecard(afterSalesTemplate, evaluate(dataset, { metrics: templateMetrics(afterSalesTemplate) }));
 * <ScorecardTable result={result} columns={['indicator', 'value', 'points', 'grade']} />
 */
export function ScorecardTable(props: ScorecardTableProps) {
  const state = useScorecardTable(props);
  const root = {
    ...state.rootProps,
    className: cx('ss-widget ss-scorecard-table', state.rootProps.className),
  };

  if (state.status !== 'ready') {
    return (
      <div {...root}>
        {state.caption != null && <div className="ss-scorecard-table__title">{state.caption}</div>}
        {state.status === 'loading' ? (
          <div className="ss-scorecard-table__skeleton">
            <span className="ss-scorecard-table__message">{state.loadingText}</span>
            {[0, 1, 2, 3].map((i) => (
              <span key={i} className="ss-scorecard-table__skeleton-bar" aria-hidden="true" />
            ))}
          </div>
        ) : (
          <p className="ss-scorecard-table__message">{state.noDataText}</p>
        )}
      </div>
    );
  }

  const toolbar = (state.renderToolbar ?? defaultToolbar)(state);
  return (
    <div {...root}>
      {toolbar != null && <div className="ss-scorecard-table__toolbar">{toolbar}</div>}
      <div className="ss-scorecard-table__scroll">
        <table {...state.tableProps}>
          {state.caption != null && (
            <caption className="ss-scorecard-table__caption">
              <span className="ss-scorecard-table__caption-text">{state.caption}</span>
            </caption>
          )}
          <thead>
            <tr>
              {state.headers.map((header) => (
                <th key={header.columnId} {...header.thProps}>
                  {header.sortButtonProps ? (
                    <button {...header.sortButtonProps}>
                      {header.content}
                      <SortIcon direction={header.sortButtonProps['data-sort']} />
                    </button>
                  ) : (
                    header.content
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.bodyRows.map((row) => (
              <tr key={row.row.rowId} {...row.rowProps}>
                {row.cells.map(cellElement)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="ss-scorecard-table__row ss-scorecard-table__row--total">
              {state.footerCells.map(cellElement)}
            </tr>
          </tfoot>
        </table>
      </div>
      {state.coverageNote.text !== '' && (
        <p id={state.coverageNote.id} className="ss-scorecard-table__note">
          {state.coverageNote.text}
        </p>
      )}
    </div>
  );
}

function SortIcon({ direction }: { direction: 'asc' | 'desc' | 'none' }) {
  return (
    <svg
      className="ss-scorecard-table__sort-icon"
      data-sort={direction}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M8 2.5 11.5 6.5h-7z" fill="currentColor" opacity={direction === 'asc' ? 1 : 0.3} />
      <path d="M8 13.5 4.5 9.5h7z" fill="currentColor" opacity={direction === 'desc' ? 1 : 0.3} />
    </svg>
  );
}
