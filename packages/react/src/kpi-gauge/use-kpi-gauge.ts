import { type HTMLAttributes, type RefCallback, useId, useMemo } from 'react';
import { useWidgetSettings } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import type { HostAttributes } from '../shared/host-attributes';
import { ariaNumber, type GaugeView, gaugeValueParts, kpiGaugeModel } from './gauge-model';
import { gaugeTexts } from './gauge-texts';
import { gaugeGeometry, minGaugeWidth } from './geometry';
import type { GaugeSegment, KpiGaugeOptions, KpiGaugeProps, KpiGaugeState } from './types';
import { useMeasuredWidth } from './use-measured-width';
import { useTweenedValue } from './use-tweened-value';

/**
 * The root's props: the host's attributes first, then the gauge's own (theme, tone, state, lang,
 * the measuring ref, the width, and role `meter` with `aria-value*` or a busy / no-data `group`
 * named by the label). The host's `style` wins over the gauge's width; its `className` comes
 * last, for the component to add the widget's own to.
 */
export function gaugeRootProps(
  host: HTMLAttributes<HTMLDivElement>,
  view: GaugeView,
  theme: string,
  width: number,
  measureRef: RefCallback<HTMLElement>,
  labelId: string,
): KpiGaugeState['rootProps'] {
  const { className, style, ...attributes } = host;
  const auto = view.autoWidth;
  const labelled = view.label !== null ? labelId : undefined;
  return {
    ...attributes,
    'data-theme': theme,
    'data-tone': view.tone,
    'data-state': view.status,
    lang: view.locale,
    ref: auto ? measureRef : undefined,
    style: { ...(auto ? undefined : { width }), ...style },
    ...(view.status === 'value'
      ? {
          role: 'meter',
          'aria-valuenow': ariaNumber(view.clampedValue!),
          'aria-valuemin': ariaNumber(view.min),
          'aria-valuemax': ariaNumber(view.max),
          'aria-valuetext': view.ariaValueText,
          'aria-labelledby': labelled,
        }
      : {
          role: 'group',
          'aria-labelledby': labelled,
          'aria-busy': view.status === 'loading' || undefined,
        }),
    className,
  };
}

/**
 * The gauge's state and ready-to-spread props. Takes `KpiGauge`'s props: the gauge options are
 * read by `kpiGaugeModel` (unit, scale, rule and bands from `rule`, from `metric` + `metricValue`
 * via the catalogue and afterSalesTemplate, or from `bands`; the value classified with the core's
 * `classifyValue`), `children` comes back in the state, and any other attribute is passed on in
 * `rootProps`. Bad props log one development error each (`warnInvalidProp`) and give the invalid
 * state; nothing throws. The root is a `meter` with `aria-valuenow` (clamped to the scale),
 * `aria-valuemin`, `aria-valuemax` and `aria-valuetext` ("93.5%，良好，目标 95%"), named by the
 * visible label; without a value it is a `group` (busy while loading).
 *
 * @example
 * const gauge = useKpiGauge({ metric: 'csat', metricValue: evaluation.overall.csat, target: 0.95 });
 * return <div {...gauge.rootProps}><span {...gauge.labelProps}>{gauge.label}</span>{gauge.ariaValueText}</div>;
 */
export function useKpiGauge(props: KpiGaugeProps): KpiGaugeState {
  const {
    value,
    min,
    max,
    unit,
    bands,
    rule,
    maxPoints,
    target,
    label,
    metric,
    metricValue,
    startAngle,
    endAngle,
    width,
    loading,
    locale,
    precision,
    scale,
    children,
    ...host
  } = props;
  const settings = useWidgetSettings(locale, gaugeTexts);
  const model = kpiGaugeModel(props, settings);
  for (const p of model.problems) warnInvalidProp('KpiGauge', p.prop, p.value, p.rule, p.fallback);

  const { view } = model;
  const [measured, measureRef] = useMeasuredWidth(view.autoWidth);
  const drawnWidth =
    view.autoWidth && measured !== null ? Math.max(minGaugeWidth, measured) : model.fixedWidth;
  const animatedValue = useTweenedValue(view.clampedValue);
  const parts = useMemo(
    () => gaugeValueParts(view.valueText, model.shownValue),
    [view.valueText, model.shownValue],
  );
  const geometry = useMemo(
    () =>
      gaugeGeometry(
        drawnWidth,
        model.startAngle,
        model.endAngle,
        [view.min, view.max],
        { value: parts, min: view.minText, max: view.maxText },
        view.target === null || view.targetTickText === null
          ? null
          : { value: view.target, text: view.targetTickText },
      ),
    [
      drawnWidth,
      model.startAngle,
      model.endAngle,
      view.min,
      view.max,
      parts,
      view.minText,
      view.maxText,
      view.target,
      view.targetTickText,
    ],
  );
  const segments: GaugeSegment[] = model.bands.map((b) => ({
    from: b.from,
    to: b.to,
    tone: b.tone,
    startAngle: geometry.angleOf(b.from),
    endAngle: geometry.angleOf(b.to),
  }));

  const labelId = `${useId()}label`;
  return {
    ...view,
    animatedValue,
    segments,
    geometry,
    valueParts: parts,
    children,
    rootProps: gaugeRootProps(
      // Every option is destructured above: none reaches the DOM.
      host satisfies HostAttributes<typeof host, KpiGaugeOptions>,
      view,
      settings.theme,
      drawnWidth,
      measureRef,
      labelId,
    ),
    labelProps: { id: labelId, title: view.label ?? undefined },
    svgProps: {
      width: geometry.width,
      height: geometry.height,
      viewBox: `0 0 ${geometry.width} ${geometry.height}`,
      'aria-hidden': true,
      focusable: 'false',
    },
  };
}
