import {
  getMetricMeta,
  type Indicator,
  type Locale,
  type MetricDirection,
  type MetricMeta,
  type MetricUnit,
  type ScorecardTemplate,
  validateTemplate,
} from '@servicescore/core';
import { warnInvalidProp } from '../shared/dev';
import { textWidthEm } from '../shared/text-width';

/** The kinds of column a leaderboard has, left to right. */
export type LeaderboardColumnKind = 'rank' | 'name' | 'metric' | 'total' | 'grade';

/** One column of a leaderboard, resolved from the `metrics` and `template` props. */
export interface LeaderboardColumnSpec {
  /** `'rank'`, `'name'`, `'total'`, `'grade'`, or the metric id. */
  readonly id: string;
  readonly kind: LeaderboardColumnKind;
  /** Header text in the current locale. */
  readonly label: string;
  /** Metric columns: the unit of the values; total: `'score'`; others `null`. */
  readonly unit: MetricUnit | null;
  /** Which way is better; `null` for the rank and name columns. */
  readonly direction: MetricDirection | null;
  /** Metric columns: the catalogue's minimum sample, when known. */
  readonly minSample: number | null;
  /** Metric columns: the template indicator whose rule tones the cells, if the template has one. */
  readonly indicator: { readonly rule: Indicator['rule']; readonly maxPoints: number } | null;
  /** Width in CSS pixels. */
  readonly width: number;
}

/**
 * Column widths (px): fixed, so that virtualized rows never make the layout jump. The grade
 * column's is its least: it grows to its longest verdict ({@link gradeColumnWidth}).
 */
export const columnWidths = { rank: 56, name: 176, metric: 128, total: 80, grade: 120 } as const;

/** The widest grade column (px): a longer host label ends in an ellipsis, its title whole. */
const maxGradeWidth = 320;

/**
 * The grade column's width (px): room for the widest of `texts` (the grade labels in the locale)
 * in a small badge, at the widget's 14 px type: the label
 * at 11.2 px ({@link textWidthEm}, an upper estimate) plus the badge's icon, gap, padding and
 * border (2.15 em + 2 px) and the cell's padding (16 px), rounded up to 8 px; at least
 * {@link columnWidths}.grade, at most 320.
 *
 * @example gradeColumnWidth(['Excellent', 'Good', 'Pass', 'Needs improvement']) // 176
 */
export function gradeColumnWidth(texts: readonly string[]): number {
  const badgeFont = 14 * 0.8;
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, textWidthEm(text));
  const px = (widest + 2.15) * badgeFont + 2 + 16;
  return Math.min(maxGradeWidth, Math.max(columnWidths.grade, Math.ceil(px / 8) * 8));
}

const reserved = new Set(['rank', 'name', 'total', 'grade']);

function indicatorFor(
  template: ScorecardTemplate | null,
  metricId: string,
): LeaderboardColumnSpec['indicator'] {
  if (!template) return null;
  for (const dimension of template.dimensions) {
    for (const indicator of dimension.indicators) {
      if ('metric' in indicator.source && indicator.source.metric === metricId) {
        return { rule: indicator.rule, maxPoints: indicator.maxPoints ?? template.maxPoints ?? 10 };
      }
    }
  }
  return null;
}

function describe(entry: unknown): MetricMeta | null {
  if (typeof entry === 'string') return getMetricMeta(entry) ?? null;
  if (
    entry !== null &&
    typeof entry === 'object' &&
    typeof (entry as MetricMeta).id === 'string' &&
    typeof (entry as MetricMeta).unit === 'string'
  ) {
    return entry as MetricMeta;
  }
  return null;
}

/**
 * A template that `scoreScorecard` accepts, or `null` (after one development error) when the
 * prop is not a valid template. Checked once per template object.
 */
export function checkTemplate(
  template: ScorecardTemplate | null | undefined,
): ScorecardTemplate | null {
  if (template == null) return null;
  try {
    const { valid, issues } = validateTemplate(template);
    if (valid) return template;
    warnInvalidProp(
      'KpiLeaderboard',
      'template',
      (template as { id?: unknown }).id,
      `the scorecard template is invalid: ${issues
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join(' ')}`,
      'leaving out the total and grade columns',
    );
  } catch {
    warnInvalidProp(
      'KpiLeaderboard',
      'template',
      template,
      'template must be a ScorecardTemplate (see validateTemplate)',
      'leaving out the total and grade columns',
    );
  }
  return null;
}

/**
 * The columns of a leaderboard: rank, name, one per metric (in the order given), then total and
 * grade when a template is given.
 *
 * A metric id the catalogue does not know is left out with one development error (a custom
 * metric is given as its definition instead of its id). Repeated metric ids are shown once. A
 * metric column is toned only when the template has an indicator fed by that metric; the first
 * such indicator's rule is used.
 */
export function resolveColumns(
  metrics: unknown,
  template: ScorecardTemplate | null,
  locale: Locale,
  labels: { rank: string; name: string; total: string; grade: string },
  gradeTexts: readonly string[],
): LeaderboardColumnSpec[] {
  const columns: LeaderboardColumnSpec[] = [
    {
      id: 'rank',
      kind: 'rank',
      label: labels.rank,
      unit: null,
      direction: null,
      minSample: null,
      indicator: null,
      width: columnWidths.rank,
    },
    {
      id: 'name',
      kind: 'name',
      label: labels.name,
      unit: null,
      direction: null,
      minSample: null,
      indicator: null,
      width: columnWidths.name,
    },
  ];
  const list: readonly unknown[] = Array.isArray(metrics) ? metrics : [];
  if (!Array.isArray(metrics)) {
    warnInvalidProp(
      'KpiLeaderboard',
      'metrics',
      metrics,
      'metrics must be an array of metric ids or metric definitions',
      'showing no metric columns',
    );
  }
  const seen = new Set<string>();
  for (const entry of list) {
    const metric = describe(entry);
    if (metric === null) {
      warnInvalidProp(
        'KpiLeaderboard',
        'metrics',
        entry,
        'each entry must be a catalogue metric id (see getMetric) or a metric definition',
        'leaving that column out',
      );
      continue;
    }
    if (reserved.has(metric.id)) {
      warnInvalidProp(
        'KpiLeaderboard',
        'metrics',
        metric.id,
        'a metric id must not be one of the leaderboard column ids rank, name, total, grade',
        'leaving that column out',
      );
      continue;
    }
    if (seen.has(metric.id)) continue;
    seen.add(metric.id);
    columns.push({
      id: metric.id,
      kind: 'metric',
      label: metric.label?.[locale] ?? metric.id,
      unit: metric.unit,
      direction: metric.direction === 'lower' ? 'lower' : 'higher',
      minSample: typeof metric.minSample === 'number' ? metric.minSample : null,
      indicator: indicatorFor(template, metric.id),
      width: columnWidths.metric,
    });
  }
  if (template) {
    columns.push(
      {
        id: 'total',
        kind: 'total',
        label: labels.total,
        unit: 'score',
        direction: 'higher',
        minSample: null,
        indicator: null,
        width: columnWidths.total,
      },
      {
        id: 'grade',
        kind: 'grade',
        label: labels.grade,
        unit: null,
        direction: 'higher',
        minSample: null,
        indicator: null,
        width: gradeColumnWidth(gradeTexts),
      },
    );
  }
  return columns;
}
