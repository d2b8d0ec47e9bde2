import type { HostAttributes } from '../shared/host-attributes';
import {
  type CrossAnalysis,
  getMetricMeta,
  type Locale,
  type MetricUnit,
} from '@servicescore/core';
import type { HTMLAttributes } from 'react';
import { formatDelta } from '../kpi-card/delta-text';
import { useWidgetSettings } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import { heatmapTexts } from './heatmap-texts';

const WIDGET = 'CrossAnalysisHeatmap';

/** Options of {@link useCrossAnalysisHeatmap} and `CrossAnalysisHeatmap`. */
export interface CrossAnalysisHeatmapOptions {
  /** The result of the core's `crossAnalysis` (one row per segment, one column per outcome metric). */
  analysis?: CrossAnalysis | null | undefined;
  /** Display names of the segment keys. @default the keys */
  segmentLabels?: Readonly<Record<string, string>> | ((key: string) => string) | undefined;
  /** Display names of the metrics by id. @default the catalogue's labels, else the id */
  metricLabels?: Readonly<Record<string, string>> | undefined;
  /** Header of the segment column, e.g. "行业". @default '分组' / 'Segment' */
  segmentHeader?: string | undefined;
  /** The widget's accessible name and the table caption. @default '满意度交叉分析' / 'Satisfaction cross-analysis' */
  label?: string | undefined;
  /** Shows a skeleton and sets `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
}

/**
 * Props of `CrossAnalysisHeatmap` and {@link useCrossAnalysisHeatmap}: the heatmap options and any
 * root `<div>` attribute (the hook hands the attributes back in `rootProps`).
 */
export interface CrossAnalysisHeatmapProps
  extends CrossAnalysisHeatmapOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {}

/** How a segment compares with everyone else, by the metric's direction. */
export type CellSide = 'better' | 'worse' | 'same' | 'unknown';

/** One cell: the segment's value and its difference from the rest, as text and as a shade. */
export interface HeatmapCell {
  metricId: string;
  valueText: string;
  /** "较其他组 +5.2 个百分点"; `null` without a comparison. */
  differenceText: string | null;
  side: CellSide;
  /** ▲ / ▼ / = / '' — the side as a shape. */
  symbol: string;
  /** Shade level by the relative gap to everyone (|segment − overall| ÷ |overall|): 0 under 2 %, 1 under 5 %, 2 under 10 %, 3 from 10 %. */
  level: 0 | 1 | 2 | 3;
  significant: boolean;
  /** "（优于其他组，显著）" — read by screen readers after the visible text; '' when nothing to add. */
  srText: string;
}

/** One segment row. */
export interface HeatmapRow {
  key: string;
  label: string;
  nText: string;
  cells: HeatmapCell[];
}

/** What {@link useCrossAnalysisHeatmap} returns. */
export interface CrossAnalysisHeatmapState {
  status: 'loading' | 'noData' | 'ready';
  label: string;
  segmentHeader: string;
  columns: { id: string; label: string; overallText: string }[];
  rows: HeatmapRow[];
  overallLabel: string;
  legend: string;
  noDataText: string;
  loadingText: string;
  /** Spread on the root: the host's attributes (its `className` too), then the group's role, name, busy state, theme and lang. */
  rootProps: HTMLAttributes<HTMLElement> & { 'data-theme': string };
  /** Spread on the scrolling wrapper of the table: focusable, so a keyboard can scroll it. */
  scrollProps: HTMLAttributes<HTMLElement>;
}

/** Shade level of a segment by its relative gap to everyone (no shade under 2 %). */
function shade(difference: number | null, overall: number | null): 0 | 1 | 2 | 3 {
  if (difference === null || overall === null) return 0;
  const relative = overall === 0 ? (difference === 0 ? 0 : 1) : Math.abs(difference / overall);
  return relative < 0.02 ? 0 : relative < 0.05 ? 1 : relative < 0.1 ? 2 : 3;
}

/**
 * Turns a `crossAnalysis` result into a segments × metrics grid: each cell the segment's value,
 * its difference from everyone else (text and ▲/▼, toned by the metric's direction) and a shade
 * by its relative gap to everyone and a `*` when the core's test finds it significant.
 * Colour is never alone: the symbol, the sign and the screen-reader text say the same. Takes the
 * component's props: the options are read, every other attribute is handed back in `rootProps`.
 *
 * @example
 * const heat = useCrossAnalysisHeatmap({ analysis: crossAnalysis(dataset, { by: 'size' }) });
 * heat.rows[0]?.cells[0]?.differenceText; // "较其他组 -3.5 个百分点"
 */
export function useCrossAnalysisHeatmap(
  props: CrossAnalysisHeatmapProps,
): CrossAnalysisHeatmapState {
  const {
    analysis: given,
    segmentLabels,
    metricLabels,
    segmentHeader,
    label: labelProp,
    loading: loadingProp,
    locale: localeProp,
    ...rest
  } = props;
  const { t, theme, format, locale } = useWidgetSettings(localeProp, heatmapTexts);
  let analysis = given ?? null;
  if (analysis !== null && !(Array.isArray(analysis.segments) && Array.isArray(analysis.metrics))) {
    warnInvalidProp(
      WIDGET,
      'analysis',
      analysis,
      'analysis must be the result of crossAnalysis',
      'showing no data',
    );
    analysis = null;
  }
  const segName = (key: string) =>
    typeof segmentLabels === 'function' ? segmentLabels(key) : (segmentLabels?.[key] ?? key);
  const metricIds = analysis?.metrics ?? [];
  const unitOf = (id: string): MetricUnit =>
    analysis?.overall[id]?.unit ?? getMetricMeta(id)?.unit ?? 'number';
  const rows: HeatmapRow[] = (analysis?.segments ?? []).map((s) => ({
    key: s.key,
    label: segName(s.key),
    nText: t('cross.n', { n: format(s.n, 'count') }),
    cells: metricIds.map((id, m): HeatmapCell => {
      const c = s.cells[m];
      const unit = unitOf(id);
      const change = c?.comparison?.change ?? 'unknown';
      const side: CellSide =
        change === 'improved'
          ? 'better'
          : change === 'worsened'
            ? 'worse'
            : change === 'unchanged'
              ? 'same'
              : 'unknown';
      const level =
        side === 'better' || side === 'worse'
          ? shade(c?.differenceFromOverall ?? null, analysis?.overall[id]?.value ?? null)
          : 0;
      const significant = c?.significant === true;
      const sideText = side === 'unknown' ? '' : t(`cross.${side}`);
      const sigText =
        c?.significant == null ? '' : t(significant ? 'cross.significant' : 'cross.notSignificant');
      const said = [sideText, sigText].filter(Boolean).join(locale === 'zh-CN' ? '，' : ', ');
      return {
        metricId: id,
        valueText: format(c?.value.value ?? null, unit),
        differenceText:
          c?.difference == null
            ? null
            : t('cross.versusRest', { delta: formatDelta(c.difference, unit, locale) }),
        side,
        symbol: side === 'better' ? '▲' : side === 'worse' ? '▼' : side === 'same' ? '=' : '',
        level,
        significant,
        srText: said === '' ? '' : t('cross.sr', { text: said }),
      };
    }),
  }));
  const loading = loadingProp === true;
  const label = labelProp ?? t('cross.title');
  return {
    status: loading ? 'loading' : rows.length === 0 ? 'noData' : 'ready',
    label,
    segmentHeader: segmentHeader ?? t('cross.segment'),
    columns: metricIds.map((id) => ({
      id,
      label: metricLabels?.[id] ?? getMetricMeta(id)?.label[locale] ?? id,
      overallText: format(analysis?.overall[id]?.value ?? null, unitOf(id)),
    })),
    rows,
    overallLabel: t('cross.overall'),
    legend: t('cross.legend'),
    noDataText: t('noData'),
    loadingText: t('loading'),
    rootProps: {
      ...(rest satisfies HostAttributes<typeof rest, CrossAnalysisHeatmapOptions>),
      role: 'group',
      'aria-label': label,
      'data-theme': theme,
      lang: locale,
      ...(loading ? { 'aria-busy': true } : {}),
    },
    scrollProps: { tabIndex: 0, role: 'region', 'aria-label': label },
  };
}
