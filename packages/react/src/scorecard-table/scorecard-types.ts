import type { IndicatorResult, Locale, ScorecardResult } from '@servicescore/core';
import type {
  ButtonHTMLAttributes,
  HTMLAttributes,
  ReactNode,
  TableHTMLAttributes,
  ThHTMLAttributes,
} from 'react';
import type { ScorecardColumnId, ScorecardFooter, ScorecardRuleCell } from './scorecard-columns';
import type { ScorecardRow } from './scorecard-rows';

/** Options of {@link useScorecardTable} (and the data props of `ScorecardTable`). */
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

/**
 * Props of `ScorecardTable`, and what {@link useScorecardTable} takes: the table options, the
 * toolbar's render function and any `<div>` attribute for the root (the hook hands those back in
 * `rootProps`).
 */
export interface ScorecardTableProps
  extends ScorecardTableOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * Draws the toolbar above the table. Return `null` to hide it.
   * @default the expand-all / collapse-all and "导出 CSV" buttons
   */
  renderToolbar?: ((state: ScorecardTableState) => ReactNode) | undefined;
}

/** What the table shows: the loading skeleton, the no-data message, or the scorecard. */
export type ScorecardTableStatus = 'loading' | 'empty' | 'ready';

/** A column header (`<th scope="col">`), with its sort button when the column sorts. */
export interface ScorecardHeaderView {
  /** The column (also a stable React key). */
  readonly columnId: ScorecardColumnId;
  readonly thProps: ThHTMLAttributes<HTMLTableCellElement>;
  /** Props of the sort `<button>` around the content; `null` for a column that does not sort. */
  readonly sortButtonProps:
    | (ButtonHTMLAttributes<HTMLButtonElement> & { 'data-sort': 'asc' | 'desc' | 'none' })
    | null;
  /** The column's title. */
  readonly content: ReactNode;
}

/** A cell of a body row or of the total row: the row header (`scope: 'row'`, a `<th>`) or a `<td>`. */
export interface ScorecardCellView {
  /** The column (also a stable React key within the row). */
  readonly columnId: ScorecardColumnId;
  /**
   * Spread on the `<th>` / `<td>`; `children` is what the cell shows (texts, the expand button,
   * grade badges, a custom rule cell).
   */
  readonly cellProps: HTMLAttributes<HTMLTableCellElement> & { scope?: 'row'; children: ReactNode };
}

/** A shown body row: a dimension, or one of its indicators when the dimension is expanded. */
export interface ScorecardRowView {
  /** The prepared row (its `rowId` is a stable React key). */
  readonly row: ScorecardRow;
  readonly rowProps: HTMLAttributes<HTMLTableRowElement>;
  readonly cells: readonly ScorecardCellView[];
}

/** What {@link useScorecardTable} returns: the rows and cells to draw plus ready-to-spread props. */
export interface ScorecardTableState {
  status: ScorecardTableStatus;
  /** The prepared rows (dimensions, each with `subRows`), in template order. */
  rows: readonly ScorecardRow[];
  /** The visible columns, `indicator` first. */
  columnIds: readonly ScorecardColumnId[];
  /** The header row's cells, one per visible column. */
  headers: readonly ScorecardHeaderView[];
  /** The body rows as shown: dimensions with their expanded indicators, sorted within each. */
  bodyRows: readonly ScorecardRowView[];
  /** The total row's cells (`<tfoot>`). */
  footerCells: readonly ScorecardCellView[];
  caption: ReactNode;
  /** Total row texts and grade. */
  footer: ScorecardFooter;
  /** The coverage sentence the table is described by; `id` is on its element. */
  coverageNote: { id: string; text: string };
  /** "加载中…" and "暂无数据" in the current locale. */
  loadingText: string;
  noDataText: string;
  locale: Locale;
  /** The `renderToolbar` prop, for the markup (never an attribute). */
  renderToolbar: ScorecardTableProps['renderToolbar'];
  /**
   * Spread on the widget root: the host's attributes, then theme, language, `aria-busy`;
   * `className` is the host's (add the widget's own to it).
   */
  rootProps: HTMLAttributes<HTMLDivElement> & {
    'data-theme': string;
    'data-status': ScorecardTableStatus;
  };
  tableProps: TableHTMLAttributes<HTMLTableElement>;
  expandAllButtonProps: ButtonHTMLAttributes<HTMLButtonElement> & { children: string };
  exportButtonProps: ButtonHTMLAttributes<HTMLButtonElement> & { children: string };
  /** File name the export saves as. */
  filename: string;
  /** The scorecard as CSV (core `scorecardToCsv`), "" without a result. */
  csv: () => string;
  /** Downloads {@link csv} as `filename` (browser only; call it from an event handler). */
  download: () => void;
}
