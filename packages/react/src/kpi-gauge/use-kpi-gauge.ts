import { type MetricUnit, withUnitWord } from '@servicescore/core';
import { useId, useMemo } from 'react';
import { useWidgetSettings } from '../provider/service-score-provider';
import { gaugeTexts } from './gauge-texts';
import { warnInvalidProp } from '../shared/dev';
import { defaultGaugeWidth, gaugeGeometry, minGaugeWidth, valueParts } from './geometry';
import { resolveGauge } from './resolve-gauge';
import type { KpiGaugeOptions, GaugeSegment, KpiGaugeState } from './types';
import { useMeasuredWidth } from './use-measured-width';
import { useTweenedValue } from './use-tweened-value';

// formatValue's default fraction digits, the most a compact bound or target shows.
const unitPrecision: Record<MetricUnit, number> = {
  ratio: 1,
  duration: 0,
  points: 0,
  count: 0,
  score: 1,
  number: 2,
};

/** Fewest decimals (up to `most`) that show `value` exactly: 0.95 → 0 ("95%"), 0.935 → 1. */
function compactPrecision(value: number, unit: MetricUnit, most: number): number {
  const shown = unit === 'ratio' ? value * 100 : value;
  for (let p = 0; p < most; p++) {
    const f = 10 ** p;
    if (Math.abs(Math.round(shown * f) / f - shown) <= 1e-9 * Math.max(1, Math.abs(shown)))
      return p;
  }
  return most;
}

/**
 * A number for `aria-value*`: rounded to 6 decimals, so it never prints in exponent notation
 * (`1e-12` is not a valid ARIA number), and a negative zero is 0.
 */
function ariaNumber(value: number): number {
  return Number(value.toFixed(6)) || 0;
}

/**
 * The gauge's state and ready-to-spread props: resolves the unit, scale, rule and bands (from
 * `rule`, from `metric` + `metricValue` via the catalogue and afterSalesTemplate, or from `bands`),
 * classifies the value with the core's `classifyValue` and places `bandSegments` on the arc. Bad
 * props log one development error each (`warnInvalidProp`) and give the invalid state; nothing
 * throws. The root is a `meter` with `aria-valuenow` (clamped to the scale), `aria-valuemin`,
 * `aria-valuemax` and `aria-valuetext` ("93.5%，良好，目标 95%"), named by the visible label; without
 * a value it is a `group` (busy while loading).
 *
 * @example
 * const gauge = useKpiGauge({ metric: 'csat', metricValue: evaluation.overall.csat, target: 0.95 });
 * return <div {...gauge.rootProps}><span {...gauge.labelProps}>{gauge.label}</span>{gauge.ariaValueText}</div>;
 */
export function useKpiGauge(options: KpiGaugeOptions): KpiGaugeState {
  const {
    locale,
    theme,
    gradeScale,
    precision: scorePrecision,
    t,
    format,
  } = useWidgetSettings(options.locale, gaugeTexts);
  const scale = options.scale ?? gradeScale;
  const r = resolveGauge(options, { locale, scale, scorePrecision });
  const loading = options.loading === true;
  // While loading, the props are placeholders: judge them once the data is there.
  if (!loading)
    for (const p of r.problems) warnInvalidProp('KpiGauge', p.prop, p.value, p.rule, p.fallback);

  const auto = options.width === 'auto';
  let fixedWidth = defaultGaugeWidth;
  if (typeof options.width === 'number') {
    if (Number.isFinite(options.width) && options.width >= minGaugeWidth)
      fixedWidth = options.width;
    else
      warnInvalidProp(
        'KpiGauge',
        'width',
        options.width,
        `width must be 'auto' or a number of px of at least ${minGaugeWidth}`,
        `using ${defaultGaugeWidth}`,
      );
  }
  const [measured, measureRef] = useMeasuredWidth(auto);
  const width = auto && measured !== null ? Math.max(minGaugeWidth, measured) : fixedWidth;

  const status = loading ? 'loading' : r.status;
  const hasValue = status === 'value' && r.value !== null;
  const value = hasValue ? r.value : null;
  const clampedValue = value === null ? null : Math.min(r.max, Math.max(r.min, value));
  const animatedValue = useTweenedValue(clampedValue);

  const most = r.precision ?? unitPrecision[r.unit];
  // "91.2" alone says nothing: the number gets its unit word, as "93.5%" and "2小时" carry theirs.
  const withUnit = (text: string) => withUnitWord(text, options.metric, r.unit, locale);
  // A zero duration at the scale's start reads "0", not "0秒" / "0 s".
  const bare = (v: number) =>
    r.unit === 'duration' && v === 0 ? '0' : format(v, r.unit, compactPrecision(v, r.unit, most));
  const compact = (v: number) => withUnit(bare(v));
  const valueText =
    status === 'loading'
      ? t('loading')
      : status === 'invalid'
        ? t('gauge.invalid')
        : value === null
          ? t('noData')
          : withUnit(format(value, r.unit, r.precision));
  // A target means nothing next to an invalid or loading gauge.
  const target = status === 'value' || status === 'noData' ? r.target : null;
  const targetText = target === null ? null : t('gauge.targetLegend', { target: compact(target) });

  const gradeLabel =
    hasValue && r.classification
      ? (scale.find((g) => g.id === r.classification!.tone)?.label[locale] ?? null)
      : null;
  const grade = r.insufficient ? t('insufficientSample') : gradeLabel;
  const notes: string[] = [];
  if (hasValue && r.range === 'over') notes.push(t('overRange'));
  if (hasValue && r.range === 'under') notes.push(t('underRange'));
  if (r.direction === 'lower') notes.push(t('direction.lower'));

  let ariaValueText = valueText;
  if (hasValue) {
    const shownTarget = target === null ? null : compact(target);
    if (grade !== null && shownTarget !== null)
      ariaValueText = t('gauge.valueText', { value: valueText, grade, target: shownTarget });
    else if (grade !== null)
      ariaValueText = t('gauge.valueTextWithoutTarget', { value: valueText, grade });
    else if (shownTarget !== null)
      ariaValueText = t('gauge.valueTextWithoutGrade', { value: valueText, target: shownTarget });
    if (r.range !== null)
      ariaValueText = t('gauge.withNote', {
        text: ariaValueText,
        note: t(r.range === 'over' ? 'overRange' : 'underRange'),
      });
  }

  const { min, max, startAngle, endAngle } = r;
  // Bounds mean nothing while loading or for invalid props.
  const bounded = status === 'value' || status === 'noData';
  // The ends and the tick label stay short; the centre value and the legend carry the unit word.
  const minText = bounded ? bare(min) : '';
  const maxText = bounded ? bare(max) : '';
  // The number's own runs ("93.5" "%", "3" "小时" …), then the unit word as one small run.
  const parts = useMemo(() => {
    if (!hasValue) return [{ text: valueText, unit: false }];
    const shown = format(value, r.unit, r.precision);
    const wordPart = valueText.slice(shown.length);
    return [...valueParts(shown), ...(wordPart ? [{ text: wordPart, unit: true }] : [])];
  }, [hasValue, valueText, format, value, r.unit, r.precision]);
  const targetTickText = target === null ? null : bare(target);
  const geometry = useMemo(
    () =>
      gaugeGeometry(
        width,
        startAngle,
        endAngle,
        [min, max],
        { value: parts, min: minText, max: maxText },
        target === null || targetTickText === null ? null : { value: target, text: targetTickText },
      ),
    [width, startAngle, endAngle, min, max, parts, minText, maxText, target, targetTickText],
  );
  const segments: GaugeSegment[] = r.bands.map((b) => ({
    from: b.from,
    to: b.to,
    tone: b.tone,
    startAngle: geometry.angleOf(b.from),
    endAngle: geometry.angleOf(b.to),
  }));

  const labelId = `${useId()}label`;
  const labelled = r.label !== null ? labelId : undefined;
  const rootProps: KpiGaugeState['rootProps'] = {
    'data-theme': theme,
    'data-tone': hasValue ? r.tone : 'none',
    'data-state': status,
    lang: locale,
    ref: auto ? measureRef : undefined,
    style: auto ? undefined : { width },
    ...(hasValue
      ? {
          role: 'meter',
          'aria-valuenow': ariaNumber(clampedValue!),
          'aria-valuemin': ariaNumber(min),
          'aria-valuemax': ariaNumber(max),
          'aria-valuetext': ariaValueText,
          'aria-labelledby': labelled,
        }
      : { role: 'group', 'aria-labelledby': labelled, 'aria-busy': loading || undefined }),
  };

  return {
    status,
    value,
    clampedValue,
    animatedValue,
    min,
    max,
    unit: r.unit,
    direction: r.direction,
    tone: hasValue ? r.tone : 'none',
    gradeLabel,
    classification: hasValue ? r.classification : null,
    insufficient: hasValue && r.insufficient,
    range: hasValue ? r.range : null,
    target,
    segments,
    geometry,
    valueText,
    valueParts: parts,
    targetTickText,
    minText,
    maxText,
    targetText,
    notes,
    label: r.label,
    locale,
    ariaValueText,
    rootProps,
    labelProps: { id: labelId, title: r.label ?? undefined },
    svgProps: {
      width: geometry.width,
      height: geometry.height,
      viewBox: `0 0 ${geometry.width} ${geometry.height}`,
      'aria-hidden': true,
      focusable: 'false',
    },
  };
}
