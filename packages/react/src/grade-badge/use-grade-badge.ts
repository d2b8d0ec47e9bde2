import type { HostAttributes } from '../shared/host-attributes';
import {
  type GradeId,
  type GradeResult,
  type GradeScale,
  gradeOf,
  type Locale,
  type ScorecardResult,
  commonMessages,
  formatScore,
  validateGradeScale,
} from '@servicescore/core';
import type { HTMLAttributes } from 'react';
import { useWidgetText } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import type { Tone } from '../shared/tone-icon';

/** What a badge needs of a scored scorecard (see {@link GradeBadgeOptions.result}). */
export type GradedTotal = Pick<ScorecardResult, 'total' | 'grade' | 'gradeStatus' | 'coverage'>;

/** Options of {@link useGradeBadge} and `GradeBadge`. */
export interface GradeBadgeOptions {
  /**
   * A scored scorecard's total: its own grade, or — when it is not graded for lack of coverage —
   * "数据不足（覆盖 37%）". Never re-grades the total, so a badge cannot grade data the host never
   * gave. Wins over `grade`, `score`, `insufficient` and `coverage`; `showScore` shows its total.
   */
  result?: GradedTotal | null | undefined;
  /** The grade to show (an id or a `gradeOf` result). Wins over `score`. */
  grade?: GradeId | GradeResult | null | undefined;
  /** A 0–100 score to grade with the provider's (or `scale`) grade scale. */
  score?: number | null | undefined;
  /** Show "样本不足 / Insufficient sample" instead of a grade. @default false */
  insufficient?: boolean | undefined;
  /**
   * With `insufficient`: the share of the weight with data (0–1) of a total not graded for lack of
   * coverage (`ScorecardResult.coverage` when `gradeStatus` is `'insufficientCoverage'`); the badge
   * then reads "数据不足（覆盖 37%）/ Insufficient data (coverage 37%)".
   */
  coverage?: number | null | undefined;
  /** Append the rounded score after the label ("良好 85.0"). @default false */
  showScore?: boolean | undefined;
  /** @default the provider's grade scale */
  scale?: GradeScale | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
  /** @default 'md' */
  size?: 'sm' | 'md' | 'lg' | undefined;
}

/**
 * Props of `GradeBadge` and {@link useGradeBadge}: the grading options and any `<span>` attribute
 * (the hook hands the attributes back in `badgeProps`).
 */
export interface GradeBadgeProps
  extends GradeBadgeOptions,
    Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {}

/** What {@link useGradeBadge} returns. */
export interface GradeBadgeState {
  tone: Tone;
  /** Localized grade label, or the insufficient / no-data text. */
  label: string;
  /** The formatted score when asked for and known. */
  scoreText: string | null;
  /** The `size` option, for the root's class. */
  size: 'sm' | 'md' | 'lg';
  /** Spread on the badge's root element: the host's attributes (its `className` too), then the hook's. */
  badgeProps: HTMLAttributes<HTMLSpanElement> & { 'data-tone': Tone; 'data-theme': string };
}

// The host's bundler replaces `process.env.NODE_ENV`; a page without a bundler has no `process`.
declare const process: { env: Record<string, string | undefined> } | undefined;

const gradeIds: readonly string[] = ['excellent', 'good', 'pass', 'needsImprovement'];

/** The `scale` prop when it is a valid grade scale, else (with one development warning) the provider's. */
function usableScale(scale: GradeScale | undefined, fallback: GradeScale): GradeScale {
  if (scale === undefined) return fallback;
  const check = validateGradeScale(scale);
  if (check.valid) return scale;
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
    warnInvalidProp(
      'GradeBadge',
      'scale',
      scale,
      check.issues.join(' '),
      "using the provider's grade scale",
    );
  return fallback;
}

/**
 * Turns a grade or a score into a tone, a localized label and root props. Grading goes through the
 * core's `gradeOf`, with the display rounding rule, so a badge never disagrees with a gauge or a
 * table cell. Invalid input (an unknown grade id, a NaN score) logs one development error and shows
 * the no-data state. Takes the component's props: the options are read, every other attribute is
 * handed back in `badgeProps`.
 *
 * @example
 * const badge = useGradeBadge({ score: 86.4, showScore: true });
 * return <span {...badge.badgeProps}>{badge.label} {badge.scoreText}</span>; // "良好 86.4"
 */
export function useGradeBadge(props: GradeBadgeProps): GradeBadgeState {
  let {
    result,
    grade: given,
    score,
    insufficient,
    coverage,
    showScore,
    scale: scaleProp,
    locale: localeProp,
    size = 'md',
    ...rest
  } = props;
  // A scored total wins over `grade`, `score`, `insufficient` and `coverage`.
  if (result) {
    given = result.grade;
    score = result.total;
    insufficient = result.gradeStatus === 'insufficientCoverage';
    coverage = result.coverage;
  }
  const { t, theme, gradeScale, precision, locale } = useWidgetText(localeProp, commonMessages);
  const scale = usableScale(scaleProp, gradeScale);
  let tone: Tone = 'none';
  let label = t('noData');
  let scoreText: string | null = null;
  let grade: GradeResult | null = null;
  // 1: unknown grade id, 2: grade not on the scale, 3: score not finite.
  let problem: 0 | 1 | 2 | 3 = 0;
  let bad: unknown;

  if (insufficient) {
    label =
      typeof coverage === 'number' && coverage >= 0 && coverage <= 1
        ? // Whole percent, written alike in zh-CN and en-US ("37%").
          t('insufficientCoverage', { coverage: `${Math.round(coverage * 100)}%` })
        : t('insufficientSample');
  } else if (given != null) {
    const id = typeof given === 'string' ? given : given.id;
    bad = id;
    if (typeof id === 'string' && gradeIds.includes(id)) {
      const entry = scale.find((g) => g.id === id);
      grade =
        typeof given !== 'string'
          ? given
          : entry
            ? { id: entry.id, min: entry.min, max: null, label: entry.label }
            : null;
      if (grade === null) problem = 2;
    } else problem = 1;
  } else if (score != null) {
    if (Number.isFinite(score) && score >= 0 && score <= 100)
      grade = gradeOf(score, scale, { precision });
    else {
      problem = 3;
      bad = score;
    }
  }
  // Development only, written as the expression bundlers replace, so a production build drops
  // the texts and the logger.
  if (problem && typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnInvalidProp(
      'GradeBadge',
      problem === 3 ? 'score' : 'grade',
      bad,
      problem === 1
        ? `grade must be one of ${gradeIds.join(', ')}`
        : problem === 2
          ? 'the grade is not on the grade scale'
          : 'score must be a finite number from 0 to 100',
      'showing no grade',
    );
  }
  if (grade !== null) {
    tone = grade.id;
    label = grade.label[locale];
    if (showScore && score != null && Number.isFinite(score))
      scoreText = formatScore(score, locale, precision);
  }

  return {
    tone,
    label,
    scoreText,
    size,
    badgeProps: {
      ...(rest satisfies HostAttributes<typeof rest, GradeBadgeOptions>),
      'data-tone': tone,
      'data-theme': theme,
      lang: locale,
    },
  };
}
