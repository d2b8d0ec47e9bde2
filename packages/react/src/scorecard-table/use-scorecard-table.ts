import { scorecardToCsv } from '@servicescore/core';
// The texts before the table library: bundlers then place the widget's sentences near the core's
// shared words, which they repeat, and gzip finds them (ScorecardTable 23,627 → 23,559 B).
import { type ScorecardTextKey, scorecardTexts } from './scorecard-texts';
import { type Column, FlexRender, type ReactTable, useTable } from '@tanstack/react-table';
import { createElement, useCallback, useId, useMemo } from 'react';
import type { HostAttributes } from '../shared/host-attributes';
import { downloadText } from './download';
import {
  columnLabel,
  createScorecardColumns,
  type ScorecardColumnId,
  type ScorecardFeatures,
  scorecardFeatures,
} from './scorecard-columns';
import { checkColumns, scorecardModel } from './scorecard-model';
import { type ServiceScore, useWidgetSettings } from '../provider/service-score-provider';
import type { ScorecardRow } from './scorecard-rows';
import type {
  ScorecardCellView,
  ScorecardHeaderView,
  ScorecardRowView,
  ScorecardTableOptions,
  ScorecardTableProps,
  ScorecardTableState,
} from './scorecard-types';

/** The scorecard's TanStack table, which only the hook and these prop getters see. */
type Table = ReactTable<ScorecardFeatures, ScorecardRow>;
type AnyColumn = Column<ScorecardFeatures, ScorecardRow, unknown>;

/** `ss-scorecard-table__cell--<id>`, with the numeric modifier for a numeric column. */
const cellClass = (column: AnyColumn) =>
  `ss-scorecard-table__cell ss-scorecard-table__cell--${column.id}${column.columnDef.meta?.numeric ? ' ss-scorecard-table__cell--numeric' : ''}`;

/**
 * A cell's `data-label`: its column's header text, which the stacked layout of a narrow table
 * (scorecard-table-stacked.css) writes above the cell's content, where the header row is out of sight.
 */
const cellLabel = (id: string, t: ServiceScore<ScorecardTextKey>['t']) => ({
  'data-label': columnLabel(id as ScorecardColumnId, t),
});

/**
 * The header row: each column's `<th scope="col">` props (with `aria-sort` on a sortable column)
 * and its sort button's props.
 */
function headerViews(table: Table, t: ServiceScore<ScorecardTextKey>['t']): ScorecardHeaderView[] {
  return table.getFlatHeaders().map((header) => {
    const column = header.column;
    const sorted = column.getIsSorted();
    const canSort = column.getCanSort();
    const next = canSort && column.getNextSortingOrder();
    return {
      columnId: column.id as ScorecardColumnId,
      thProps: {
        scope: 'col',
        className: `ss-scorecard-table__th${column.columnDef.meta?.numeric ? ' ss-scorecard-table__th--numeric' : ''}`,
        'data-column': column.id,
        ...(canSort
          ? {
              'aria-sort':
                sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none',
            }
          : {}),
      } as ScorecardHeaderView['thProps'],
      sortButtonProps: canSort
        ? {
            type: 'button',
            className: 'ss-scorecard-table__sort',
            onClick: column.getToggleSortingHandler(),
            'data-sort': sorted === false ? 'none' : sorted,
            ...(next === false
              ? {}
              : { title: t(next === 'asc' ? 'sortAscending' : 'sortDescending') }),
          }
        : null,
      content: createElement(FlexRender<ScorecardFeatures, ScorecardRow>, { header }),
    };
  });
}

/**
 * The body rows as shown (dimensions with their expanded indicators, sorted within each): the
 * row's props, and each cell's (the `indicator` cell is the row header, `<th scope="row">`; the
 * points and score cells carry the row's tone).
 */
function bodyRowViews(table: Table, t: ServiceScore<ScorecardTextKey>['t']): ScorecardRowView[] {
  return table.getRowModel().rows.map((row) => {
    const r = row.original;
    return {
      row: r,
      rowProps: {
        className: `ss-scorecard-table__row ss-scorecard-table__row--${r.kind}`,
        'data-status': r.status,
      } as ScorecardRowView['rowProps'],
      cells: row.getAllCells().map((cell) => {
        const id = cell.column.id;
        const toned = id === 'points' || id === 'score' || id === 'weightedScore';
        return {
          columnId: id as ScorecardColumnId,
          cellProps: {
            className: cellClass(cell.column),
            ...(toned && r.tone !== null ? { 'data-tone': r.tone } : {}),
            ...(id === 'indicator' ? { scope: 'row' as const } : cellLabel(id, t)),
            children: createElement(FlexRender<ScorecardFeatures, ScorecardRow>, { cell }),
          },
        };
      }),
    };
  });
}

/** The total row's cells: "总分" as the row header, then each column's total text. */
function footerCellViews(
  table: Table,
  t: ServiceScore<ScorecardTextKey>['t'],
): ScorecardCellView[] {
  return table.getFlatHeaders().map((header) => ({
    columnId: header.column.id as ScorecardColumnId,
    cellProps: {
      ...(header.column.id === 'indicator'
        ? { scope: 'row' as const, className: 'ss-scorecard-table__cell' }
        : { className: cellClass(header.column), ...cellLabel(header.column.id, t) }),
      children: createElement(FlexRender<ScorecardFeatures, ScorecardRow>, { footer: header }),
    },
  }));
}

/**
 * The scorecard table's state. Takes `ScorecardTable`'s props: the table options are read (a
 * TanStack Table 9 instance over the result's dimensions, expanded to their indicators by
 * default, sorting by weight / value / points / score within each dimension while dimensions keep
 * template order), `renderToolbar` comes back in the state, and any other attribute is passed on
 * in `rootProps`. Returns the header, body and total rows as views with ready props for every
 * part. All numbers and texts come from the core (`formatValue`, `ruleText`, `scorecardToCsv`,
 * messages); tones and grades are the result's own, never recomputed.
 *
 * @example
 * const s = useScorecardTable({ result });
 * <button {...s.exportButtonProps} />
 */
export function useScorecardTable(props: ScorecardTableProps): ScorecardTableState {
  const {
    result: raw,
    columns,
    renderRule,
    caption,
    loading,
    defaultExpanded,
    filename,
    locale,
    renderToolbar,
    className,
    ...host
  } = props;
  const s = useWidgetSettings(locale, scorecardTexts);
  const { t, locale: lang } = s;
  const noteId = `${useId()}-coverage`;

  const { result, rows, footer, coverageText, label } = useMemo(
    () => scorecardModel(raw, s),
    [raw, s],
  );
  const columnsKey =
    columns === undefined
      ? null
      : Array.isArray(columns)
        ? columns.join('\u0000')
        : String(columns);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the array's contents
  const columnIds = useMemo(() => checkColumns(columns), [columnsKey]);
  const tableColumns = useMemo(
    () => createScorecardColumns(columnIds, s, footer, renderRule),
    [columnIds, s, footer, renderRule],
  );
  const table = useTable({
    features: scorecardFeatures,
    columns: tableColumns,
    data: rows,
    getSubRows: (row) => row.subRows as ScorecardRow[] | undefined,
    getRowId: (row) => row.rowId,
    initialState: { expanded: defaultExpanded === false ? {} : true, sorting: [] },
    enableMultiSort: false,
    autoResetExpanded: false,
  });

  const status = loading ? 'loading' : result === null || rows.length === 0 ? 'empty' : 'ready';
  const file =
    typeof filename === 'string' && filename.trim() !== ''
      ? filename
      : `${result?.templateId || 'scorecard'}.csv`;
  const csv = useCallback(() => (result ? scorecardToCsv(result, lang) : ''), [result, lang]);
  const download = useCallback(() => {
    const text = csv();
    if (text !== '') downloadText(text, file, 'text/csv;charset=utf-8');
  }, [csv, file]);
  const allExpanded = table.getIsAllRowsExpanded();
  // The note under the table says what the total row does not: it is left out when it would only
  // repeat the coverage that the total row's value or rule cell already shows.
  const note =
    coverageText === footer.coverageText &&
    (columnIds.includes('value') || columnIds.includes('rule'))
      ? ''
      : coverageText;

  return {
    status,
    rows,
    columnIds,
    headers: headerViews(table, t),
    bodyRows: bodyRowViews(table, t),
    footerCells: footerCellViews(table, t),
    caption: caption ?? label,
    footer,
    coverageNote: { id: noteId, text: note },
    loadingText: t('loading'),
    noDataText: t('noData'),
    locale: lang,
    renderToolbar,
    rootProps: {
      // Every option is destructured above: none reaches the DOM.
      ...(host satisfies HostAttributes<typeof host, ScorecardTableOptions>),
      'data-theme': s.theme,
      'data-status': status,
      lang,
      ...(status === 'loading' ? { 'aria-busy': true } : {}),
      className,
    },
    tableProps: {
      className: 'ss-scorecard-table__table',
      ...(note === '' ? {} : { 'aria-describedby': noteId }),
    },
    expandAllButtonProps: {
      type: 'button',
      className: 'ss-scorecard-table__button',
      onClick: () => table.toggleAllRowsExpanded(!allExpanded),
      disabled: status !== 'ready',
      children: t(allExpanded ? 'scorecard.collapseAll' : 'scorecard.expandAll'),
    },
    exportButtonProps: {
      type: 'button',
      className: 'ss-scorecard-table__button',
      onClick: download,
      disabled: status !== 'ready',
      children: t('exportCsv'),
    },
    filename: file,
    csv,
    download,
  };
}
