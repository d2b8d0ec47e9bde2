import { type DurationFormat, durationFormatter, type Locale } from '@servicescore/core';
import type { ServiceScore } from '../provider/service-score-provider';
import { type Memo, noMemo } from '../shared/memo';
import { cellView } from './leaderboard-cells';
import { checkTemplate, type LeaderboardColumnSpec, resolveColumns } from './leaderboard-columns';
import { buildEntries, type LeaderboardEntry } from './leaderboard-entries';
import { initialSortOf, validHeight, validPositive } from './leaderboard-options';
import { collatorFor, type LeaderboardOrder, orderEntries, rankerOf } from './leaderboard-rank';
import type { LeaderboardTextKey } from './leaderboard-texts';
import type {
  KpiLeaderboardOptions,
  KpiLeaderboardState,
  LeaderboardHeaderView,
  LeaderboardRowView,
} from './leaderboard-types';
import { type RowView, rowWindow } from './row-window';

/** The provider's settings a leaderboard reads (`useWidgetSettings` with the leaderboard's texts). */
export type LeaderboardSettings = Pick<
  ServiceScore<LeaderboardTextKey>,
  't' | 'format' | 'locale' | 'gradeScale' | 'precision'
>;

/** A column to sort by and whether descending (an entry of TanStack's `SortingState`). */
export interface ColumnSort {
  id: string;
  desc: boolean;
}

/** The size options, checked: each invalid one replaced by its default after one development error. */
export interface LeaderboardSizes {
  readonly rowHeight: number;
  readonly overscan: number;
  readonly height: number | string;
}

/** `rowHeight` (default 40 px), `overscan` (default 8 rows) and `height` (default 480 px), checked. */
export function leaderboardSizes(
  options: Pick<KpiLeaderboardOptions, 'rowHeight' | 'overscan' | 'height'>,
): LeaderboardSizes {
  return {
    rowHeight: validPositive(options.rowHeight, 40, 'rowHeight'),
    overscan: Math.round(validPositive(options.overscan, 8, 'overscan', true)),
    height: validHeight(options.height, 480),
  };
}

/** What {@link leaderboardModel} computes from: the options, the settings and the hook's state. */
export interface LeaderboardModelInput {
  /** The widget's options (the props object will do: its other keys are not read). */
  readonly options: KpiLeaderboardOptions;
  readonly settings: LeaderboardSettings;
  readonly sizes: LeaderboardSizes;
  /** The sort chosen with the header buttons; `null` (or a column that is gone): `defaultSort`. */
  readonly sort: ColumnSort[] | null;
  /** The name filter as typed. */
  readonly query: string;
  /** The rows in view (`useRowView`); `null` while not measured. */
  readonly view: RowView | null;
  readonly printing: boolean;
}

/** A header of the model: its view without the sort button's click handler. */
export type LeaderboardHeaderModel = Omit<LeaderboardHeaderView, 'sortButtonProps'> & {
  readonly canSort: boolean;
};

/** A rendered row of the model: its view without the selection handlers. */
export type LeaderboardRowModel = Omit<LeaderboardRowView, 'selectButtonProps'>;

/** Everything a leaderboard shows, computed without React (see {@link leaderboardModel}). */
export interface LeaderboardModel
  extends Pick<
    KpiLeaderboardState,
    'status' | 'rowCount' | 'totalCount' | 'paddingTop' | 'paddingBottom' | 'message' | 'countText'
  > {
  readonly columns: readonly LeaderboardColumnSpec[];
  /** The sort in effect: the chosen one when its column still sorts, else the default sort. */
  readonly sorting: ColumnSort[];
  readonly headers: readonly LeaderboardHeaderModel[];
  /** Only the rows in (and near) view; none while a message shows. */
  readonly rows: readonly LeaderboardRowModel[];
  /** The table's and the scroll region's accessible name. */
  readonly label: string;
  /** The sum of the column widths, px. */
  readonly tableWidth: number;
  /** Body rows for `aria-rowcount`: the filtered rows, or 1 for the message row. */
  readonly bodyRowCount: number;
  readonly texts: {
    readonly insufficient: string;
    readonly filterLabel: string;
    readonly filterPlaceholder: string;
  };
}

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

/** The left offsets (px) of the columns that stay in place while scrolling sideways: rank, name. */
function stickyOffsets(columns: readonly LeaderboardColumnSpec[]): Map<string, number> {
  const offsets = new Map<string, number>();
  let left = 0;
  for (const c of columns) {
    if (c.kind !== 'rank' && c.kind !== 'name') break;
    offsets.set(c.id, left);
    left += c.width;
  }
  return offsets;
}

/** The columns and rows (steps remembered by `memo`: they only change with their options). */
function leaderboardData(input: LeaderboardModelInput, memo: Memo) {
  const { options, settings } = input;
  const { t, locale, gradeScale, precision } = settings;
  const template = memo('template', [options.template], () => checkTemplate(options.template));
  // The metric ids stand for the array, so that an inline `metrics={[…]}` does not rebuild.
  const metricsKey = Array.isArray(options.metrics)
    ? options.metrics.map((m) => (typeof m === 'string' ? m : String(m?.id))).join('\u0000')
    : String(options.metrics);
  const nameHeader = options.nameHeader ?? t('name');
  const columns = memo('columns', [metricsKey, template, locale, nameHeader, t, gradeScale], () =>
    resolveColumns(
      options.metrics,
      template,
      locale,
      { rank: t('rank'), name: nameHeader, total: t('total'), grade: t('grade') },
      gradeScale.map((g) => g.label[locale]),
    ),
  );
  const metricIds = memo('metricIds', [columns], () =>
    columns.filter((c) => c.kind === 'metric').map((c) => c.id),
  );
  const { evaluation, period, names, rowLabel } = options;
  const entries = memo(
    'entries',
    [evaluation, period, metricIds, template, names, rowLabel, gradeScale, precision],
    () =>
      buildEntries(evaluation, {
        period,
        metricIds,
        template,
        names,
        rowLabel,
        scale: gradeScale,
        precision,
      }),
  );
  return { columns, entries };
}

/** The sort in effect, the rows in its order, and each row's rank under it. */
function leaderboardOrder(
  input: LeaderboardModelInput,
  columns: readonly LeaderboardColumnSpec[],
  entries: readonly LeaderboardEntry[],
  memo: Memo,
) {
  const { options, settings, sort } = input;
  const { format, precision } = settings;
  const { defaultSort } = options;
  // The column and direction stand for the object, so that an inline one does not re-sort.
  const defaultSortKey = defaultSort
    ? `${defaultSort.column}\u0000${defaultSort.direction ?? ''}`
    : '';
  const initialSort = memo('initialSort', [columns, defaultSortKey], () =>
    initialSortOf(columns, defaultSort),
  );
  const sorting =
    sort?.[0] && columns.some((c) => c.id === sort[0]?.id && c.kind !== 'rank')
      ? sort
      : initialSort;
  const sortedSpec = columns.find((c) => c.id === sorting[0]?.id) ?? columns[1]!;
  const desc = sorting[0]?.desc ?? false;
  const collator = collatorFor(settings.locale);
  const order: LeaderboardOrder = memo('order', [entries, sortedSpec, desc, collator], () =>
    orderEntries(entries, sortedSpec, desc, collator),
  );
  // Rows tie when their values are shown alike (the total at the score precision).
  const rankAt = memo('rankAt', [order, sortedSpec, format, precision], () =>
    rankerOf(order, (value) =>
      typeof value !== 'number'
        ? String(value)
        : format(
            value,
            sortedSpec.unit ?? 'number',
            sortedSpec.unit === 'score' ? precision : undefined,
          ),
    ),
  );
  return { sorting, order, rankAt };
}

/** The header cells: label, "which way is better", sort state and `<th>` props. */
function headerModels(
  columns: readonly LeaderboardColumnSpec[],
  sorting: readonly ColumnSort[],
  offsets: ReadonlyMap<string, number>,
  t: LeaderboardSettings['t'],
): LeaderboardHeaderModel[] {
  return columns.map((spec) => {
    const canSort = spec.kind !== 'rank';
    const current = sorting.find((s) => s.id === spec.id);
    const sorted = !canSort || !current ? false : current.desc ? 'desc' : 'asc';
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
      canSort,
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
    };
  });
}

/**
 * The model of a KPI leaderboard: its columns, rows, sort, ranks, rendered window and texts,
 * from the options, the provider's settings and the hook's state (sort, filter, rows in view).
 * Pure apart from one development error per invalid option; `memo` keeps the heavy steps (the
 * columns, scoring the rows, sorting them) between calls while their inputs stay the same.
 *
 * Rules: the rows are the evaluation's groups (`buildEntries`), sorted once per sort
 * (`orderEntries`: numbers numerically, names with the locale's collator; rows without a
 * sufficient value last in both directions) and filtered by name or key. Ranks follow the sort
 * over all rows (the filter does not change them); rows whose shown values are equal share a
 * rank ("1, 2, 2, 4"), computed only for the rendered rows. The rendered rows are the window of
 * `rowWindow` (the rows in view plus `overscan`; the first 20 before measuring).
 */
export function leaderboardModel(
  input: LeaderboardModelInput,
  memo: Memo = noMemo,
): LeaderboardModel {
  const { options, settings, sizes, query } = input;
  const { t, format } = settings;
  const { columns, entries } = leaderboardData(input, memo);
  const { sorting, order, rankAt } = leaderboardOrder(input, columns, entries, memo);
  // Positions (in `order`) of the rows shown; `null` when no filter is set (all of them).
  const shown = memo('shown', [order, query], () => filterPositions(order.entries, query));
  const rowCount = shown ? shown.length : order.entries.length;
  const status = options.loading === true ? 'loading' : entries.length === 0 ? 'empty' : 'ready';
  const message =
    status === 'loading'
      ? t('loading')
      : status === 'empty'
        ? t('noData')
        : rowCount === 0
          ? t('leaderboard.noMatch', { query: query.trim() })
          : null;

  const { items, totalSize } = rowWindow(
    input.view,
    input.printing,
    rowCount,
    sizes.rowHeight,
    sizes.overscan,
  );
  const offsets = stickyOffsets(columns);
  const ctx = {
    locale: settings.locale,
    scale: settings.gradeScale,
    precision: settings.precision,
    t,
    format,
    durations: memo('durations', [columns, entries, settings.locale], () =>
      durationColumns(columns, entries, settings.locale),
    ),
  };
  const rows: LeaderboardRowModel[] = [];
  if (message === null) {
    for (const item of items) {
      const position = shown ? (shown[item.index] ?? -1) : item.index;
      const entry = order.entries[position];
      if (!entry) continue;
      const rank = rankAt(position);
      const selected = options.selectedKey != null && options.selectedKey === entry.key;
      rows.push({
        key: entry.key,
        index: item.index,
        entry,
        rank,
        selected,
        rowProps: {
          'aria-rowindex': item.index + 2,
          style: { height: sizes.rowHeight },
          ...(selected ? { 'aria-current': 'true' as const } : {}),
        },
        cells: columns.map((spec) =>
          cellView(entry, spec, rank, offsets.get(spec.id) ?? null, ctx),
        ),
      });
    }
  }

  return {
    status,
    rowCount,
    totalCount: entries.length,
    columns,
    sorting,
    headers: headerModels(columns, sorting, offsets, t),
    rows,
    paddingTop: message === null ? (items[0]?.start ?? 0) : 0,
    paddingBottom:
      message === null ? Math.max(0, totalSize - (items[items.length - 1]?.end ?? 0)) : 0,
    message,
    countText:
      status === 'ready'
        ? t('leaderboard.showing', {
            shown: format(rowCount, 'count'),
            total: format(entries.length, 'count'),
          })
        : null,
    label: options.label ?? t('leaderboard.label'),
    tableWidth: columns.reduce((sum, c) => sum + c.width, 0),
    bodyRowCount: message === null ? rowCount : 1,
    texts: {
      insufficient: t('insufficientSample'),
      filterLabel: t('filter'),
      filterPlaceholder: t('leaderboard.filterPlaceholder'),
    },
  };
}

/**
 * One formatter per duration column, from every entry's value (not only the rows shown), so that
 * a column keeps one unit while it scrolls or is filtered: "25.0 h" above "23.3 h".
 */
function durationColumns(
  columns: readonly LeaderboardColumnSpec[],
  entries: readonly LeaderboardEntry[],
  locale: Locale,
): ReadonlyMap<string, DurationFormat> {
  const formats = new Map<string, DurationFormat>();
  for (const column of columns) {
    if (column.unit !== 'duration') continue;
    const values = entries.map((e) => e.values[column.id]?.value);
    formats.set(column.id, durationFormatter(values, { locale }));
  }
  return formats;
}
