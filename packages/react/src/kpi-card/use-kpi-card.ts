import { type HTMLAttributes, useId } from 'react';
import { useWidgetSettings } from '../provider/service-score-provider';
import type { HostAttributes } from '../shared/host-attributes';
import { cardTexts } from './card-texts';
import { type KpiCardModel, kpiCardModel } from './card-model';
import type { KpiCardOptions, KpiCardProps, KpiCardState } from './kpi-card-types';

/**
 * The root's props: the host's attributes first, then the card's own (named by its label, busy
 * while loading, theme, lang); the host's `className` last, for the component to add its own to.
 */
export function cardRootProps(
  host: HTMLAttributes<HTMLElement>,
  model: Pick<KpiCardModel, 'status' | 'insufficient'>,
  labelId: string,
  settings: { theme: string; locale: string },
): KpiCardState['rootProps'] {
  const { className, ...attributes } = host;
  const loading = model.status === 'loading';
  return {
    ...attributes,
    'aria-labelledby': labelId,
    'data-theme': settings.theme,
    'data-state': model.insufficient && !loading ? 'insufficient' : model.status,
    lang: settings.locale,
    ...(loading ? { 'aria-busy': true } : {}),
    className,
  };
}

/**
 * Turns a KPI value, its previous value, target and trend into display state and root props.
 * Takes `KpiCard`'s props: the card options are read (see `kpiCardModel`: every judgement is the
 * core's — the change and its tone from `compare`, so a rising MTTR is worsened, the target from
 * `checkTargets`, text from `formatValue` / `formatPeriod` / `t`), `renderTrend` and `children`
 * come back in the state, and any other attribute is passed on in `rootProps`. Invalid props log
 * one development error each and fall back (no-data value, no delta, no target).
 *
 * @example
 * const card = useKpiCard({ metric: 'csat', value: now.overall.csat, previous: before.overall.csat });
 * return (
 *   <article {...card.rootProps}>
 *     <h3 {...card.labelProps}>{card.label}</h3>
 *     <p>{card.valueText}</p>
 *   </article>
 * );
 */
export function useKpiCard(props: KpiCardProps): KpiCardState {
  const {
    metric,
    label,
    unit,
    direction,
    value,
    previous,
    target,
    trend,
    period,
    precision,
    loading,
    locale,
    renderTrend,
    children,
    ...host
  } = props;
  const settings = useWidgetSettings(locale, cardTexts);
  const labelId = useId();
  const model = kpiCardModel(props, settings);
  return {
    ...model,
    renderTrend,
    children,
    rootProps: cardRootProps(
      // Every option is destructured above: none reaches the DOM.
      host satisfies HostAttributes<typeof host, KpiCardOptions>,
      model,
      labelId,
      settings,
    ),
    labelProps: { id: labelId, title: model.label },
  };
}
