import type {
  AnyMetric,
  Evaluation,
  GradeResult,
  Locale,
  ScorecardTemplate,
} from '@servicescore/core';
import type {
  ButtonHTMLAttributes,
  CSSProperties,
  HTMLAttributes,
  InputHTMLAttributes,
  LabelHTMLAttributes,
  RefObject,
  TableHTMLAttributes,
  TdHTMLAttributes,
  ThHTMLAttributes,
} from 'react';
import type { Tone } from '../shared/tone-icon';
import type { LeaderboardColumnKind } from './leaderboard-columns';
import type { LeaderboardEntry } from './leaderboard-entries';

/** A column and a direction to sort by. */
export interface LeaderboardSort {
  /** `'name'`, `'total'`, `'grade'` or a metric id of `metrics`. */
  column: string;
  /** @default the column's best-first direction (ascending for lower-is-better metrics) */
  direction?: 'asc' | 'desc' | undefined;
}

/** The options of {@link useKpiLeaderboard} and `KpiLeaderboard`. */
export interface KpiLeaderboardOptions {
  /**
   * The result of `evaluate(dataset, { metrics, groupBy })`: one row per group. Uses the group
   * totals (entries without `period`) unless `period` is given. `null` / `undefined` shows the
   * no-data state.
   */
  evaluation: Evaluation | null | undefined;
  /**
   * The metric columns, in order: catalogue ids (`'csat'`, `'avgResolutionTime'`) or metric
   * definitions (for metrics of your own). Label, unit and direction come from the catalogue
   * (`getMetric`). Unknown ids are left out with one development error.
   */
  metrics: ReadonlyArray<string | AnyMetric>;
  /** Show the groups' values of this period key (`'2026-08'`) instead of their totals. @default undefined (totals) */
  period?: string | undefined;
  /**
   * A scorecard template: adds a total-score column and a grade column (`scoreScorecard(template,
   * group)` per row) and tones each metric cell by the template indicator fed by that metric
   * (`classifyValue`). Without it no cell is toned. @default undefined
   */
  template?: ScorecardTemplate | null | undefined;
  /** Display names by group key (e.g. agent id → name). Keep the object stable for large tables. @default undefined (the key is shown) */
  names?: Readonly<Record<string, string>> | undefined;
  /** Display name of a group key; wins over `names`. Keep it stable (`useCallback`) for large tables. @default undefined */
  rowLabel?: ((key: string) => string) | undefined;
  /** Header of the name column (e.g. `t('agent')` 客服 or `t('team')` 团队). @default '名称' / 'Name' */
  nameHeader?: string | undefined;
  /**
   * The initial sort. @default total, best first, with a template; else the first metric, best
   * first; else name ascending
   */
  defaultSort?: LeaderboardSort | undefined;
  /** Called with the key and row when a row is chosen (click, or Enter / Space on its name). @default undefined (rows are not selectable) */
  onRowSelect?: ((key: string, entry: LeaderboardEntry) => void) | undefined;
  /** The key of the row to show as selected. @default undefined */
  selectedKey?: string | null | undefined;
  /** Show the loading state (`aria-busy`, "加载中…" skeleton). @default false */
  loading?: boolean | undefined;
  /** Height of the scrolling body (CSS pixels, or any CSS length). @default 480 */
  height?: number | string | undefined;
  /** Fixed row height in CSS pixels (rows are virtualized). @default 40 */
  rowHeight?: number | undefined;
  /** Rows rendered beyond the visible ones on each side. @default 8 */
  overscan?: number | undefined;
  /** Accessible name of the table. @default 'KPI 排行榜' / 'KPI leaderboard' */
  label?: string | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
}

/**
 * Props of `KpiLeaderboard` and {@link useKpiLeaderboard}: the leaderboard options plus any `<div>`
 * attribute of the root (the hook hands those back in `rootProps`).
 */
export interface KpiLeaderboardProps
  extends KpiLeaderboardOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onSelect'> {}

/** One header cell of the leaderboard, ready to spread. */
export interface LeaderboardHeaderView {
  readonly id: string;
  readonly kind: LeaderboardColumnKind;
  readonly label: string;
  readonly width: number;
  /** Which way is better, in words ("越低越好"); `null` for rank and name. */
  readonly directionText: string | null;
  readonly sorted: false | 'asc' | 'desc';
  /** Spread on the `<th>` (scope, `aria-sort`, sticky offset). */
  readonly thProps: ThHTMLAttributes<HTMLTableCellElement> & { 'data-kind': LeaderboardColumnKind };
  /** Spread on the header's `<button>`; `null` when the column does not sort (rank). */
  readonly sortButtonProps: ButtonHTMLAttributes<HTMLButtonElement> | null;
}

/** One body cell, ready to draw. */
export interface LeaderboardCellView {
  readonly columnId: string;
  readonly kind: LeaderboardColumnKind;
  /** The formatted value, the rank, or the name ("—" when there is no data). */
  readonly text: string;
  /** The band engine's tone; `null` when the column is not toned. */
  readonly tone: Tone | null;
  /** The value stands on a sample below the metric's minimum. */
  readonly insufficient: boolean;
  /** Screen-reader-only text after the value (the tone's grade label). */
  readonly srText: string | null;
  /**
   * A value too long for its column is shown in compact notation ("1T"); this is its every digit
   * ("1,000,000,000,000"), for screen readers and the title. `null` when `text` is whole.
   */
  readonly fullText: string | null;
  /** Grade column: the row's grade; otherwise `null`. */
  readonly grade: GradeResult | null;
  /** Spread on the `<td>` / `<th scope="row">`. */
  readonly cellProps: TdHTMLAttributes<HTMLTableCellElement> & {
    'data-kind': LeaderboardColumnKind;
    'data-insufficient'?: string;
  };
}

/** One rendered (visible) row. */
export interface LeaderboardRowView {
  readonly key: string;
  /** Position in the sorted, filtered rows (0-based). */
  readonly index: number;
  readonly entry: LeaderboardEntry;
  /** Competition rank under the current sort; `null` when the row has no value to rank. */
  readonly rank: number | null;
  readonly selected: boolean;
  /** Spread on the `<tr>`. */
  readonly rowProps: HTMLAttributes<HTMLTableRowElement>;
  /** Spread on the name's `<button>` when rows are selectable; otherwise `null`. */
  readonly selectButtonProps: ButtonHTMLAttributes<HTMLButtonElement> | null;
  readonly cells: readonly LeaderboardCellView[];
}

/** What {@link useKpiLeaderboard} returns. */
export interface KpiLeaderboardState {
  readonly status: 'loading' | 'empty' | 'ready';
  /** Rows after the name filter. */
  readonly rowCount: number;
  /** All rows. */
  readonly totalCount: number;
  readonly headers: readonly LeaderboardHeaderView[];
  /** Only the rows in (and near) view. */
  readonly rows: readonly LeaderboardRowView[];
  /** Heights (px) of the spacer rows above and below the rendered rows. */
  readonly paddingTop: number;
  readonly paddingBottom: number;
  /** "暂无数据", "加载中…" or the no-match text; `null` when rows are shown. */
  readonly message: string | null;
  /**
   * Spread on the root: the host's `<div>` attributes, then the theme, `lang` and `aria-busy`.
   * `className` is the host's, for the root's own classes to join.
   */
  readonly rootProps: HTMLAttributes<HTMLDivElement> & { 'data-theme': string };
  /** The marker after an insufficient value: "样本不足". */
  readonly insufficientText: string;
  readonly filterLabel: string;
  readonly filterLabelProps: LabelHTMLAttributes<HTMLLabelElement>;
  readonly filterInputProps: InputHTMLAttributes<HTMLInputElement>;
  /** "显示 12 / 24 行"; `null` unless ready. */
  readonly countText: string | null;
  readonly countProps: HTMLAttributes<HTMLSpanElement>;
  readonly scrollProps: HTMLAttributes<HTMLDivElement> & {
    ref: RefObject<HTMLDivElement | null>;
    style: CSSProperties;
  };
  readonly tableProps: TableHTMLAttributes<HTMLTableElement>;
}
