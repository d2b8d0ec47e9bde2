import type { GradeResult, IndicatorResult } from '@servicescore/core';
import {
  createColumnHelper,
  createExpandedRowModel,
  createSortedRowModel,
  metaHelper,
  type Row,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { GradeBadge } from '../grade-badge/grade-badge';
import type { ServiceScore } from '../provider/service-score-provider';
import type { ScorecardTextKey } from './scorecard-texts';
import { ToneIcon } from '../shared/tone-icon';
import type { ScorecardRow, ScorecardSortColumnId } from './scorecard-rows';

/** Per-column facts the markup needs (numeric columns align to the end). */
export interface ScorecardColumnMeta {
  numeric?: boolean;
}

/**
 * The TanStack Table 9 features of the scorecard: sorting (within each dimension) and expanding
 * dimensions to their indicators. Module-level so the table's options stay stable.
 */
export const scorecardFeatures = tableFeatures({
  rowSortingFeature,
  rowExpandingFeature,
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  sortFns: { basic: sortFn_basic },
  columnMeta: metaHelper<ScorecardColumnMeta>(),
});

/** The feature set type of the scorecard's TanStack table, internal to `useScorecardTable`. */
export type ScorecardFeatures = typeof scorecardFeatures;

/** Ids of the table's columns, in their default order. */
export type ScorecardColumnId =
  | 'indicator'
  | 'weight'
  | 'value'
  | 'rule'
  | 'points'
  | 'score'
  | 'weightedScore'
  | 'grade'
  | 'suggestion';

/** Every column, in the default order. */
export const scorecardColumnIds: readonly ScorecardColumnId[] = Object.freeze([
  'indicator',
  'weight',
  'value',
  'rule',
  'points',
  'score',
  'weightedScore',
  'grade',
  'suggestion',
]);

/** What the footer (total row) shows, prepared by the hook. */
export interface ScorecardFooter {
  weightText: string;
  coverageText: string;
  totalText: string;
  weightedTotalText: string;
  grade: GradeResult | null;
  /** Why the total has no grade: no data, or too little of the weight with data (with its coverage). */
  noGradeText: string;
}

const helper = createColumnHelper<ScorecardFeatures, ScorecardRow>();

/** A column of the scorecard table (any value type). */
export type ScorecardColumnDef = ReturnType<typeof helper.columns>[number];

/** Props of the expand/collapse button of a dimension row (a real `<button>` with `aria-expanded`). */
export function expandButtonProps(
  row: Row<ScorecardFeatures, ScorecardRow>,
  s: Pick<ServiceScore<ScorecardTextKey>, 't'>,
) {
  const expanded = row.getIsExpanded();
  return {
    type: 'button' as const,
    className: 'ss-scorecard-table__expand',
    'aria-expanded': expanded,
    title: s.t(expanded ? 'collapse' : 'expand'),
    onClick: row.getToggleExpandedHandler(),
  };
}

function Chevron() {
  return (
    <svg
      className="ss-scorecard-table__chevron"
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/** A truncating label with its full text in `title`. */
function Label({ text }: { text: string }) {
  return (
    <span className="ss-scorecard-table__label" title={text}>
      {text}
    </span>
  );
}

/** "无数据" / "样本不足" with the neutral tone icon. */
function Status({ text }: { text: string }) {
  return (
    <span className="ss-scorecard-table__status" data-tone="none">
      <ToneIcon tone="none" />
      {text}
    </span>
  );
}

/** A numeric column sorted (within each dimension) by the row's sort value, missing ones last. */
function sortable(
  id: ScorecardSortColumnId,
  def: Pick<ScorecardColumnDef, 'header' | 'cell' | 'footer'>,
): ScorecardColumnDef {
  return helper.accessor((r) => r.sortValues[id], {
    id,
    sortFn: 'basic',
    sortUndefined: 'last',
    meta: { numeric: true },
    ...def,
  }) as ScorecardColumnDef;
}

/**
 * A column's header text (also each cell's label in the stacked layout): the text key is the
 * column id, except `value`, whose header is `actual` ("实际值" / "Actual").
 */
export const columnLabel = (id: ScorecardColumnId, t: ServiceScore<ScorecardTextKey>['t']) =>
  t(id === 'value' ? 'actual' : id);

/**
 * The column definitions for the given ids (unknown ids are the caller's problem). Cells only
 * place the row's prepared strings; tones come from the result.
 */
export function createScorecardColumns(
  ids: readonly ScorecardColumnId[],
  s: Pick<ServiceScore<ScorecardTextKey>, 't' | 'locale'>,
  footer: ScorecardFooter,
  renderRule?: ((indicator: IndicatorResult, cell: ScorecardRuleCell) => ReactNode) | undefined,
) {
  const { t } = s;
  const all = {
    indicator: helper.display({
      id: 'indicator',
      header: () => columnLabel('indicator', t),
      cell: ({ row }) => {
        const r = row.original;
        if (r.kind === 'dimension')
          return (
            <button {...expandButtonProps(row, s)}>
              <Chevron />
              <Label text={r.label} />
            </button>
          );
        return <Label text={r.label} />;
      },
      footer: () => t('total'),
    }),
    weight: sortable('weight', {
      header: () => columnLabel('weight', t),
      cell: ({ row }) => {
        const r = row.original;
        if (r.nominalWeightText === null) return r.weightText;
        // The effective weight, the nominal one in a tooltip and for screen readers.
        return (
          <span className="ss-scorecard-table__weight" title={r.nominalWeightText}>
            {r.weightText}
            <span className="ss-visually-hidden"> ({r.nominalWeightText})</span>
          </span>
        );
      },
      footer: () => footer.weightText,
    }),
    value: sortable('value', {
      header: () => columnLabel('value', t),
      cell: ({ row }) => row.original.valueText,
      // The coverage goes under the (wider) rule column when it is shown.
      footer: () => (ids.includes('rule') ? null : footer.coverageText),
    }),
    rule: helper.display({
      id: 'rule',
      header: () => columnLabel('rule', t),
      cell: ({ row }) => {
        const r = row.original;
        return renderRule && r.kind === 'indicator' && 'rule' in r.source
          ? renderRule(r.source, { label: r.label, ruleText: r.ruleText })
          : r.ruleText;
      },
      footer: () => footer.coverageText,
    }),
    points: sortable('points', {
      header: () => columnLabel('points', t),
      cell: ({ row }) => {
        const r = row.original;
        return r.pointsText;
      },
    }),
    score: sortable('score', {
      header: () => columnLabel('score', t),
      cell: ({ row }) => row.original.scoreText,
      footer: () => footer.totalText,
    }),
    weightedScore: helper.display({
      id: 'weightedScore',
      header: () => columnLabel('weightedScore', t),
      cell: ({ row }) => row.original.weightedScoreText,
      footer: () => footer.weightedTotalText,
      meta: { numeric: true },
    }),
    grade: helper.display({
      id: 'grade',
      header: () => columnLabel('grade', t),
      cell: ({ row }): ReactNode => {
        const r = row.original;
        if (r.tone !== null)
          return (
            <span className="ss-scorecard-table__grade">
              <GradeBadge grade={r.tone} size="sm" locale={s.locale} />
              {r.status === 'manual' && r.statusText !== null && (
                <span className="ss-scorecard-table__manual">{r.statusText}</span>
              )}
            </span>
          );
        return r.statusText === null ? null : <Status text={r.statusText} />;
      },
      footer: () =>
        footer.grade === null ? (
          <Status text={footer.noGradeText} />
        ) : (
          <GradeBadge grade={footer.grade} locale={s.locale} />
        ),
    }),
    suggestion: helper.display({
      id: 'suggestion',
      header: () => columnLabel('suggestion', t),
      cell: ({ row }): ReactNode => {
        const list = row.original.suggestions;
        if (list.length === 0) return null;
        // Each suggestion shows up to three lines; the full text is in its title.
        if (list.length === 1)
          return (
            <span className="ss-scorecard-table__suggestion" title={list[0]}>
              {list[0]}
            </span>
          );
        return (
          <ul className="ss-scorecard-table__suggestions">
            {list.map((x, i) => (
              // Suggestions may repeat; their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: static list
              <li key={i}>
                <span className="ss-scorecard-table__suggestion" title={x}>
                  {x}
                </span>
              </li>
            ))}
          </ul>
        );
      },
    }),
  };
  return ids.map((id): ScorecardColumnDef => all[id]);
}

/** What a custom rule cell gets besides the indicator: its shown label and its rule in words. */
export interface ScorecardRuleCell {
  label: string;
  ruleText: string;
}
