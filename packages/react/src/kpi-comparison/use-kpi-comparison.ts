import type { HostAttributes } from '../shared/host-attributes';
import {
  type Comparison,
  compareEvaluations,
  type Evaluation,
  type Locale,
  type MetricDirection,
  type MetricValue,
  type MetricValues,
} from '@servicescore/core';
import {
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type ThHTMLAttributes,
  useId,
  useState,
} from 'react';
import { isMetricValue } from '../kpi-card/delta-text';
import { useWidgetSettings } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import { type ComparisonScale, comparisonRows, type KpiComparisonRow } from './comparison-rows';
import { comparisonTexts } from './comparison-texts';
import { type ComparisonSort, comparisonSorts, sortByEffect } from './row-effect';

export type { ComparisonScale, KpiComparisonRow, RowSignificance } from './comparison-rows';
export type { ComparisonSort } from './row-effect';

const WIDGET = 'KpiComparison';

/** Options of {@link useKpiComparison} and `KpiComparison`. */
export interface KpiComparisonOptions {
  /** The "before" side: an `Evaluation` (its `overall` values) or a record of metric id → MetricValue. @default undefined (no data) */
  before?: Evaluation | MetricValues | null | undefined;
  /** The "after" side, of the same shape. @default undefined (no data) */
  after?: Evaluation | MetricValues | null | undefined;
  /** Metric ids, one row each, in order. @default the metrics present on both sides (compareEvaluations) */
  metrics?: readonly string[] | undefined;
  /** Names of the two sides, e.g. `{ before: '改进前 2026-07', after: '改进后 2026-09' }`. @default { before: '改进前', after: '改进后' } */
  labels?: { before?: string | undefined; after?: string | undefined } | undefined;
  /** Directions by metric id, overriding the catalogue's (for the host's own metrics). @default the catalogue's, else 'higher' */
  directions?: Readonly<Record<string, MetricDirection>> | undefined;
  /** The widget's accessible name and the table caption. @default '改进前后对比' / 'Before and after' */
  label?: string | undefined;
  /**
   * How the dumbbells are scaled. `'row'`: each row on its own axis around its two values (a small
   * change stays visible; lengths do not compare across rows, and the widget says so). `'shared'`:
   * one axis per unit (all ratio rows on one, all duration rows on another), so positions and
   * lengths compare across the rows of a unit. Either way each row labels its axis ends.
   * @default 'row'
   */
  scale?: ComparisonScale | undefined;
  /**
   * The order of the rows at first: `'given'` (the `metrics` order), or by effect — the relative
   * change signed by direction, so an improvement counts as one whether the metric rises or falls
   * — `'improvedFirst'` or `'worsenedFirst'`. The sort control changes it.
   * @default 'given'
   */
  defaultSort?: ComparisonSort | undefined;
  /** Called with the new order when the user changes it. @default undefined */
  onSortChange?: ((sort: ComparisonSort) => void) | undefined;
  /** Shows the data table visibly at first (it is always there for screen readers). @default false */
  defaultTableVisible?: boolean | undefined;
  /** Shows a skeleton and sets `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
  /** Draws a row's chart cell in place of the built-in dumbbell. @default the SVG dumbbell */
  renderDumbbell?: ((row: KpiComparisonRow) => ReactNode) | undefined;
}

/**
 * Props of `KpiComparison` and {@link useKpiComparison}: the comparison options and any root
 * `<div>` attribute (the hook hands the attributes back in `rootProps`).
 */
export interface KpiComparisonProps
  extends KpiComparisonOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {}

/** What {@link useKpiComparison} returns. */
export interface KpiComparisonState {
  status: 'loading' | 'noData' | 'ready';
  label: string;
  beforeLabel: string;
  afterLabel: string;
  /** The rows in the current order. */
  rows: KpiComparisonRow[];
  scale: ComparisonScale;
  /** Says how the rows are scaled: "每行独立刻度：条长不可跨行比较" / "同一单位的行共用刻度…". */
  scaleText: string;
  sort: ComparisonSort;
  setSort: (sort: ComparisonSort) => void;
  /** The sort control's label, and its options with their texts. */
  sortLabel: string;
  sortOptions: { value: ComparisonSort; label: string }[];
  /** Spread on the sort control's `<select>` (a `<label htmlFor={sortProps.id}>` names it). */
  sortProps: SelectHTMLAttributes<HTMLSelectElement> & { id: string };
  /** What a polite live region says after the user sorts ("" until then). */
  announcement: string;
  noDataText: string;
  loadingText: string;
  tableVisible: boolean;
  setTableVisible: (visible: boolean) => void;
  /** Column headers of the data table. */
  headers: { metric: string; change: string; significance: string };
  /** The sample size and interval lines of a side's cell: "n = 1,000", "95% 区间 [67.1%, 72.8%]". */
  cellTexts: { n: (count: string) => string; interval: (range: string) => string };
  /** Spread on the change column's header: `aria-sort` while the rows are sorted by effect. */
  changeHeaderProps: ThHTMLAttributes<HTMLTableCellElement>;
  /** The `renderDumbbell` option. */
  renderDumbbell: ((row: KpiComparisonRow) => ReactNode) | undefined;
  /** Spread on the root: the host's attributes (its `className` too), then `role="group"` named by `label`, busy state, theme, lang. */
  rootProps: HTMLAttributes<HTMLElement> & { 'data-theme': string };
  /** Spread on the show/hide table button. */
  toggleProps: ButtonHTMLAttributes<HTMLButtonElement> & { children: string };
  /** Spread on the `<table>` (its id is the toggle's `aria-controls`). */
  tableProps: { id: string };
  /**
   * Spread on the table's scroll box: a group named by `label`, focusable while shown so that a
   * keyboard can scroll a table wider than a narrow widget.
   */
  tableWrapProps: HTMLAttributes<HTMLDivElement>;
}

function valuesOf(side: unknown, prop: 'before' | 'after'): MetricValues | null {
  if (side === null || side === undefined) return null;
  if (typeof side === 'object' && !Array.isArray(side)) {
    const o = side as Partial<Evaluation>;
    if (o.overall !== undefined && Array.isArray(o.groups)) return o.overall;
    return side as MetricValues;
  }
  warnInvalidProp(
    WIDGET,
    prop,
    side,
    `${prop} must be an Evaluation or a record of metric id → MetricValue`,
    'showing no data',
  );
  return null;
}

/** The side with every entry that is not a usable MetricValue replaced by "no data" (warned once). */
function cleanSide(values: MetricValues, prop: 'before' | 'after'): MetricValues {
  const out: Record<string, MetricValue> = {};
  for (const [id, v] of Object.entries(values)) {
    const ok =
      isMetricValue(v) &&
      (v.value === null || (typeof v.value === 'number' && Number.isFinite(v.value)));
    // Keyed by id: a value filed under another metric's id is read as this row's.
    if (ok) out[id] = v.metricId === id ? v : { ...v, metricId: id };
    else {
      warnInvalidProp(
        WIDGET,
        `${prop}.${id}`,
        isMetricValue(v) ? v.value : v,
        'each value must be a MetricValue with a finite or null value',
        'showing no data for it',
      );
      out[id] = {
        metricId: id,
        value: null,
        unit: isMetricValue(v) ? v.unit : 'number',
        sampleSize: 0,
        sufficient: false,
        reason: 'noData',
      };
    }
  }
  return out;
}

/** The two sides read and cleaned, and the core's comparisons of the requested metrics. */
function compareSides(
  options: Pick<KpiComparisonOptions, 'before' | 'after' | 'metrics' | 'directions'>,
): {
  before: MetricValues | null;
  after: MetricValues | null;
  comparisons: Comparison[];
} {
  const rawBefore = valuesOf(options.before, 'before');
  const rawAfter = valuesOf(options.after, 'after');
  const before = rawBefore && cleanSide(rawBefore, 'before');
  const after = rawAfter && cleanSide(rawAfter, 'after');

  let ids = options.metrics;
  if (ids !== undefined && !(Array.isArray(ids) && ids.every((id) => typeof id === 'string'))) {
    warnInvalidProp(
      WIDGET,
      'metrics',
      ids,
      'metrics must be an array of metric ids',
      'comparing the metrics present on both sides',
    );
    ids = undefined;
  }
  for (const id of ids ?? []) {
    const present = (before && Object.hasOwn(before, id)) || (after && Object.hasOwn(after, id));
    if (!present && (before || after))
      warnInvalidProp(
        WIDGET,
        'metrics',
        id,
        'each metric id must have a value in before or after',
        'showing the row without data',
      );
  }

  let comparisons: Comparison[] = [];
  if (before !== null || after !== null) {
    try {
      comparisons = compareEvaluations(before ?? {}, after ?? {}, ids, {
        directions: options.directions,
      });
    } catch (error) {
      warnInvalidProp(
        WIDGET,
        'directions',
        options.directions,
        String((error as Error).message ?? error),
        'showing no data',
      );
    }
  }
  return { before, after, comparisons };
}

/** A prop checked against its allowed values: the default, with one development error, otherwise. */
function oneOf<T extends string>(
  prop: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  warnInvalidProp(
    WIDGET,
    prop,
    value,
    `${prop} must be one of ${allowed.map((v) => `'${v}'`).join(', ')}`,
    `using '${fallback}'`,
  );
  return fallback;
}

/**
 * Turns two evaluations (or two value records) into before/after rows for a dumbbell chart and a
 * data table. Every judgement is the core's `compareEvaluations` (→ `compare`): the delta, improved
 * / worsened / unchanged by direction, and the significance test with its p-value; a change that
 * is not significant (or not tested) is marked muted. Each row gets its own axis (`rowDomain`), or
 * its unit's with `scale: 'shared'` (`sharedDomains`). The rows can be sorted by effect
 * (`sortByEffect`). Invalid props log one development error each and show the no-data state, a
 * row without data or the prop's default. Takes the component's props: the options are read,
 * every other attribute is handed back in `rootProps`.
 *
 * @example
 * const { rootProps, rows, sortProps } = useKpiComparison({ before: july, after: september, scale: 'shared' });
 */
export function useKpiComparison(props: KpiComparisonProps): KpiComparisonState {
  // `before`, `after`, `metrics` and `directions` are read from `props` by compareSides; they are
  // named here to keep them out of the root's attributes.
  const {
    before: _before,
    after: _after,
    metrics: _metrics,
    labels,
    directions: _directions,
    scale: scaleProp,
    defaultSort,
    onSortChange,
    label: labelProp,
    defaultTableVisible,
    loading: loadingProp,
    locale: localeProp,
    renderDumbbell,
    ...rest
  } = props;
  const texts = useWidgetSettings(localeProp, comparisonTexts);
  const { t, theme, locale } = texts;
  const tableId = useId();
  const sortId = useId();
  const [tableVisible, setTableVisible] = useState(defaultTableVisible === true);
  const [sort, setSortState] = useState<ComparisonSort>(() =>
    oneOf('defaultSort', defaultSort, comparisonSorts, 'given'),
  );
  const [announcement, setAnnouncement] = useState('');
  const scale = oneOf('scale', scaleProp, ['row', 'shared'] as const, 'row');

  const { before, after, comparisons } = compareSides(props);
  const rows = sortByEffect(comparisonRows(comparisons, before, after, scale, texts), sort);
  const setSort = (next: ComparisonSort) => {
    setSortState(next);
    setAnnouncement(t(`comparison.sorted.${next}`));
    onSortChange?.(next);
  };

  const loading = loadingProp === true;
  const label = labelProp ?? t('comparison.title');
  return {
    status: loading ? 'loading' : rows.length === 0 ? 'noData' : 'ready',
    label,
    beforeLabel: labels?.before ?? t('before'),
    afterLabel: labels?.after ?? t('after'),
    rows,
    scale,
    scaleText: t(scale === 'shared' ? 'comparison.scale.shared' : 'comparison.scale.row'),
    sort,
    setSort,
    sortLabel: t('comparison.sort'),
    sortOptions: comparisonSorts.map((value) => ({
      value,
      label: t(`comparison.sort.${value}`),
    })),
    sortProps: {
      id: sortId,
      value: sort,
      onChange: (event) => {
        const next = event.currentTarget.value;
        if ((comparisonSorts as readonly string[]).includes(next)) setSort(next as ComparisonSort);
      },
    },
    announcement,
    noDataText: t('noData'),
    loadingText: t('loading'),
    tableVisible,
    setTableVisible,
    headers: {
      metric: t('indicator'),
      change: t('delta'),
      significance: t('comparison.significance'),
    },
    cellTexts: {
      n: (count) => t('comparison.n', { count }),
      interval: (range) => t('comparison.cellInterval', { range }),
    },
    changeHeaderProps:
      sort === 'given'
        ? {}
        : { 'aria-sort': sort === 'improvedFirst' ? 'descending' : 'ascending' },
    renderDumbbell,
    rootProps: {
      ...(rest satisfies HostAttributes<typeof rest, KpiComparisonOptions>),
      role: 'group',
      'aria-label': label,
      'data-theme': theme,
      lang: locale as Locale,
      ...(loading ? { 'aria-busy': true } : {}),
    },
    toggleProps: {
      type: 'button',
      'aria-expanded': tableVisible,
      'aria-controls': tableId,
      onClick: () => setTableVisible(!tableVisible),
      children: t(tableVisible ? 'comparison.hideTable' : 'comparison.showTable'),
    },
    tableProps: { id: tableId },
    tableWrapProps: tableVisible ? { role: 'group', 'aria-label': label, tabIndex: 0 } : {},
  };
}
