import type { Locale, ParetoItem, ParetoResult } from '@servicescore/core';
import type { HTMLAttributes, ReactNode, RefObject, SVGAttributes } from 'react';
import type { ThemeMode } from '../provider/service-score-provider';
import type { ParetoData } from './pareto-data';

/** The options of `useParetoChart` and `ParetoChart`. */
export interface ParetoChartOptions {
  /**
   * A `ParetoResult` from the core's `pareto`, or raw `{ category, count }[]` that the hook
   * analyses with `pareto(items, { cutoff, other: { maxBars } })`. `null` shows the no-data state.
   * @default undefined (no data)
   */
  data?: ParetoData | null | undefined;
  /**
   * Cumulative share the vital few reach (0 < cutoff ≤ 1), used when `data` is raw counts. A
   * `ParetoResult` carries its own cutoff, which wins.
   * @default 0.8
   */
  cutoff?: number | undefined;
  /**
   * At most this many bars (an integer ≥ 2); the tail is folded into a last "其他 / Other" bar.
   * @default 12
   */
  maxBars?: number | undefined;
  /**
   * Maps a category id to its display name (e.g. a demo id to its zh/en label). Not applied to the
   * Other bar, which is already a display label.
   * @default the category itself
   */
  categoryLabel?: ((category: string) => string) | undefined;
  /** Called with the category (and its item) when a bar is clicked or activated with Enter/Space. @default undefined (bars are not actionable) */
  onCategorySelect?: ((category: string, item: ParetoItem) => void) | undefined;
  /** Show the loading skeleton ("加载中…") and set `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** Accessible name of the chart. @default '帕累托图' / 'Pareto chart' */
  label?: string | undefined;
  /** @default the provider's locale ('zh-CN' without one) */
  locale?: Locale | undefined;
}

/**
 * Props of `ParetoChart` and `useParetoChart`: the chart's options, a size, the tooltip's content,
 * and any `<div>` attribute of the root (the hook hands those back in `rootProps`).
 */
export interface ParetoChartProps
  extends ParetoChartOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Height of the chart drawing (axes and labels included), px. @default 320 */
  height?: number | undefined;
  /**
   * Fixed width, px. Without it the chart follows its container's width (ResizeObserver), drawing
   * at 640 px on the server and until the first measurement.
   * @default the container's width (640 before it is known)
   */
  width?: number | undefined;
  /**
   * Content of the hover/focus tooltip of a bar.
   * @default the full category name, count, share, cumulative share, "关键少数" for a vital bar,
   * and how many categories an Other bar holds
   */
  renderTooltip?: ((bar: ParetoBar, state: ParetoChartState) => ReactNode) | undefined;
}

/** One bar, with every text it needs already formatted. */
export interface ParetoBar {
  index: number;
  /** Stable React key (the position: the Other label may equal a real category name). */
  key: string;
  item: ParetoItem;
  /** Full display name: `categoryLabel(category)`, or the Other bar's label. */
  label: string;
  countText: string;
  shareText: string;
  cumulativeText: string;
  /** "含 988 个类别" for the Other bar, else `null`. */
  otherText: string | null;
  /** Accessible name: "包装破损：32（41.6%），累计 41.6%", plus "，关键少数" for a vital bar. */
  name: string;
  vital: boolean;
  isOther: boolean;
}

/** What the chart shows instead of bars, or `ready`. */
export type ParetoStatus = 'ready' | 'empty' | 'loading' | 'error';

/** Props for one bar's focusable `<g>` (roving tabindex). */
export type ParetoBarProps = SVGAttributes<SVGGElement> & {
  ref: (element: SVGGElement | null) => void;
  'data-vital': boolean;
  'data-other': boolean;
  'data-active': boolean;
};

/** What `useParetoChart` returns. */
export interface ParetoChartState {
  status: ParetoStatus;
  /** The message of a non-ready state ("暂无数据", "加载中…", the invalid-data text), else `null`. */
  message: string | null;
  /** The analysed result being drawn (after folding), or `null`. */
  result: ParetoResult | null;
  bars: ParetoBar[];
  vitalFew: ParetoBar[];
  /** "关键少数：A、B、C，占 85.7%", or `null` when not ready. */
  summary: string | null;
  /** The cutoff drawn (the result's). */
  cutoff: number;
  /** "截止线 80%". */
  cutoffText: string;
  locale: Locale;
  theme: ThemeMode;
  /** Localized texts of the chart's parts (axis titles, legend, table headers). */
  labels: {
    title: string;
    bars: string;
    category: string;
    count: string;
    share: string;
    cumulativeShare: string;
    vitalFew: string;
  };
  /** The bar holding the group's tab stop. */
  focusIndex: number;
  /** The bar whose tooltip shows (hovered, else focused), or `null`. */
  activeIndex: number | null;
  /** `formatValue(n, 'count')` in the chart's locale. */
  formatCount: (count: number) => string;
  /** `formatValue(r, 'ratio', precision)` in the chart's locale. */
  formatShare: (ratio: number, precision?: number) => string;
  /**
   * Spread on the root: the host's `<div>` attributes, then role="group", aria-label,
   * aria-describedby (summary), aria-busy, theme, status, lang, and the ref that measures the
   * width. `className` is the host's, for the root's own classes to join.
   */
  rootProps: HTMLAttributes<HTMLDivElement> & {
    'data-theme': ThemeMode;
    'data-status': ParetoStatus;
    ref: RefObject<HTMLDivElement | null>;
  };
  /** Spread on the element holding `summary` (its id is the root's aria-describedby). */
  summaryProps: { id: string };
  /** Spread on the `<g>` holding the bars: role="group" with a name, and pointer-leave handling. */
  barGroupProps: SVGAttributes<SVGGElement>;
  /** Props of bar `index`: role, tabIndex (roving), aria-label, keyboard, pointer and focus handlers. */
  getBarProps: (index: number) => ParetoBarProps;
  /** A unique id prefix for SVG defs (patterns) of this chart. */
  idPrefix: string;
  /** Width of the drawing, px: the `width` prop, else the root's measured width (640 until known). */
  width: number;
  /** Height of the drawing, px: the `height` prop when a positive number, else 320. */
  height: number;
  /** The `renderTooltip` prop. */
  renderTooltip: ParetoChartProps['renderTooltip'];
}
