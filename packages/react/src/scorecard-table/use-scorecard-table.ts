import {
  formatPercent,
  type IndicatorResult,
  type Locale,
  type ScorecardResult,
  scorecardToCsv,
} from '@servicescore/core';
import { type Cell, type Header, type ReactTable, type Row, useTable } from '@tanstack/react-table';
import {
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type ReactNode,
  type TableHTMLAttributes,
  type ThHTMLAttributes,
  useCallback,
  useId,
  useMemo,
} from 'react';
import { type ServiceScore, useWidgetSettings } from '../provider/service-score-provider';
import { type ScorecardTextKey, scorecardTexts } from './scorecard-texts';
import { warnInvalidProp } from '../shared/dev';
import { downloadText } from './download';
import {
  createScorecardColumns,
  type ScorecardColumnId,
  type ScorecardFeatures,
  type ScorecardFooter,
  type ScorecardRuleCell,
  scorecardColumnIds,
  scorecardFeatures,
} from './scorecard-columns';
import { buildRows, localized, resultProblem, type ScorecardRow } from './scorecard-rows';

const WIDGET = 'ScorecardTable';
const noRows: ScorecardRow[] = [];

/** Options of {@link useScorecardTable} (and props of `ScorecardTable`). */
export interface ScorecardTableOptions {
  /**
   * The scored scorecard: `scoreScorecard(template, evaluation)`. `null` shows the no-data state;
   * a value that is not a `ScorecardResult` logs one development error and shows it too.
   * @default null
   */
  result?: ScorecardResult | null | undefined;
  /**
   * Which columns to show, in this order. `indicator` (the row header) is always shown first,
   * whether listed or not; unknown ids log one development error and are skipped.
   * @default all: ['indicator', 'weight', 'value', 'rule', 'points', 'score', 'weightedScore', 'grade', 'suggestion']
   */
  columns?: readonly ScorecardColumnId[] | undefined;
  /**
   * Draws an indicator's rule cell instead of the rule in words, e.g. `scorecardRuleBullet` (a
   * compact `BulletGraph` of the value over the rule's grade bands). A render prop, so a table
   * without it does not carry the bullet graph in its bundle.
   * @default the rule in words
   */
  renderRule?: ((indicator: IndicatorResult, cell: ScorecardRuleCell) => ReactNode) | undefined;
  /** Visible title of the table (its `<caption>`). @default the template's label from the result */
  caption?: ReactNode | undefined;
  /** Show the loading skeleton (`aria-busy`) instead of the table. @default false */
  loading?: boolean | undefined;
  /** Whether dimensions start expanded to their indicators. @default true */
  defaultExpanded?: boolean | undefined;
  /** File name of the CSV export. @default `${result.templateId}.csv` (else "scorecard.csv") */
  filename?: string | undefined;
  /** @default the provider's locale (zh-CN without a provider) */
  locale?: Locale | undefined;
}

/** What the table shows: the loading skeleton, the no-data message, or the scorecard. */
export type ScorecardTableStatus = 'loading' | 'empty' | 'ready';

/** What {@link useScorecardTable} returns: the TanStack table plus ready-to-spread props. */
export interface ScorecardTableState {
  status: ScorecardTableStatus;
  /** The TanStack Table 9 instance (rows = dimensions with their indicators as sub-rows). */
  table: ReactTable<ScorecardFeatures, ScorecardRow>;
  /** The prepared rows (dimensions, each with `subRows`), in template order. */
  rows: readonly ScorecardRow[];
  /** The visible columns, `indicator` first. */
  columnIds: readonly ScorecardColumnId[];
  caption: ReactNode;
  /** Total row texts and grade. */
  footer: ScorecardFooter;
  /** The coverage sentence the table is described by; `id` is on its element. */
  coverageNote: { id: string; text: string };
  /** "加载中…" and "暂无数据" in the current locale. */
  loadingText: string;
  noDataText: string;
  locale: Locale;
  /** Spread on the widget root (theme, language, `aria-busy`). */
  rootProps: HTMLAttributes<HTMLDivElement> & {
    'data-theme': string;
    'data-status': ScorecardTableStatus;
  };
  tableProps: TableHTMLAttributes<HTMLTableElement>;
  getHeaderCellProps: (
    header: Header<ScorecardFeatures, ScorecardRow, unknown>,
  ) => ThHTMLAttributes<HTMLTableCellElement>;
  /** Props of the sort `<button>` inside a sortable header; `null` for a column that does not sort. */
  getSortButtonProps: (
    header: Header<ScorecardFeatures, ScorecardRow, unknown>,
  ) => (ButtonHTMLAttributes<HTMLButtonElement> & { 'data-sort': 'asc' | 'desc' | 'none' }) | null;
  getRowProps: (row: Row<ScorecardFeatures, ScorecardRow>) => HTMLAttributes<HTMLTableRowElement>;
  /** Props of a body cell; the `indicator` cell is a row header (`<th scope="row">`). */
  getCellProps: (
    cell: Cell<ScorecardFeatures, ScorecardRow, unknown>,
  ) => HTMLAttributes<HTMLTableCellElement> & { scope?: 'row' };
  expandAllButtonProps: ButtonHTMLAttributes<HTMLButtonElement> & { children: string };
  exportButtonProps: ButtonHTMLAttributes<HTMLButtonElement> & { children: string };
  /** File name the export saves as. */
  filename: string;
  /** The scorecard as CSV (core `scorecardToCsv`), "" without a result. */
  csv: () => string;
  /** Downloads {@link csv} as `filename` (browser only; call it from an event handler). */
  download: () => void;
}

function coveragePercent(coverage: number, locale: Locale): string {
  // Never round a gap away: 99.6 % shows "99.6%", not "100%".
  const fine = (coverage > 0 && coverage < 0.005) || (coverage >= 0.995 && coverage < 1);
  return formatPercent(coverage, { locale, precision: fine ? 1 : 0 });
}

function checkColumns(columns: readonly ScorecardColumnId[] | undefined): ScorecardColumnId[] {
  if (columns === undefined) return [...scorecardColumnIds];
  const out: ScorecardColumnId[] = ['indicator'];
  if (!Array.isArray(columns)) {
    warnInvalidProp(
      WIDGET,
      'columns',
      columns,
      'columns must be an array of column ids',
      'showing every column',
    );
    return [...scorecardColumnIds];
  }
  for (const id of columns) {
    if (!scorecardColumnIds.includes(id)) {
      warnInvalidProp(
        WIDGET,
        'columns',
        id,
        `every column id must be one of ${scorecardColumnIds.join(', ')}`,
        'skipping that column',
      );
    } else if (!out.includes(id)) out.push(id);
  }
  return out;
}

function footerOf(
  result: ScorecardResult | null,
  s: ServiceScore<ScorecardTextKey>,
): ScorecardFooter {
  const weight = result ? result.dimensions.reduce((sum, d) => sum + d.weight, 0) : null;
  const coverage = result && Number.isFinite(result.coverage) ? result.coverage : null;
  return {
    weightText: s.format(weight, 'number'),
    coverageText:
      coverage === null
        ? ''
        : s.t('scorecard.coverage', { coverage: coveragePercent(coverage, s.locale) }),
    totalText: s.format(result?.total, 'score', s.precision),
    weightedTotalText: s.format(result?.total, 'score', s.precision + 1),
    grade: result?.grade ?? null,
    noGradeText:
      result?.gradeStatus === 'insufficientCoverage' && coverage !== null
        ? s.t('insufficientCoverage', { coverage: coveragePercent(coverage, s.locale) })
        : s.t('indicatorStatus.missing'),
  };
}

function coverageSentence(
  result: ScorecardResult | null,
  s: ServiceScore<ScorecardTextKey>,
): string {
  if (!result || !Number.isFinite(result.coverage)) return '';
  const coverage = coveragePercent(result.coverage, s.locale);
  if (result.coverage >= 1 || result.total === null) return s.t('scorecard.coverage', { coverage });
  if (result.gradeStatus === 'insufficientCoverage')
    return s.t('scorecard.notGradedNote', {
      coverage,
      min: coveragePercent(result.minCoverage, s.locale),
    });
  return result.missing === 'zero'
    ? s.t('scorecard.coverageZeroNote', { coverage })
    : s.t('score.coverageNote', { coverage });
}

/**
 * The scorecard table's state: a TanStack Table 9 instance over the result's dimensions (expanded
 * to their indicators by default), sorting by weight / value / points / score within each
 * dimension (dimensions keep template order), and ready props for every part. All numbers and
 * texts come from the core (`formatValue`, `ruleText`, `scorecardToCsv`, messages); tones and
 * grades are the result's own, never recomputed.
 *
 * @example
 * const s = useScorecardTable({ result });
 * <button {...s.exportButtonProps} />
 */
export function useScorecardTable(options: ScorecardTableOptions): ScorecardTableState {
  const s = useWidgetSettings(options.locale, scorecardTexts);
  const { locale, t, theme } = s;
  const noteId = `${useId()}-coverage`;
  const raw = options.result ?? null;

  const problem = raw === null ? null : resultProblem(raw);
  if (problem !== null)
    warnInvalidProp(WIDGET, 'result', raw, problem, 'showing the no-data state');

  const built = useMemo((): { result: ScorecardResult | null; rows: ScorecardRow[] } => {
    if (raw === null || problem !== null) return { result: null, rows: noRows };
    try {
      return { result: raw, rows: buildRows(raw, s) };
    } catch (error) {
      warnInvalidProp(
        WIDGET,
        'result',
        raw.templateId,
        `the result could not be formatted (${error instanceof Error ? error.message : String(error)})`,
        'showing the no-data state',
      );
      return { result: null, rows: noRows };
    }
  }, [raw, problem, s]);
  const { result, rows } = built;

  const columnsKey =
    options.columns === undefined
      ? null
      : Array.isArray(options.columns)
        ? options.columns.join('\u0000')
        : String(options.columns);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the array's contents
  const columnIds = useMemo(() => checkColumns(options.columns), [columnsKey]);
  const footer = useMemo(() => footerOf(result, s), [result, s]);
  const columns = useMemo(
    () => createScorecardColumns(columnIds, s, footer, options.renderRule),
    [columnIds, s, footer, options.renderRule],
  );

  const table = useTable({
    features: scorecardFeatures,
    columns,
    data: rows,
    getSubRows: (row) => row.subRows as ScorecardRow[] | undefined,
    getRowId: (row) => row.rowId,
    initialState: { expanded: options.defaultExpanded === false ? {} : true, sorting: [] },
    enableMultiSort: false,
    autoResetExpanded: false,
  });

  const status: ScorecardTableStatus = options.loading
    ? 'loading'
    : result === null || rows.length === 0
      ? 'empty'
      : 'ready';

  const csv = useCallback(() => (result ? scorecardToCsv(result, locale) : ''), [result, locale]);
  const filename =
    typeof options.filename === 'string' && options.filename.trim() !== ''
      ? options.filename
      : `${result?.templateId || 'scorecard'}.csv`;
  const download = useCallback(() => {
    const text = csv();
    if (text !== '') downloadText(text, filename, 'text/csv;charset=utf-8');
  }, [csv, filename]);

  const allExpanded = table.getIsAllRowsExpanded();
  const coverageText = coverageSentence(result, s);

  return {
    status,
    table,
    rows,
    columnIds,
    caption: options.caption ?? (result ? localized(result.label, locale) : null),
    footer,
    coverageNote: { id: noteId, text: coverageText },
    loadingText: t('loading'),
    noDataText: t('noData'),
    locale,
    rootProps: {
      'data-theme': theme,
      'data-status': status,
      lang: locale,
      ...(status === 'loading' ? { 'aria-busy': true } : {}),
    },
    tableProps: {
      className: 'ss-scorecard-table__table',
      ...(coverageText === '' ? {} : { 'aria-describedby': noteId }),
    },
    getHeaderCellProps: (header) => {
      const meta = header.column.columnDef.meta;
      const sorted = header.column.getIsSorted();
      return {
        scope: 'col',
        className: `ss-scorecard-table__th${meta?.numeric ? ' ss-scorecard-table__th--numeric' : ''}`,
        'data-column': header.column.id,
        ...(header.column.getCanSort()
          ? {
              'aria-sort':
                sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none',
            }
          : {}),
      } as ThHTMLAttributes<HTMLTableCellElement>;
    },
    getSortButtonProps: (header) => {
      const column = header.column;
      if (!column.getCanSort()) return null;
      const next = column.getNextSortingOrder();
      const sorted = column.getIsSorted();
      return {
        type: 'button',
        className: 'ss-scorecard-table__sort',
        onClick: column.getToggleSortingHandler(),
        'data-sort': sorted === false ? 'none' : sorted,
        ...(next === false
          ? {}
          : { title: t(next === 'asc' ? 'sortAscending' : 'sortDescending') }),
      };
    },
    getRowProps: (row) =>
      ({
        className: `ss-scorecard-table__row ss-scorecard-table__row--${row.original.kind}`,
        'data-status': row.original.status ?? undefined,
      }) as HTMLAttributes<HTMLTableRowElement>,
    getCellProps: (cell) => {
      const id = cell.column.id;
      const r = cell.row.original;
      const toned = id === 'points' || id === 'score' || id === 'weightedScore';
      return {
        className: `ss-scorecard-table__cell ss-scorecard-table__cell--${id}${cell.column.columnDef.meta?.numeric ? ' ss-scorecard-table__cell--numeric' : ''}`,
        ...(toned && r.tone !== null ? { 'data-tone': r.tone } : {}),
        ...(id === 'indicator' ? { scope: 'row' as const } : {}),
      };
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
    filename,
    csv,
    download,
  };
}
