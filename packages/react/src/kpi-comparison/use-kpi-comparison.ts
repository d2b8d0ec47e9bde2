import {
  type ChangeKind,
  type Comparison,
  compareEvaluations,
  type Evaluation,
  getMetricMeta,
  type Locale,
  type MetricDirection,
  type MetricUnit,
  type MetricValue,
  type MetricValues,
} from '@servicescore/core';
import { type ButtonHTMLAttributes, type HTMLAttributes, useId, useState } from 'react';
import {
  deltaSign,
  type DeltaSign,
  formatDelta,
  formatPValue,
  isMetricValue,
} from '../kpi-card/delta-text';
import { useWidgetSettings } from '../provider/service-score-provider';
import { comparisonTexts } from './comparison-texts';
import { warnInvalidProp } from '../shared/dev';
import { rowDomain } from './row-domain';

const WIDGET = 'KpiComparison';

/** Props of {@link useKpiComparison} and `KpiComparison`. */
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
  /** Shows the data table visibly at first (it is always there for screen readers). @default false */
  defaultTableVisible?: boolean | undefined;
  /** Shows a skeleton and sets `aria-busy`. @default false */
  loading?: boolean | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
}

/** One metric's row: the core's comparison and its display texts. */
export interface KpiComparisonRow {
  id: string;
  label: string;
  unit: MetricUnit;
  comparison: Comparison;
  change: ChangeKind;
  sign: DeltaSign;
  beforeText: string;
  afterText: string;
  /** "+8.5 个百分点" / "+8.5 pts", "—" when either side is missing. */
  deltaText: string;
  /** "改善" / "恶化" / "持平", or "暂无数据" for an unknown change. */
  changeText: string;
  /** "72.9% → 81.4%（+8.5 个百分点）". */
  summary: string;
  significant: boolean | null;
  /** "显著" / "不显著", `null` when no test applies. */
  significanceText: string | null;
  /** "p < 0.001" / "p = 0.346", `null` without a test. */
  pValueText: string | null;
  /** The row's own axis; `null` without values. */
  domain: readonly [number, number] | null;
  domainText: readonly [string, string] | null;
}

/** What {@link useKpiComparison} returns. */
export interface KpiComparisonState {
  status: 'loading' | 'noData' | 'ready';
  label: string;
  beforeLabel: string;
  afterLabel: string;
  rows: KpiComparisonRow[];
  noDataText: string;
  loadingText: string;
  tableVisible: boolean;
  setTableVisible: (visible: boolean) => void;
  /** Column headers of the data table. */
  headers: { metric: string; change: string; significance: string };
  /** Spread on the root: `role="group"` named by `label`, busy state, theme, lang. */
  rootProps: HTMLAttributes<HTMLElement> & { 'data-theme': string; 'aria-busy'?: boolean };
  /** Spread on the show/hide table button. */
  toggleProps: ButtonHTMLAttributes<HTMLButtonElement> & { children: string };
  /** Spread on the `<table>` (its id is the toggle's `aria-controls`). */
  tableProps: { id: string };
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

/**
 * Turns two evaluations (or two value records) into before/after rows for a dumbbell chart and a
 * data table. Every judgement is the core's `compareEvaluations` (→ `compare`): the delta, improved
 * / worsened / unchanged by direction, and the significance test with its p-value. Each row gets
 * its own axis (`rowDomain`), since units differ. Invalid props log one development error each and
 * show the no-data state or a row without data.
 */
export function useKpiComparison(options: KpiComparisonOptions): KpiComparisonState {
  const { t, theme, format, locale } = useWidgetSettings(options.locale, comparisonTexts);
  const tableId = useId();
  const [tableVisible, setTableVisible] = useState(options.defaultTableVisible === true);

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

  const beforeLabel = options.labels?.before ?? t('before');
  const afterLabel = options.labels?.after ?? t('after');
  const rows = comparisons.map((c): KpiComparisonRow => {
    const b = before && Object.hasOwn(before, c.metricId) ? before[c.metricId] : undefined;
    const a = after && Object.hasOwn(after, c.metricId) ? after[c.metricId] : undefined;
    const definition = getMetricMeta(c.metricId);
    const unit = a?.unit ?? b?.unit ?? definition?.unit ?? 'number';
    const beforeText = format(c.before, unit);
    const afterText = format(c.after, unit);
    const deltaText = c.delta === null ? format(null, unit) : formatDelta(c.delta, unit, locale);
    const domain = rowDomain(c.before, c.after, unit);
    return {
      id: c.metricId,
      label: definition?.label[locale] ?? c.metricId,
      unit,
      comparison: c,
      change: c.change,
      sign: deltaSign(c.delta, c.change),
      beforeText,
      afterText,
      deltaText,
      changeText: c.change === 'unknown' ? t('noData') : t(`comparison.${c.change}`),
      summary: t('comparison.change', { before: beforeText, after: afterText, delta: deltaText }),
      significant: c.significant,
      significanceText:
        c.significant === null
          ? null
          : t(c.significant ? 'comparison.significant' : 'comparison.notSignificant'),
      pValueText: c.pValue === null ? null : formatPValue(c.pValue, locale),
      domain,
      domainText: domain && [format(domain[0], unit), format(domain[1], unit)],
    };
  });

  const loading = options.loading === true;
  const label = options.label ?? t('comparison.title');
  return {
    status: loading ? 'loading' : rows.length === 0 ? 'noData' : 'ready',
    label,
    beforeLabel,
    afterLabel,
    rows,
    noDataText: t('noData'),
    loadingText: t('loading'),
    tableVisible,
    setTableVisible,
    headers: {
      metric: t('indicator'),
      change: t('delta'),
      significance: t('comparison.significance'),
    },
    rootProps: {
      role: 'group',
      'aria-label': label,
      'data-theme': theme,
      lang: locale,
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
  };
}
