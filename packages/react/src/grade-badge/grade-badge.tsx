import { cx } from '../shared/class-names';
import { ToneIcon } from '../shared/tone-icon';
import { type GradeBadgeProps, useGradeBadge } from './use-grade-badge';

/**
 * A grade (优秀 / 良好 / 合格 / 待改进) as a toned badge with a shape per grade, so colour is
 * never the only signal. Give `grade`, or a `score` to grade; a total not graded for lack of
 * coverage shows as `insufficient` with its `coverage`.
 *
 * @example
 * <GradeBadge score={result.total} showScore />
 * <GradeBadge result={scoreScorecard(template, values)} showScore /> // "数据不足（覆盖 37%）" below minCoverage
 */
export function GradeBadge(props: GradeBadgeProps) {
  const state = useGradeBadge(props);
  return (
    <span
      {...state.badgeProps}
      className={cx(
        'ss-widget ss-grade-badge',
        `ss-grade-badge--${state.size}`,
        state.badgeProps.className,
      )}
    >
      <ToneIcon tone={state.tone} />
      <span className="ss-grade-badge__label" title={state.label}>
        {state.label}
      </span>
      {state.scoreText !== null && <span className="ss-grade-badge__score">{state.scoreText}</span>}
    </span>
  );
}
