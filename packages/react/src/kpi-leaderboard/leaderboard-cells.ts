import {
  classifyValue,
  type DurationFormat,
  type GradeScale,
  type Locale,
  type MetricUnit,
} from '@servicescore/core';
import type { ServiceScore } from '../provider/service-score-provider';
import { compactWhenLonger } from '../shared/compact-number';
import type { LeaderboardTextKey } from './leaderboard-texts';
import type { Tone } from '../shared/tone-icon';
import type { LeaderboardColumnSpec } from './leaderboard-columns';
import type { LeaderboardEntry } from './leaderboard-entries';
import type { LeaderboardCellView } from './leaderboard-types';

/** What cell views need from the provider. */
export interface CellContext {
  readonly locale: Locale;
  readonly scale: GradeScale;
  readonly precision: number;
  readonly t: ServiceScore<LeaderboardTextKey>['t'];
  readonly format: ServiceScore['format'];
  /** The duration columns' formatters, each in its column's one unit. */
  readonly durations: ReadonlyMap<string, DurationFormat>;
}

const dash = '—';

function stickyStyle(offset: number | null) {
  return offset === null ? undefined : { left: offset };
}

/**
 * The view of one cell: its text, tone and props. Tones come only from the core's
 * `classifyValue` with the template indicator's rule; an insufficient value is shown (muted) but
 * never toned, since its band would not be trustworthy.
 */
export function cellView(
  entry: LeaderboardEntry,
  column: LeaderboardColumnSpec,
  rank: number | null,
  stickyOffset: number | null,
  ctx: CellContext,
): LeaderboardCellView {
  const base = {
    columnId: column.id,
    kind: column.kind,
    tone: null as Tone | null,
    insufficient: false,
    srText: null as string | null,
    fullText: null as string | null,
    grade: null,
  };
  const style = stickyStyle(stickyOffset);
  switch (column.kind) {
    case 'rank':
      return {
        ...base,
        text: rank === null ? dash : String(rank),
        cellProps: { 'data-kind': 'rank', style },
      };
    case 'name':
      return {
        ...base,
        text: entry.name,
        cellProps: { 'data-kind': 'name', style, title: entry.name },
      };
    case 'total': {
      const total = entry.result?.total ?? null;
      return {
        ...base,
        text: total === null ? dash : ctx.format(total, 'score', ctx.precision),
        cellProps: { 'data-kind': 'total' },
      };
    }
    case 'grade': {
      const text = gradeText(entry, ctx);
      return {
        ...base,
        text,
        grade: entry.result?.grade ?? null,
        // The "insufficient data" text may end in an ellipsis in the fixed column: whole here.
        cellProps: { 'data-kind': 'grade', title: text === dash ? undefined : text },
      };
    }
    default:
      return metricCell(entry, column, ctx, base);
  }
}

/** The grade's label; "insufficient data (coverage 20 %)" for a total not graded; else a dash. */
function gradeText(entry: LeaderboardEntry, ctx: CellContext): string {
  const result = entry.result;
  if (result?.grade) return result.grade.label[ctx.locale];
  if (result?.gradeStatus === 'insufficientCoverage')
    return ctx.t('insufficientCoverage', { coverage: ctx.format(result.coverage, 'ratio', 0) });
  return dash;
}

function metricCell(
  entry: LeaderboardEntry,
  column: LeaderboardColumnSpec,
  ctx: CellContext,
  base: Omit<LeaderboardCellView, 'text' | 'cellProps'>,
): LeaderboardCellView {
  const metric = entry.values[column.id];
  const value = metric?.value ?? null;
  const unit = metric?.unit ?? column.unit ?? 'number';
  if (value === null || !Number.isFinite(value)) {
    return {
      ...base,
      text: dash,
      cellProps: { 'data-kind': 'metric', title: ctx.t('noData') },
    };
  }
  const inColumnUnit = unit === 'duration' ? ctx.durations.get(column.id) : undefined;
  const full = inColumnUnit ? inColumnUnit(value) : ctx.format(value, unit);
  const sampleText = `${ctx.t('sampleSize')} ${ctx.format(metric?.sampleSize ?? 0, 'count')}`;
  if (metric && !metric.sufficient) {
    const why =
      column.minSample === null
        ? ctx.t('insufficientSample')
        : ctx.t('sample.belowMinimum', {
            sampleSize: ctx.format(metric.sampleSize, 'count'),
            minSample: ctx.format(column.minSample, 'count'),
          });
    return {
      ...base,
      ...fitted(full, false, value, unit, ctx),
      insufficient: true,
      tone: 'none',
      cellProps: { 'data-kind': 'metric', 'data-insufficient': '', title: `${full} · ${why}` },
    };
  }
  let tone: Tone | null = null;
  let srText: string | null = null;
  if (column.indicator) {
    try {
      tone = classifyValue(value, column.indicator.rule, {
        maxPoints: column.indicator.maxPoints,
        scale: ctx.scale,
        precision: ctx.precision,
        // Tone the value as it is shown ("85.0%" earns the ≥ 85 % band).
        unit,
      }).tone;
      const grade = ctx.scale.find((g) => g.id === tone);
      srText = grade ? grade.label[ctx.locale] : null;
    } catch {
      tone = null;
    }
  }
  return {
    ...base,
    ...fitted(full, tone !== null, value, unit, ctx),
    tone,
    srText,
    cellProps: {
      'data-kind': 'metric',
      title: srText ? `${full} · ${srText} · ${sampleText}` : `${full} · ${sampleText}`,
    },
  };
}

/**
 * The value as the cell shows it: the standard text when it fits the fixed metric column (11
 * characters, 10 beside a tone icon: "100,000,000" fits in 128 px at the widget's 14 px), else
 * compact notation ("1T", "1万亿") with the standard text as `fullText` (the title keeps it too).
 */
function fitted(
  full: string,
  toned: boolean,
  value: number,
  unit: MetricUnit,
  ctx: CellContext,
): Pick<LeaderboardCellView, 'text' | 'fullText'> {
  const short = compactWhenLonger(full, toned ? 10 : 11, value, unit, ctx.locale);
  return short === null ? { text: full, fullText: null } : { text: short, fullText: full };
}
