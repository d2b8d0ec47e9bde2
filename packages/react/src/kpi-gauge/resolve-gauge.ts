import {
  afterSalesMaxPoints,
  afterSalesRuleOf,
  bandSegments,
  type Classification,
  classifyValue,
  type GradeScale,
  getMetricMeta,
  type Locale,
  type MetricDirection,
  type MetricMeta,
  type MetricUnit,
  type ScoringRule,
} from '@servicescore/core';
import type { Tone } from '../shared/tone-icon';
import { gaugeDomain } from './domain';
import type { GaugeBand, KpiGaugeOptions } from './types';

/** One bad prop: reported once with `warnInvalidProp`. */
export interface GaugeProblem {
  prop: string;
  value: unknown;
  rule: string;
  fallback: string;
}

/** The gauge's inputs after defaults, lookups and checks; no React, no text. */
export interface ResolvedGauge {
  status: 'value' | 'noData' | 'invalid';
  value: number | null;
  min: number;
  max: number;
  unit: MetricUnit;
  direction: MetricDirection | null;
  rule: ScoringRule | null;
  classification: Classification | null;
  tone: Tone;
  insufficient: boolean;
  range: 'over' | 'under' | null;
  target: number | null;
  bands: readonly GaugeBand[];
  label: string | null;
  precision: number | undefined;
  startAngle: number;
  endAngle: number;
  problems: GaugeProblem[];
}

const units: readonly MetricUnit[] = ['ratio', 'duration', 'points', 'count', 'score', 'number'];
const tones: readonly Tone[] = ['excellent', 'good', 'pass', 'needsImprovement', 'none'];
const invalidState = 'showing the invalid state';

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Why `bands` is unusable, or `null` when it is fine. */
function bandsProblem(bands: unknown, min: number, max: number): string | null {
  if (!Array.isArray(bands) || bands.length === 0) return 'bands must be a non-empty array';
  const sorted = [...(bands as GaugeBand[])].sort((a, b) => a?.from - b?.from);
  for (let i = 0; i < sorted.length; i++) {
    const band = sorted[i]!;
    if (!band || !isFiniteNumber(band.from) || !isFiniteNumber(band.to) || !(band.from < band.to))
      return 'every band needs finite `from` < `to`';
    if (!tones.includes(band.tone)) return `every band's tone must be one of ${tones.join(', ')}`;
    if (band.from < min || band.to > max)
      return `every band must lie inside [min, max] = [${min}, ${max}]`;
    const prev = sorted[i - 1];
    if (prev && band.from < prev.to) return 'bands must not overlap';
  }
  return null;
}

/**
 * Applies the gauge's defaults and checks its props (see `KpiGaugeOptions` for each rule). Problems
 * are collected, never thrown: a blocking one makes the status `invalid`; others fall back (a bad
 * target is left out, bad angles become the 240° default) and are reported.
 */
export function resolveGauge(
  options: KpiGaugeOptions,
  context: { locale: Locale; scale: GradeScale; scorePrecision: number },
): ResolvedGauge {
  const problems: GaugeProblem[] = [];
  let invalid = false;
  const block = (prop: string, value: unknown, rule: string) => {
    problems.push({ prop, value, rule, fallback: invalidState });
    invalid = true;
  };

  let metric: MetricMeta | null = null;
  if (options.metric !== undefined) {
    metric = getMetricMeta(options.metric) ?? null;
    if (!metric)
      block('metric', options.metric, 'it must be a catalogue metric id (see getMetric)');
  }
  const mv = options.metricValue ?? null;
  if (mv && metric && mv.metricId !== metric.id) {
    problems.push({
      prop: 'metricValue',
      value: mv.metricId,
      rule: `its metricId must match metric (${metric.id})`,
      fallback: 'showing it anyway',
    });
  }

  let unit = options.unit ?? metric?.unit ?? mv?.unit ?? 'number';
  if (!units.includes(unit)) {
    block('unit', unit, `unit must be one of ${units.join(', ')}`);
    unit = 'number';
  }

  // The afterSalesTemplate rule of the indicator fed by this metric (only the rules, not the
  // template's texts); every indicator of that template scores out of afterSalesMaxPoints.
  const rule =
    options.rule ?? (options.metric !== undefined ? afterSalesRuleOf(options.metric) : null);
  let maxPoints = options.maxPoints ?? afterSalesMaxPoints;
  if (!isFiniteNumber(maxPoints) || maxPoints <= 0) {
    problems.push({
      prop: 'maxPoints',
      value: options.maxPoints,
      rule: 'maxPoints must be a finite number above 0',
      fallback: 'using 10',
    });
    maxPoints = 10;
  }

  let target = options.target ?? null;
  if (target !== null && !isFiniteNumber(target)) {
    problems.push({
      prop: 'target',
      value: target,
      rule: 'target must be a finite number',
      fallback: 'drawing no target',
    });
    target = null;
  }

  const raw = options.value !== undefined ? options.value : (mv?.value ?? null);
  if (raw !== null && !isFiniteNumber(raw))
    block('value', raw, 'value must be a finite number, or null for no data');

  // The scale: explicit ends win; the rest is fitted to the bands, the value and the target.
  const { min, max } = options;
  const usableBands =
    Array.isArray(options.bands) &&
    options.bands.every((b) => b && isFiniteNumber(b.from) && isFiniteNumber(b.to))
      ? options.bands
      : undefined;
  const [autoMin, autoMax] = gaugeDomain({
    unit,
    rule,
    bands: usableBands,
    direction: metric?.direction,
    value: isFiniteNumber(raw) ? raw : null,
    target: isFiniteNumber(target) ? target : null,
    min: isFiniteNumber(min) ? min : undefined,
    max: isFiniteNumber(max) ? max : undefined,
  });
  if (min !== undefined && !isFiniteNumber(min)) block('min', min, 'min must be a finite number');
  else if (max !== undefined && (!isFiniteNumber(max) || !(max > autoMin)))
    block('max', max, `max must be a finite number greater than min (${autoMin})`);
  else if (min !== undefined && !(autoMax > min))
    block('min', min, `min must be less than max (${autoMax})`);
  const safeMin = isFiniteNumber(autoMin) ? autoMin : 0;
  const safeMax = isFiniteNumber(autoMax) && autoMax > safeMin ? autoMax : safeMin + 1;

  if (options.bands !== undefined && !invalid) {
    const why = bandsProblem(options.bands, safeMin, safeMax);
    if (why) block('bands', options.bands, why);
  }

  let precision = options.precision;
  if (
    precision !== undefined &&
    !(Number.isInteger(precision) && precision >= 0 && precision <= 20)
  ) {
    problems.push({
      prop: 'precision',
      value: precision,
      rule: 'precision must be an integer from 0 to 20',
      fallback: "using the unit's default",
    });
    precision = undefined;
  }

  let startAngle = options.startAngle ?? -120;
  let endAngle = options.endAngle ?? 120;
  if (
    !isFiniteNumber(startAngle) ||
    !isFiniteNumber(endAngle) ||
    !(endAngle > startAngle) ||
    endAngle - startAngle > 360
  ) {
    problems.push({
      prop: 'endAngle',
      value: endAngle,
      rule: `endAngle must be greater than startAngle (${startAngle}) and at most 360° further`,
      fallback: 'drawing the default 240° arc',
    });
    startAngle = -120;
    endAngle = 120;
  }

  const label = options.label ?? metric?.label[context.locale] ?? null;
  const base = {
    min: safeMin,
    max: safeMax,
    unit,
    direction: metric?.direction ?? null,
    rule,
    target,
    label,
    precision,
    startAngle,
    endAngle,
    problems,
  };
  if (invalid) {
    return {
      ...base,
      status: 'invalid',
      value: null,
      classification: null,
      tone: 'none',
      insufficient: false,
      range: null,
      bands: [],
    };
  }

  const classifyOptions = { maxPoints, scale: context.scale, precision: context.scorePrecision };
  let bands: readonly GaugeBand[] = options.bands ?? [];
  if (options.bands === undefined && rule) {
    try {
      bands = bandSegments(rule, [safeMin, safeMax], classifyOptions);
    } catch (error) {
      problems.push({
        prop: 'rule',
        value: rule,
        rule: String((error as Error).message),
        fallback: 'drawing no bands',
      });
    }
  }

  const value = raw as number | null;
  const insufficient = value !== null && mv !== null && mv.sufficient === false;
  let classification: Classification | null = null;
  if (value !== null && rule && !insufficient) {
    try {
      classification = classifyValue(value, rule, classifyOptions);
    } catch (error) {
      problems.push({
        prop: 'rule',
        value: rule,
        rule: String((error as Error).message),
        fallback: 'showing no grade',
      });
    }
  }
  return {
    ...base,
    status: value === null ? 'noData' : 'value',
    value,
    classification,
    tone: classification?.tone ?? 'none',
    insufficient,
    range: value === null ? null : value > safeMax ? 'over' : value < safeMin ? 'under' : null,
    bands,
  };
}
