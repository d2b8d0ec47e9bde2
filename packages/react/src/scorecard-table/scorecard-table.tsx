import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../shared/class-names';
import {
  type ScorecardTableOptions,
  type ScorecardTableState,
  useScorecardTable,
} from './use-scorecard-table';

/** Props of {@link ScorecardTable}: the table options plus any `<div>` attribute for the root. */
export interface ScorecardTableProps
  extends ScorecardTableOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * Draws the toolbar above the table. Return `null` to hide it.
   * @default the expand-all / collapse-all and "导出 CSV" buttons
   */
  renderToolbar?: ((state: ScorecardTableState) => ReactNode) | undefined;
}

function defaultToolbar(state: ScorecardTableState): ReactNode {
  const { children: expandText, ...expand } = state.expandAllButtonProps;
  const { children: exportText, ...exportProps } = state.exportButtonProps;
  return (
    <>
      <button {...expand}>{expandText}</button>
      <button {...exportProps}>{exportText}</button>
    </>
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
export function ScorecardTable({
  result,
  columns,
  renderRule,
  caption,
  loading,
  defaultExpanded,
  filename,
  locale,
  renderToolbar = defaultToolbar,
  className,
  ...rest
}: ScorecardTableProps) {
  const state = useScorecardTable({
    result,
    columns,
    renderRule,
    caption,
    loading,
    defaultExpanded,
    filename,
    locale,
  });
  const { table } = state;
  const root = {
    ...rest,
    ...state.rootProps,
    className: cx('ss-widget ss-scorecard-table', className),
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

  const toolbar = renderToolbar(state);
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
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sort = state.getSortButtonProps(header);
                  return (
                    <th key={header.id} {...state.getHeaderCellProps(header)}>
                      {sort ? (
                        <button {...sort}>
                          <table.FlexRender header={header} />
                          <SortIcon direction={sort['data-sort']} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} {...state.getRowProps(row)}>
                {row.getAllCells().map((cell) => {
                  const props = state.getCellProps(cell);
                  return props.scope === 'row' ? (
                    <th key={cell.id} {...props}>
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} {...props}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {table.getFooterGroups().map((group) => (
              <tr key={group.id} className="ss-scorecard-table__row ss-scorecard-table__row--total">
                {group.headers.map((header) =>
                  header.column.id === 'indicator' ? (
                    <th key={header.id} scope="row" className="ss-scorecard-table__cell">
                      <table.FlexRender footer={header} />
                    </th>
                  ) : (
                    <td
                      key={header.id}
                      className={cx(
                        'ss-scorecard-table__cell',
                        `ss-scorecard-table__cell--${header.column.id}`,
                        header.column.columnDef.meta?.numeric &&
                          'ss-scorecard-table__cell--numeric',
                      )}
                    >
                      <table.FlexRender footer={header} />
                    </td>
                  ),
                )}
              </tr>
            ))}
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
