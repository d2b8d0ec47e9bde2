import { type MetricUnit, withUnitWord } from '@servicescore/core';
import type { ServiceScore } from '../provider/service-score-provider';
import { defaultGaugeWidth, minGaugeWidth, valueParts } from './geometry';
import type { GaugeTextKey } from './gauge-texts';
import { type GaugeProblem, type ResolvedGauge, resolveGauge } from './resolve-gauge';
import type { GaugeStatus, GaugeTextPart, KpiGaugeOptions, KpiGaugeState } from './types';

/** What the gauge model needs of the settings: texts, numbers and the grade scale. */
export type GaugeSettings = Pick<
  ServiceScore<GaugeTextKey>,
  'locale' | 't' | 'format' | 'gradeScale' | 'precision'
>;

/** The parts of {@link KpiGaugeState} the model gives as they are. */
export type GaugeView = Pick<
  KpiGaugeState,
  | 'status'
  | 'value'
  | 'clampedValue'
  | 'min'
  | 'max'
  | 'unit'
  | 'direction'
  | 'tone'
  | 'gradeLabel'
  | 'classification'
  | 'insufficient'
  | 'range'
  | 'target'
  | 'valueText'
  | 'targetTickText'
  | 'minText'
  | 'maxText'
  | 'targetText'
  | 'notes'
  | 'label'
  | 'ariaValueText'
  | 'scale'
  | 'autoWidth'
  | 'locale'
>;

/** The gauge's display state without React: all that needs no measured width, tween or id. */
export interface KpiGaugeModel {
  view: GaugeView;
  /** The value formatted without its unit word ("91.2" of "91.2 分"), `null` without a value. */
  shownValue: string | null;
  /** The width in px when not `'auto'` (and the first width of an `'auto'` gauge). */
  fixedWidth: number;
  startAngle: number;
  endAngle: number;
  /** The bands to place on the arc. */
  bands: ResolvedGauge['bands'];
  /** Bad props to report, in order (none of the data props while loading). */
  problems: GaugeProblem[];
}

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
export function compactPrecision(value: number, unit: MetricUnit, most: number): number {
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
export function ariaNumber(value: number): number {
  return Number(value.toFixed(6)) || 0;
}

/**
 * The centre value's runs: the number's own ("93.5" "%", "3" "小时" …), then the unit word as one
 * small run; the whole text as one run without a value.
 */
export function gaugeValueParts(valueText: string, shownValue: string | null): GaugeTextPart[] {
  if (shownValue === null) return [{ text: valueText, unit: false }];
  const wordPart = valueText.slice(shownValue.length);
  return [...valueParts(shownValue), ...(wordPart ? [{ text: wordPart, unit: true }] : [])];
}

/**
 * The gauge's display state from its options, without React: resolves the unit, scale, rule and
 * bands (`resolveGauge`), classifies the value with the core's `classifyValue` and words it
 * (value with its unit word, grade, target, notes, the spoken text). Bad props are returned in
 * `problems`, never thrown.
 */
export function kpiGaugeModel(options: KpiGaugeOptions, s: GaugeSettings): KpiGaugeModel {
  const { locale, t, format } = s;
  const scale = options.scale ?? s.gradeScale;
  const r = resolveGauge(options, { locale, scale, scorePrecision: s.precision });
  const status: GaugeStatus = options.loading === true ? 'loading' : r.status;
  // While loading, the data props are placeholders: judge them once the data is there.
  const problems = status === 'loading' ? [] : r.problems;
  const { width } = options;
  let fixedWidth = defaultGaugeWidth;
  if (typeof width === 'number') {
    if (Number.isFinite(width) && width >= minGaugeWidth) fixedWidth = width;
    else
      problems.push({
        prop: 'width',
        value: width,
        rule: `width must be 'auto' or a number of px of at least ${minGaugeWidth}`,
        fallback: `using ${defaultGaugeWidth}`,
      });
  }
  const hasValue = status === 'value' && r.value !== null;
  const value = hasValue ? r.value : null;

  const most = r.precision ?? unitPrecision[r.unit];
  // "91.2" alone says nothing: the number gets its unit word, as "93.5%" and "2小时" carry theirs.
  const withUnit = (text: string) => withUnitWord(text, options.metric, r.unit, locale);
  // A zero duration at the scale's start reads "0", not "0秒" / "0 s".
  const bare = (v: number) =>
    r.unit === 'duration' && v === 0 ? '0' : format(v, r.unit, compactPrecision(v, r.unit, most));
  const shownValue = value === null ? null : format(value, r.unit, r.precision);
  const valueText =
    status === 'loading'
      ? t('loading')
      : status === 'invalid'
        ? t('gauge.invalid')
        : shownValue === null
          ? t('noData')
          : withUnit(shownValue);
  // A target means nothing next to an invalid or loading gauge; bounds neither.
  const bounded = status === 'value' || status === 'noData';
  const target = bounded ? r.target : null;
  const compactTarget = target === null ? null : withUnit(bare(target));

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
    if (grade !== null && compactTarget !== null)
      ariaValueText = t('gauge.valueText', { value: valueText, grade, target: compactTarget });
    else if (grade !== null)
      ariaValueText = t('gauge.valueTextWithoutTarget', { value: valueText, grade });
    else if (compactTarget !== null)
      ariaValueText = t('gauge.valueTextWithoutGrade', { value: valueText, target: compactTarget });
    if (r.range !== null)
      ariaValueText = t('gauge.withNote', {
        text: ariaValueText,
        note: t(r.range === 'over' ? 'overRange' : 'underRange'),
      });
  }

  return {
    view: {
      status,
      value,
      clampedValue: value === null ? null : Math.min(r.max, Math.max(r.min, value)),
      min: r.min,
      max: r.max,
      unit: r.unit,
      direction: r.direction,
      tone: hasValue ? r.tone : 'none',
      gradeLabel,
      classification: hasValue ? r.classification : null,
      insufficient: hasValue && r.insufficient,
      range: hasValue ? r.range : null,
      target,
      valueText,
      // The ends and the tick label stay short; the centre value and the legend carry the unit word.
      targetTickText: target === null ? null : bare(target),
      minText: bounded ? bare(r.min) : '',
      maxText: bounded ? bare(r.max) : '',
      targetText:
        compactTarget === null ? null : t('gauge.targetLegend', { target: compactTarget }),
      notes,
      label: r.label,
      ariaValueText,
      scale,
      autoWidth: width === 'auto',
      locale,
    },
    shownValue,
    fixedWidth,
    startAngle: r.startAngle,
    endAngle: r.endAngle,
    bands: r.bands,
    problems,
  };
}
