import {
  type ColumnDef,
  createColumnHelper,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { type ChangeEvent, type MouseEvent, useId, useMemo, useRef, useState } from 'react';
import { useWidgetSettings } from '../provider/service-score-provider';
import { leaderboardTexts } from './leaderboard-texts';
import { useRowWindow } from './use-row-window';
import { type CellContext, cellView } from './leaderboard-cells';
import { checkTemplate, resolveColumns } from './leaderboard-columns';
import { buildEntries, type LeaderboardEntry } from './leaderboard-entries';
import { initialSortOf, validHeight, validPositive } from './leaderboard-options';
import { collatorFor, orderEntries, rankerOf, sortValueOf } from './leaderboard-rank';
import type {
  LeaderboardHeaderView,
  KpiLeaderboardOptions,
  LeaderboardRowView,
  KpiLeaderboardState,
} from './leaderboard-types';

// Stable, module-level feature registry (TanStack Table 9): the sort state only. The rows are
// sorted and filtered once in `orderEntries` (manual sorting), not per row in the table.
const features = tableFeatures({ rowSortingFeature });
type Features = typeof features;
const helper = createColumnHelper<Features, LeaderboardEntry>();

/** Rows rendered before the scroll container is measured (server render, first client render). */
export const initialRenderedRows = 20;

/** The positions in `entries` whose name or key contains `query` (case-insensitive); `null`: all. */
function filterPositions(entries: readonly LeaderboardEntry[], query: string): number[] | null {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return null;
  const positions: number[] = [];
  entries.forEach((entry, i) => {
    if (entry.name.toLocaleLowerCase().includes(q) || entry.key.toLocaleLowerCase().includes(q))
      positions.push(i);
  });
  return positions;
}

/**
 * The state and ready-to-spread props of a KPI leaderboard: one row per group of an evaluation,
 * one column per metric, plus rank, name and (with a template) total and grade.
 *
 * The rows are sorted once per sort (`orderEntries`: numbers numerically, names with the
 * locale's collator) and filtered by name; TanStack Table 9 (`useTable` with manual sorting)
 * holds the columns, headers and sort state, and gets only the rendered rows. The rows are
 * virtualized (`useRowWindow`) at a fixed row height, so only the rows in view (plus `overscan`)
 * are rendered, and only their ranks are worked out. Before the scroll container is measured (on
 * the server, and in the first client render) the first 20 rows are rendered.
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
export function useKpiLeaderboard(options: KpiLeaderboardOptions): KpiLeaderboardState {
  const { t, theme, gradeScale, precision, format, locale } = useWidgetSettings(
    options.locale,
    leaderboardTexts,
  );
  const rowHeight = validPositive(options.rowHeight, 40, 'rowHeight');
  const overscan = Math.round(validPositive(options.overscan, 8, 'overscan', true));
  const height = validHeight(options.height, 480);

  const template = useMemo(() => checkTemplate(options.template), [options.template]);
  const metricsKey = Array.isArray(options.metrics)
    ? options.metrics.map((m) => (typeof m === 'string' ? m : String(m?.id))).join('\u0000')
    : String(options.metrics);
  const metricsRef = useRef(options.metrics);
  metricsRef.current = options.metrics;
  const nameHeader = options.nameHeader ?? t('name');
  // biome-ignore lint/correctness/useExhaustiveDependencies: metricsKey stands for the metrics array, so an inline array does not rebuild the columns.
  const columns = useMemo(
    () =>
      resolveColumns(metricsRef.current, template, locale, {
        rank: t('rank'),
        name: nameHeader,
        total: t('total'),
        grade: t('grade'),
      }),
    [metricsKey, template, locale, nameHeader, t],
  );
  const metricIds = useMemo(
    () => columns.filter((c) => c.kind === 'metric').map((c) => c.id),
    [columns],
  );
  const entries = useMemo(
    () =>
      buildEntries(options.evaluation, {
        period: options.period,
        metricIds,
        template,
        names: options.names,
        rowLabel: options.rowLabel,
        scale: gradeScale,
        precision,
      }),
    [
      options.evaluation,
      options.period,
      metricIds,
      template,
      options.names,
      options.rowLabel,
      gradeScale,
      precision,
    ],
  );

  const collator = collatorFor(locale);
  const columnDefs = useMemo(
    () =>
      columns.map((spec) =>
        helper.accessor((entry) => sortValueOf(entry, spec), {
          id: spec.id,
          header: spec.label,
          enableSorting: spec.kind !== 'rank',
          // Best first: descending for higher-is-better columns, ascending otherwise (names).
          sortDescFirst: spec.direction === 'higher',
        }),
      ) as ColumnDef<Features, LeaderboardEntry>[],
    [columns],
  );

  const [sortState, setSorting] = useState<SortingState | null>(null);
  const [query, setQuery] = useState('');
  const defaultSortKey = options.defaultSort
    ? `${options.defaultSort.column}\u0000${options.defaultSort.direction ?? ''}`
    : '';
  const defaultSortRef = useRef(options.defaultSort);
  defaultSortRef.current = options.defaultSort;
  // biome-ignore lint/correctness/useExhaustiveDependencies: defaultSortKey stands for defaultSort, so an inline object does not re-sort every render.
  const initialSort = useMemo(
    () => initialSortOf(columns, defaultSortRef.current),
    [columns, defaultSortKey],
  );
  const sorting =
    sortState?.[0] && columns.some((c) => c.id === sortState[0]?.id && c.kind !== 'rank')
      ? sortState
      : initialSort;

  const sortedSpec = columns.find((c) => c.id === sorting[0]?.id) ?? columns[1]!;
  const desc = sorting[0]?.desc ?? false;
  const order = useMemo(
    () => orderEntries(entries, sortedSpec, desc, collator),
    [entries, sortedSpec, desc, collator],
  );
  const rankAt = useMemo(() => {
    const tieKey = (value: number | string | undefined) =>
      typeof value !== 'number'
        ? String(value)
        : format(
            value,
            sortedSpec.unit ?? 'number',
            sortedSpec.unit === 'score' ? precision : undefined,
          );
    return rankerOf(order, tieKey);
  }, [order, sortedSpec, format, precision]);
  // Positions (in `order`) of the rows shown; `null` when no filter is set (all of them).
  const shown = useMemo(() => filterPositions(order.entries, query), [order, query]);
  const rowCount = shown ? shown.length : order.entries.length;
  const positionOf = (index: number) => (shown ? (shown[index] ?? -1) : index);

  const scrollRef = useRef<HTMLDivElement | null>(null);
  const rowWindow = useRowWindow(scrollRef, rowCount, rowHeight, overscan);
  let items = rowWindow.items;
  let totalSize = rowWindow.totalSize;
  if (items.length === 0 && rowCount > 0) {
    // Not measured yet (server, first client render, hidden container): the first rows.
    const n = Math.min(rowCount, initialRenderedRows);
    items = Array.from({ length: n }, (_, i) => ({
      index: i,
      start: i * rowHeight,
      end: (i + 1) * rowHeight,
    }));
    totalSize = rowCount * rowHeight;
  }

  // The table gets only the rendered rows (a contiguous window), already in order.
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? -1;
  // biome-ignore lint/correctness/useExhaustiveDependencies: positionOf reads shown and order, which are dependencies.
  const windowEntries = useMemo(() => {
    const list: LeaderboardEntry[] = [];
    for (let index = firstIndex; index <= lastIndex; index++) {
      const entry = order.entries[positionOf(index)];
      if (entry) list.push(entry);
    }
    return list;
  }, [order, shown, firstIndex, lastIndex]);

  const table = useTable({
    features,
    columns: columnDefs,
    data: windowEntries,
    getRowId: (entry) => entry.key,
    state: { sorting },
    onSortingChange: (updater) =>
      setSorting((previous) =>
        typeof updater === 'function' ? updater(previous ?? sorting) : updater,
      ),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const rows = table.getRowModel().rows;

  const scrollToTop = () => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  };

  const offsets = new Map<string, number>();
  let left = 0;
  for (const c of columns) {
    if (c.kind !== 'rank' && c.kind !== 'name') break;
    offsets.set(c.id, left);
    left += c.width;
  }

  const headers: LeaderboardHeaderView[] = (table.getHeaderGroups()[0]?.headers ?? []).map(
    (header) => {
      const spec = columns.find((c) => c.id === header.column.id)!;
      const canSort = header.column.getCanSort();
      const sorted = canSort ? header.column.getIsSorted() : false;
      const sticky = offsets.get(spec.id);
      return {
        id: spec.id,
        kind: spec.kind,
        label: spec.label,
        width: spec.width,
        directionText:
          spec.kind === 'metric' || spec.kind === 'total'
            ? t(spec.direction === 'lower' ? 'direction.lower' : 'direction.higher')
            : null,
        sorted,
        thProps: {
          scope: 'col',
          'data-kind': spec.kind,
          'aria-sort': !canSort
            ? undefined
            : sorted === 'asc'
              ? 'ascending'
              : sorted === 'desc'
                ? 'descending'
                : 'none',
          style: sticky === undefined ? undefined : { left: sticky },
        },
        sortButtonProps: canSort
          ? {
              type: 'button',
              onClick: () => {
                header.column.toggleSorting(undefined, false);
                scrollToTop();
              },
            }
          : null,
      };
    },
  );

  const ctx: CellContext = { locale, scale: gradeScale, precision, t, format };
  const { onRowSelect, selectedKey } = options;
  const rowViews: LeaderboardRowView[] = [];
  items.forEach((item, k) => {
    const row = rows[k];
    if (!row) return;
    const entry = row.original;
    const rank = rankAt(positionOf(item.index));
    const selected = selectedKey != null && selectedKey === entry.key;
    const select = onRowSelect ? () => onRowSelect(entry.key, entry) : undefined;
    rowViews.push({
      key: entry.key,
      index: item.index,
      entry,
      rank,
      selected,
      rowProps: {
        'aria-rowindex': item.index + 2,
        style: { height: rowHeight },
        ...(selected ? { 'aria-current': 'true' as const } : {}),
        ...(select
          ? {
              onClick: (event: MouseEvent<HTMLTableRowElement>) => {
                if (!(event.target as Element).closest?.('button')) select();
              },
            }
          : {}),
      },
      selectButtonProps: select
        ? { type: 'button', 'aria-pressed': selected, onClick: select, title: entry.name }
        : null,
      cells: columns.map((spec) => cellView(entry, spec, rank, offsets.get(spec.id) ?? null, ctx)),
    });
  });

  const filterId = useId();
  const tableId = useId();
  const loading = options.loading === true;
  const status = loading ? 'loading' : entries.length === 0 ? 'empty' : 'ready';
  const trimmed = query.trim();
  const message =
    status === 'loading'
      ? t('loading')
      : status === 'empty'
        ? t('noData')
        : rowCount === 0
          ? t('leaderboard.noMatch', { query: trimmed })
          : null;
  const label = options.label ?? t('leaderboard.label');
  const bodyRows = message === null ? rowCount : 1;

  return {
    status,
    rowCount,
    totalCount: entries.length,
    headers,
    rows: message === null ? rowViews : [],
    paddingTop: message === null ? (items[0]?.start ?? 0) : 0,
    paddingBottom:
      message === null ? Math.max(0, totalSize - (items[items.length - 1]?.end ?? 0)) : 0,
    message,
    rootProps: { 'data-theme': theme, lang: locale, ...(loading ? { 'aria-busy': true } : {}) },
    insufficientText: t('insufficientSample'),
    filterLabel: t('filter'),
    filterLabelProps: { htmlFor: filterId },
    filterInputProps: {
      id: filterId,
      type: 'search',
      value: query,
      placeholder: t('leaderboard.filterPlaceholder'),
      autoComplete: 'off',
      spellCheck: false,
      disabled: status !== 'ready',
      'aria-controls': tableId,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setQuery(event.target.value);
        scrollToTop();
      },
    },
    countText:
      status === 'ready'
        ? t('leaderboard.showing', {
            shown: format(rowCount, 'count'),
            total: format(entries.length, 'count'),
          })
        : null,
    countProps: { role: 'status', 'aria-live': 'polite' },
    scrollProps: {
      ref: scrollRef,
      role: 'region',
      'aria-label': label,
      tabIndex: 0,
      // A bound, not a fixed height: a short table shrinks to its rows.
      style: { maxHeight: height },
    },
    tableProps: {
      id: tableId,
      'aria-label': label,
      'aria-rowcount': bodyRows + 1,
      style: { width: columns.reduce((sum, c) => sum + c.width, 0) },
    },
  };
}
