import type { HostAttributes } from '../shared/host-attributes';
import {
  type ColumnDef,
  createColumnHelper,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import {
  type ChangeEvent,
  type Dispatch,
  type MouseEvent,
  type SetStateAction,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useWidgetSettings } from '../provider/service-score-provider';
import { createMemo } from '../shared/memo';
import type { LeaderboardColumnSpec } from './leaderboard-columns';
import type { LeaderboardEntry } from './leaderboard-entries';
import {
  type LeaderboardHeaderModel,
  type LeaderboardRowModel,
  leaderboardModel,
  leaderboardSizes,
} from './leaderboard-model';
import { sortValueOf } from './leaderboard-rank';
import { leaderboardTexts } from './leaderboard-texts';
import type {
  KpiLeaderboardOptions,
  KpiLeaderboardProps,
  KpiLeaderboardState,
  LeaderboardHeaderView,
  LeaderboardRowView,
} from './leaderboard-types';
import { useRowView } from './use-row-view';

// Stable, module-level feature registry (TanStack Table 9): the sort state only. The rows are
// sorted, filtered and windowed by the model (manual sorting), not by the table.
const features = tableFeatures({ rowSortingFeature });
type Features = typeof features;
const helper = createColumnHelper<Features, LeaderboardEntry>();
const noRows: LeaderboardEntry[] = [];

/**
 * TanStack Table 9 over the columns, holding the sort (one column, no removal): returns what a
 * header click does, sorting by the column best first (descending for higher-is-better columns,
 * ascending otherwise) or, when it is already sorted by, reversing it.
 */
function useSortToggle(
  columns: readonly LeaderboardColumnSpec[],
  sorting: SortingState,
  setSorting: Dispatch<SetStateAction<SortingState | null>>,
): (columnId: string) => void {
  const columnDefs = useMemo(
    () =>
      columns.map((spec) =>
        helper.accessor((entry) => sortValueOf(entry, spec), {
          id: spec.id,
          header: spec.label,
          enableSorting: spec.kind !== 'rank',
          sortDescFirst: spec.direction === 'higher',
        }),
      ) as ColumnDef<Features, LeaderboardEntry>[],
    [columns],
  );
  const table = useTable({
    features,
    columns: columnDefs,
    data: noRows,
    state: { sorting },
    onSortingChange: (updater) =>
      setSorting((previous) =>
        typeof updater === 'function' ? updater(previous ?? sorting) : updater,
      ),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  return (columnId) => table.getColumn(columnId)?.toggleSorting(undefined, false);
}

/** The headers with their sort buttons: a click sorts by the column (see the hook) and scrolls up. */
function withSortButtons(
  headers: readonly LeaderboardHeaderModel[],
  toggle: (columnId: string) => void,
): LeaderboardHeaderView[] {
  return headers.map(({ canSort, ...header }) => ({
    ...header,
    sortButtonProps: canSort ? { type: 'button', onClick: () => toggle(header.id) } : null,
  }));
}

/** The rows with their selection handlers when rows are selectable (`onRowSelect`). */
function withSelection(
  rows: readonly LeaderboardRowModel[],
  onRowSelect: KpiLeaderboardOptions['onRowSelect'],
): LeaderboardRowView[] {
  return rows.map((row) => {
    const { entry, selected } = row;
    const select = onRowSelect ? () => onRowSelect(entry.key, entry) : undefined;
    return {
      ...row,
      rowProps: select
        ? {
            ...row.rowProps,
            onClick: (event: MouseEvent<HTMLTableRowElement>) => {
              if (!(event.target as Element).closest?.('button')) select();
            },
          }
        : row.rowProps,
      selectButtonProps: select
        ? { type: 'button', 'aria-pressed': selected, onClick: select, title: entry.name }
        : null,
    };
  });
}

/**
 * The state and ready-to-spread props of a KPI leaderboard: one row per group of an evaluation,
 * one column per metric, plus rank, name and (with a template) total and grade. Takes the
 * component's props: the options, and any `<div>` attribute, handed back in `rootProps` (with the
 * hook's own attributes over them; `className` is the host's, for the root's own classes to join).
 *
 * The rows, their order, ranks and texts are the model's (`leaderboardModel`: sorted once per
 * sort, numbers numerically and names with the locale's collator, filtered by name); TanStack
 * Table 9 (`useTable` with manual sorting) holds the columns and the sort state. The rows are
 * virtualized at a fixed row height, so only the rows in view (plus `overscan`) are rendered, and
 * only their ranks are worked out. Before the scroll container is measured (on the server, and in
 * the first client render) the first 20 rows are rendered.
 *
 * Rules: a header click sorts best-first (descending for higher-is-better, ascending for
 * lower-is-better columns) and a second click reverses; rows without a sufficient value go last
 * in both directions and get no rank. Ranks follow the current sort over all rows (the filter
 * does not change them); rows whose shown values are equal share a rank ("1, 2, 2, 4"). Cell
 * tones come from the core's `classifyValue` with the template's indicator rule; totals and
 * grades from `scoreScorecard`.
 *
 * @example
 * const board = useKpiLeaderboard({ evaluation, metrics: ['csat', 'fcr'], names: agentNames });
 * return (
 *   <div {...board.scrollProps}>
 *     <table {...board.tableProps}>
 *       <tbody>
 *         {board.rows.map((row) => (
 *           <tr key={row.key} {...row.rowProps}>
 *             {row.cells.map((cell) => <td key={cell.columnId} {...cell.cellProps}>{cell.text}</td>)}
 *           </tr>
 *         ))}
 *       </tbody>
 *     </table>
 *   </div>
 * );
 */
export function useKpiLeaderboard(props: KpiLeaderboardProps): KpiLeaderboardState {
  // Every option is taken out of the root's attributes here; the model reads them from `props`.
  const {
    evaluation,
    metrics,
    period,
    template,
    names,
    rowLabel,
    nameHeader,
    defaultSort,
    onRowSelect,
    selectedKey,
    loading,
    height,
    rowHeight,
    overscan,
    label,
    locale,
    className,
    ...hostProps
  } = props;
  const settings = useWidgetSettings(locale, leaderboardTexts);
  const sizes = leaderboardSizes(props);
  const [sort, setSorting] = useState<SortingState | null>(null);
  const [query, setQuery] = useState('');
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const { view, printing } = useRowView(scrollRef, sizes.rowHeight);
  const [memo] = useState(createMemo);
  const model = leaderboardModel(
    { options: props, settings, sizes, sort, query, view, printing },
    memo,
  );

  const toggleSort = useSortToggle(model.columns, model.sorting, setSorting);
  const scrollToTop = () => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  };

  const filterId = useId();
  const tableId = useId();
  const { status, message } = model;
  return {
    status,
    rowCount: model.rowCount,
    totalCount: model.totalCount,
    headers: withSortButtons(model.headers, (columnId) => {
      toggleSort(columnId);
      scrollToTop();
    }),
    rows: withSelection(model.rows, onRowSelect),
    paddingTop: model.paddingTop,
    paddingBottom: model.paddingBottom,
    message,
    rootProps: {
      ...(hostProps satisfies HostAttributes<typeof hostProps, KpiLeaderboardOptions>),
      'data-theme': settings.theme,
      lang: settings.locale,
      ...(status === 'loading' ? { 'aria-busy': true } : {}),
      className,
    },
    insufficientText: model.texts.insufficient,
    filterLabel: model.texts.filterLabel,
    filterLabelProps: { htmlFor: filterId },
    filterInputProps: {
      id: filterId,
      type: 'search',
      value: query,
      placeholder: model.texts.filterPlaceholder,
      autoComplete: 'off',
      spellCheck: false,
      disabled: status !== 'ready',
      'aria-controls': tableId,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setQuery(event.target.value);
        scrollToTop();
      },
    },
    countText: model.countText,
    countProps: { role: 'status', 'aria-live': 'polite' },
    scrollProps: {
      ref: scrollRef,
      role: 'region',
      'aria-label': model.label,
      tabIndex: 0,
      // A bound, not a fixed height: a short table shrinks to its rows.
      style: { maxHeight: sizes.height },
    },
    tableProps: {
      id: tableId,
      'aria-label': model.label,
      'aria-rowcount': model.bodyRowCount + 1,
      style: { width: model.tableWidth },
    },
  };
}
