import { formatPercent, type Locale, type ScorecardResult } from '@servicescore/core';
import type { ServiceScore } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import {
  type ScorecardColumnId,
  type ScorecardFooter,
  scorecardColumnIds,
} from './scorecard-columns';
import { buildRows, localized, resultProblem, type ScorecardRow } from './scorecard-rows';
import type { ScorecardTextKey } from './scorecard-texts';

const WIDGET = 'ScorecardTable';
const noRows: ScorecardRow[] = [];

/** What the scorecard model needs of the settings: texts and numbers in the locale. */
export type ScorecardSettings = Pick<
  ServiceScore<ScorecardTextKey>,
  'locale' | 't' | 'format' | 'precision'
>;

/** A coverage as a percentage that never rounds a gap away: 99.6 % shows "99.6%", not "100%". */
export function coveragePercent(coverage: number, locale: Locale): string {
  const fine = (coverage > 0 && coverage < 0.005) || (coverage >= 0.995 && coverage < 1);
  return formatPercent(coverage, { locale, precision: fine ? 1 : 0 });
}

/**
 * The columns to show: all by default, else `indicator` first and the listed known ids in their
 * order, once each (an unknown id, or a `columns` that is not an array, warns once).
 */
export function checkColumns(
  columns: readonly ScorecardColumnId[] | undefined,
): ScorecardColumnId[] {
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

/**
 * The total row: weight, coverage, total and weighted total texts, and the grade or why none.
 * `coverage` is the result's coverage as shown (see {@link coveragePercent}), `null` without one.
 */
export function footerOf(
  result: ScorecardResult | null,
  coverage: string | null,
  s: ScorecardSettings,
): ScorecardFooter {
  const weight = result ? result.dimensions.reduce((sum, d) => sum + d.weight, 0) : null;
  return {
    weightText: s.format(weight, 'number'),
    coverageText: coverage === null ? '' : s.t('scorecard.coverage', { coverage }),
    totalText: s.format(result?.total, 'score', s.precision),
    weightedTotalText: s.format(result?.total, 'score', s.precision + 1),
    grade: result?.grade ?? null,
    noGradeText:
      result?.gradeStatus === 'insufficientCoverage' && coverage !== null
        ? s.t('insufficientCoverage', { coverage })
        : s.t('indicatorStatus.missing'),
  };
}

/**
 * The sentence the table is described by: its coverage (as shown, `null` without one), and how
 * missing weight was handled.
 */
export function coverageSentence(
  result: ScorecardResult | null,
  coverage: string | null,
  s: ScorecardSettings,
): string {
  if (!result || coverage === null) return '';
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

/** The scorecard's display data without React: what the result gives, whatever the options. */
export interface ScorecardModel {
  /** The result to draw, `null` for none (or an unusable one). */
  result: ScorecardResult | null;
  /** The prepared rows (dimensions, each with `subRows`), in template order. */
  rows: ScorecardRow[];
  footer: ScorecardFooter;
  /** The sentence the table is described by, "" without a result. */
  coverageText: string;
  /** The template's label in the locale: the default caption. */
  label: string | null;
}

/**
 * The scorecard's rows, total row and coverage sentence from a result. No result, or (warning
 * once) one that is not a `ScorecardResult` or holds something the core cannot format (e.g. an
 * invalid rule), gives the no-data state: a `null` result and no rows.
 */
export function scorecardModel(
  raw: ScorecardResult | null | undefined,
  s: ScorecardSettings,
): ScorecardModel {
  let result: ScorecardResult | null = null;
  let rows = noRows;
  const problem = raw == null ? null : resultProblem(raw);
  if (problem !== null)
    warnInvalidProp(WIDGET, 'result', raw, problem, 'showing the no-data state');
  else if (raw != null)
    try {
      rows = buildRows(raw, s);
      result = raw;
    } catch (error) {
      warnInvalidProp(
        WIDGET,
        'result',
        raw.templateId,
        `the result could not be formatted (${error instanceof Error ? error.message : String(error)})`,
        'showing the no-data state',
      );
    }
  const coverage =
    result && Number.isFinite(result.coverage) ? coveragePercent(result.coverage, s.locale) : null;
  return {
    result,
    rows,
    footer: footerOf(result, coverage, s),
    coverageText: coverageSentence(result, coverage, s),
    label: result && localized(result.label, s.locale),
  };
}
