import { cx } from '../shared/class-names';
import { VisuallyHidden } from '../shared/visually-hidden';
import { DeltaIcon } from './delta-icon';
import type { KpiCardProps } from './kpi-card-types';
import { KpiSparkline } from './kpi-sparkline';
import { useKpiCard } from './use-kpi-card';

/**
 * One KPI as a card: value, delta vs the previous period toned by the metric's direction, target
 * attainment, sample size with an insufficient-sample hint, and an optional trend line. The root is
 * an `<article>` named by the label; every signal is text, colour only repeats it.
 *
 * @example
 * <KpiCard metric="csat" value={now.overall.csat} previous={before.overall.csat}
 *   target={serviceStandardTargets} trend={monthly.periods} />
 */
export function KpiCard(props: KpiCardProps) {
  const state = useKpiCard(props);
  const previousText = state.delta?.comparison ? state.delta.previousText : null;
  const sampleText = state.insufficientDetail ?? state.sampleSizeText;
  return (
    <article
      {...state.rootProps}
      className={cx('ss-widget ss-kpi-card', state.rootProps.className)}
    >
      <div className="ss-kpi-card__label" {...state.labelProps}>
        {state.label}
      </div>
      {state.status === 'loading' ? (
        <div className="ss-kpi-card__skeleton">
          <span className="ss-kpi-card__skeleton-bar" aria-hidden="true" />
          <span className="ss-kpi-card__loading">{state.loadingText}</span>
        </div>
      ) : (
        <>
          <div className="ss-kpi-card__value-row">
            <span
              className="ss-kpi-card__value"
              aria-hidden={state.value === null ? true : undefined}
              title={state.valueShortText === null ? undefined : state.valueText}
            >
              {state.valueShortText === null ? (
                state.valueText
              ) : (
                <>
                  <span aria-hidden="true">{state.valueShortText}</span>
                  <VisuallyHidden>{state.valueText}</VisuallyHidden>
                </>
              )}
            </span>
            {state.noDataText !== null && (
              <span className="ss-kpi-card__no-data">{state.noDataText}</span>
            )}
            {state.insufficientText !== null && (
              <span className="ss-kpi-card__insufficient" data-tone="none">
                {state.insufficientText}
              </span>
            )}
          </div>
          {state.delta !== null && (
            <p className="ss-kpi-card__delta" data-change={state.delta.change}>
              {state.delta.comparison !== null && <DeltaIcon sign={state.delta.sign} />}
              <span>{state.delta.text}</span>
            </p>
          )}
          {state.target !== null && (
            <p className="ss-kpi-card__target" data-status={state.target.status}>
              <span>{state.target.text}</span>
              <span className="ss-kpi-card__target-status">{state.target.statusText}</span>
            </p>
          )}
          {(previousText !== null || sampleText !== null) && (
            <p className="ss-kpi-card__meta">
              {previousText !== null && <span>{previousText}</span>}
              {sampleText !== null && <span>{sampleText}</span>}
            </p>
          )}
          {state.trend !== null &&
            (state.renderTrend ? (
              state.renderTrend(state.trend)
            ) : (
              <KpiSparkline {...state.trend} />
            ))}
        </>
      )}
      {state.children}
    </article>
  );
}
