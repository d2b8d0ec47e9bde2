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
import { type GaugeDomainInput, gaugeDomain } from './domain';
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

/** Reports a problem; without a fallback it blocks drawing (the gauge shows the invalid state). */
const report = (
  problems: GaugeProblem[],
  prop: string,
  value: unknown,
  rule: string,
  fallback = invalidState,
) => {
  problems.push({ prop, value, rule, fallback });
};

/** Whether one of the problems blocks drawing. */
const blocked = (problems: readonly GaugeProblem[]) =>
  problems.some((p) => p.fallback === invalidState);

/** The scale: explicit ends win; the rest is fitted (`gaugeDomain`) to the bands, value and target. */
function resolveScale(
  options: KpiGaugeOptions,
  fit: Omit<GaugeDomainInput, 'bands' | 'min' | 'max'>,
  problems: GaugeProblem[],
): [number, number] {
  const { min, max, bands } = options;
  const usableBands =
    Array.isArray(bands) && bands.every((b) => b && isFiniteNumber(b.from) && isFiniteNumber(b.to))
      ? bands
      : undefined;
  const [autoMin, autoMax] = gaugeDomain({
    ...fit,
    bands: usableBands,
    min: isFiniteNumber(min) ? min : undefined,
    max: isFiniteNumber(max) ? max : undefined,
  });
  if (min !== undefined && !isFiniteNumber(min))
    report(problems, 'min', min, 'min must be a finite number');
  else if (max !== undefined && (!isFiniteNumber(max) || !(max > autoMin)))
    report(problems, 'max', max, `max must be a finite number greater than min (${autoMin})`);
  else if (min !== undefined && !(autoMax > min))
    report(problems, 'min', min, `min must be less than max (${autoMax})`);
  const safeMin = isFiniteNumber(autoMin) ? autoMin : 0;
  const safeMax = isFiniteNumber(autoMax) && autoMax > safeMin ? autoMax : safeMin + 1;

  if (bands !== undefined && !blocked(problems)) {
    const why = bandsProblem(bands, safeMin, safeMax);
    if (why) report(problems, 'bands', bands, why);
  }
  return [safeMin, safeMax];
}

/** The value's precision and the arc's angles; bad ones fall back to the defaults. */
function resolveDrawing(
  options: KpiGaugeOptions,
  problems: GaugeProblem[],
): Pick<ResolvedGauge, 'precision' | 'startAngle' | 'endAngle'> {
  let precision = options.precision;
  if (
    precision !== undefined &&
    !(Number.isInteger(precision) && precision >= 0 && precision <= 20)
  ) {
    report(
      problems,
      'precision',
      precision,
      'precision must be an integer from 0 to 20',
      "using the unit's default",
    );
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
    report(
      problems,
      'endAngle',
      endAngle,
      `endAngle must be greater than startAngle (${startAngle}) and at most 360° further`,
      'drawing the default 240° arc',
    );
    startAngle = -120;
    endAngle = 120;
  }
  return { precision, startAngle, endAngle };
}

/** The bands to draw (the host's, else the rule's segments) and the value's grade by the rule. */
function gradeValue(
  value: number | null,
  rule: ScoringRule | null,
  bands: readonly GaugeBand[] | undefined,
  domain: [number, number],
  classifyOptions: { maxPoints: number; scale: GradeScale; precision: number },
  problems: GaugeProblem[],
): { bands: readonly GaugeBand[]; classification: Classification | null } {
  let drawn: readonly GaugeBand[] = bands ?? [];
  if (bands === undefined && rule) {
    try {
      drawn = bandSegments(rule, domain, classifyOptions);
    } catch (error) {
      report(problems, 'rule', rule, String((error as Error).message), 'drawing no bands');
    }
  }
  let classification: Classification | null = null;
  if (value !== null && rule) {
    try {
      classification = classifyValue(value, rule, classifyOptions);
    } catch (error) {
      report(problems, 'rule', rule, String((error as Error).message), 'showing no grade');
    }
  }
  return { bands: drawn, classification };
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
  let metric: MetricMeta | null = null;
  if (options.metric !== undefined) {
    metric = getMetricMeta(options.metric) ?? null;
    if (!metric)
      report(
        problems,
        'metric',
        options.metric,
        'it must be a catalogue metric id (see getMetric)',
      );
  }
  const mv = options.metricValue ?? null;
  if (mv && metric && mv.metricId !== metric.id)
    report(
      problems,
      'metricValue',
      mv.metricId,
      `its metricId must match metric (${metric.id})`,
      'showing it anyway',
    );

  let unit = options.unit ?? metric?.unit ?? mv?.unit ?? 'number';
  if (!units.includes(unit)) {
    report(problems, 'unit', unit, `unit must be one of ${units.join(', ')}`);
    unit = 'number';
  }

  // The afterSalesTemplate rule of the indicator fed by this metric (only the rules, not the
  // template's texts); every indicator of that template scores out of afterSalesMaxPoints.
  const rule =
    options.rule ?? (options.metric !== undefined ? afterSalesRuleOf(options.metric) : null);
  let maxPoints = options.maxPoints ?? afterSalesMaxPoints;
  if (!isFiniteNumber(maxPoints) || maxPoints <= 0) {
    report(
      problems,
      'maxPoints',
      options.maxPoints,
      'maxPoints must be a finite number above 0',
      'using 10',
    );
    maxPoints = 10;
  }

  let target = options.target ?? null;
  if (target !== null && !isFiniteNumber(target)) {
    report(problems, 'target', target, 'target must be a finite number', 'drawing no target');
    target = null;
  }

  const raw = options.value !== undefined ? options.value : (mv?.value ?? null);
  if (raw !== null && !isFiniteNumber(raw))
    report(problems, 'value', raw, 'value must be a finite number, or null for no data');

  const domain = resolveScale(
    options,
    {
      unit,
      rule,
      direction: metric?.direction,
      value: isFiniteNumber(raw) ? raw : null,
      target: isFiniteNumber(target) ? target : null,
    },
    problems,
  );
  const [min, max] = domain;
  const base = {
    min,
    max,
    unit,
    direction: metric?.direction ?? null,
    rule,
    target,
    label: options.label ?? metric?.label[context.locale] ?? null,
    ...resolveDrawing(options, problems),
    problems,
  };
  if (blocked(problems))
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

  const value = raw as number | null;
  const insufficient = value !== null && mv !== null && mv.sufficient === false;
  const classifyOptions = { maxPoints, scale: context.scale, precision: context.scorePrecision };
  const graded = gradeValue(
    insufficient ? null : value,
    rule,
    options.bands,
    domain,
    classifyOptions,
    problems,
  );
  return {
    ...base,
    ...graded,
    status: value === null ? 'noData' : 'value',
    value,
    tone: graded.classification?.tone ?? 'none',
    insufficient,
    range: value === null ? null : value > max ? 'over' : value < min ? 'under' : null,
  };
}
