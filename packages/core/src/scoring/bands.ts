import { formatValue, roundForDisplay } from '../format';
import { defaultLocale, type Locale } from '../i18n/locale';
import type { MetricUnit } from '../metrics/types';
import { defaultGradeScale, type GradeId, type GradeScale, gradeOf, roundScore } from './grades';

/**
 * One band of a banded rule. Higher-is-better rules give each band a `min` (value ≥ min), in
 * descending order; lower-is-better rules give each band a `max` (value ≤ max), in ascending order.
 * The last band has neither bound: it catches every other value. Bounds are inclusive.
 */
export interface Band {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly points: number;
}

/** Linear rule end point: at `value` the indicator earns `points`. */
export interface LinearPoint {
  readonly value: number;
  readonly points: number;
}

/**
 * How a value becomes points.
 * - `bands`: the first band whose bound holds wins (see `Band`).
 * - `linear`: points move linearly from `from.points` at `from.value` to `to.points` at
 *   `to.value`, clamped outside (a lower-is-better rule simply has `from.value > to.value`).
 */
export type ScoringRule =
  | { readonly type: 'bands'; readonly bands: readonly Band[] }
  | { readonly type: 'linear'; readonly from: LinearPoint; readonly to: LinearPoint };

/** The points a value earns, and which band gave them (`null` for linear rules). */
export interface RuleResult {
  readonly points: number;
  readonly bandIndex: number | null;
}

/** What a gauge, a badge and a table cell all show for one value. */
export interface Classification extends RuleResult {
  /** points ÷ maxPoints × 100 (not rounded). */
  readonly score: number;
  /** The grade of the score on the scale (rounded to `precision` first). */
  readonly tone: GradeId;
}

/** Options of `classifyValue`, `toneOf` and `bandSegments`. */
export interface ClassifyOptions {
  /** Full points of the indicator. @default 10 */
  maxPoints?: number | undefined;
  /** @default defaultGradeScale */
  scale?: GradeScale | undefined;
  /** Score decimals used before grading. @default 1 */
  precision?: number | undefined;
  /**
   * The value's unit. When given, the value is first rounded as it is shown (`roundForDisplay`):
   * 0.84996 shows "85.0%" and so earns the "≥ 85%" band. Without it the raw value is used.
   */
  unit?: MetricUnit | undefined;
}

/** A stretch of the value axis with one tone, for gauge arcs. */
export interface BandSegment {
  readonly from: number;
  readonly to: number;
  readonly tone: GradeId;
  /** The band's points; for a linear rule, the points at the segment's middle. */
  readonly points: number;
}

function bandHolds(band: Band, value: number): boolean {
  if (band.min !== undefined && !(value >= band.min)) return false;
  if (band.max !== undefined && !(value <= band.max)) return false;
  return true;
}

function checkFinite(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`Cannot score ${what} ${String(value)}: it must be a finite number.`);
  }
}

function checkMaxPoints(maxPoints: number): number {
  if (typeof maxPoints !== 'number' || !Number.isFinite(maxPoints) || maxPoints <= 0) {
    throw new RangeError(
      `Invalid option \`maxPoints\` of value ${String(maxPoints)}: it must be a finite number above 0.`,
    );
  }
  return maxPoints;
}

/**
 * The points a value earns under a rule.
 *
 * Bands: the first band whose bound holds wins, bounds inclusive (0.95 with `min: 0.95` earns that
 * band). Linear: interpolated between the end points and clamped to them.
 *
 * @throws RangeError when `value` is not finite, or no band holds (the rule lacks its catch-all band).
 * @example
 * applyRule(0.93, { type: 'bands', bands: [{ min: 0.95, points: 10 }, { min: 0.9, points: 8 }, { points: 5 }] });
 * // { points: 8, bandIndex: 1 }
 */
export function applyRule(value: number, rule: ScoringRule): RuleResult {
  checkFinite(value, 'the value');
  if (rule.type === 'linear') {
    const { from, to } = rule;
    const span = to.value - from.value;
    if (span === 0 || !Number.isFinite(span)) {
      throw new RangeError(
        'Invalid linear rule: `from.value` and `to.value` must be different finite numbers.',
      );
    }
    const t = Math.min(1, Math.max(0, (value - from.value) / span));
    return { points: from.points + t * (to.points - from.points), bandIndex: null };
  }
  const { bands } = rule;
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i]!;
    if (bandHolds(band, value)) return { points: band.points, bandIndex: i };
  }
  throw new RangeError(
    `No band of the rule holds for the value ${value}: end the bands with a catch-all band (no min, no max).`,
  );
}

/**
 * The tone (grade id) of `points` out of `maxPoints`: `gradeOf(points ÷ maxPoints × 100, scale)`.
 *
 * @param scale @default defaultGradeScale
 * @throws RangeError when `points` is not finite or `maxPoints` is not above 0.
 *
 * @example
 * toneOf(8, 10); // 'good' (80 %)
 * toneOf(9.5, 10); // 'excellent' (95 %)
 */
export function toneOf(
  points: number,
  maxPoints: number,
  scale: GradeScale = defaultGradeScale,
  precision = 1,
): GradeId {
  checkFinite(points, 'the points');
  return gradeOf((points / checkMaxPoints(maxPoints)) * 100, scale, { precision }).id;
}

const classifyKeys = ['maxPoints', 'scale', 'precision', 'unit'];

/**
 * THE classification of a value under a rule — points, score, tone and band — used by the
 * scorecard, the gauge, the badge and the table alike, so they never disagree.
 *
 * @example
 * classifyValue(0.95, afterSalesTemplate.dimensions[0].indicators[0].rule);
 * // { points: 10, score: 100, tone: 'excellent', bandIndex: 0 }
 */
export function classifyValue(
  value: number,
  rule: ScoringRule,
  options: ClassifyOptions = {},
): Classification {
  for (const key in options) {
    if (!classifyKeys.includes(key))
      throw new TypeError(
        `classifyValue: unknown option \`${key}\`; the options are ${classifyKeys.join(', ')}.`,
      );
  }
  const maxPoints = checkMaxPoints(options.maxPoints ?? 10);
  const shown = options.unit === undefined ? value : roundForDisplay(value, options.unit);
  const { points, bandIndex } = applyRule(shown, rule);
  const score = (points / maxPoints) * 100;
  const tone = gradeOf(score, options.scale ?? defaultGradeScale, {
    precision: options.precision ?? 1,
  }).id;
  return { points, score, tone, bandIndex };
}

function bandRanges(
  rule: Extract<ScoringRule, { type: 'bands' }>,
): { lo: number; hi: number; points: number }[] {
  // Each band's stretch of the axis once earlier bands have taken theirs (single-bound bands).
  const ranges: { lo: number; hi: number; points: number }[] = [];
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  for (const band of rule.bands) {
    if (band.min !== undefined && band.max === undefined) {
      ranges.push({ lo: band.min, hi, points: band.points });
      hi = Math.min(hi, band.min);
    } else if (band.max !== undefined && band.min === undefined) {
      ranges.push({ lo, hi: band.max, points: band.points });
      lo = Math.max(lo, band.max);
    } else if (band.min !== undefined && band.max !== undefined) {
      ranges.push({ lo: Math.max(lo, band.min), hi: Math.min(hi, band.max), points: band.points });
    } else {
      ranges.push({ lo, hi, points: band.points });
      break;
    }
  }
  return ranges;
}

/**
 * Coloured stretches of the value axis for a gauge: ordered by value, covering `domain` exactly,
 * each with the tone its points get (the same `classifyValue` rule).
 *
 * Bands: one segment per band that meets the domain. Linear: the domain is cut where the tone
 * changes; each segment's `points` are those at its middle.
 *
 * @throws RangeError when the domain is not two finite numbers with min < max.
 * @example
 * bandSegments(rule, [0.8, 1]);
 * // [{ from: 0.8, to: 0.9, tone: 'needsImprovement', points: 5 }, { from: 0.9, to: 0.95, tone: 'good', points: 8 },
 * //  { from: 0.95, to: 1, tone: 'excellent', points: 10 }]
 */
export function bandSegments(
  rule: ScoringRule,
  domain: readonly [number, number],
  options: ClassifyOptions = {},
): BandSegment[] {
  const [dMin, dMax] = domain;
  if (!Number.isFinite(dMin) || !Number.isFinite(dMax) || !(dMin < dMax)) {
    throw new RangeError(
      `Invalid domain [${String(dMin)}, ${String(dMax)}] supplied to bandSegments: it must be two finite numbers with min < max.`,
    );
  }
  const maxPoints = checkMaxPoints(options.maxPoints ?? 10);
  const scale = options.scale ?? defaultGradeScale;
  const precision = options.precision ?? 1;
  const toneAt = (points: number) => gradeOf((points / maxPoints) * 100, scale, { precision }).id;
  const out: BandSegment[] = [];
  if (rule.type === 'bands') {
    const ranges = bandRanges(rule)
      .map((r) => ({ ...r, lo: Math.max(r.lo, dMin), hi: Math.min(r.hi, dMax) }))
      .filter((r) => r.lo < r.hi)
      .sort((a, b) => a.lo - b.lo);
    for (const r of ranges)
      out.push({ from: r.lo, to: r.hi, tone: toneAt(r.points), points: r.points });
    return out;
  }
  const { from, to } = rule;
  const cuts = new Set<number>([dMin, dMax]);
  for (const entry of scale) {
    const points = (entry.min / 100) * maxPoints;
    const t = (points - from.points) / (to.points - from.points);
    if (!Number.isFinite(t) || t <= 0 || t >= 1) continue;
    const v = from.value + t * (to.value - from.value);
    if (v > dMin && v < dMax) cuts.add(v);
  }
  for (const v of [from.value, to.value]) if (v > dMin && v < dMax) cuts.add(v);
  const sorted = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    const points = applyRule((a + b) / 2, rule).points;
    const tone = toneAt(points);
    const last = out[out.length - 1];
    if (last && last.tone === tone) {
      out[out.length - 1] = { ...last, to: b, points: applyRule((last.from + b) / 2, rule).points };
    } else out.push({ from: a, to: b, tone, points });
  }
  return out;
}

/** Fewest decimals (up to 4) that show `x` exactly. */
function minimalPrecision(x: number): number {
  for (let p = 0; p < 4; p++) if (roundScore(x, p) === Number(x.toPrecision(15))) return p;
  return 4;
}

function formatBound(value: number, unit: MetricUnit, locale: Locale): string {
  if (unit === 'duration') {
    // Service standards are stated in whole hours ("≤ 24 h", not "≤ 1 d").
    const hours = value / 3_600_000;
    if (Number.isInteger(hours) && hours !== 0) {
      const n = formatValue(hours, 'number', { locale });
      return locale === 'zh-CN' ? `${n}小时` : `${n} h`;
    }
    return formatValue(value, unit, { locale });
  }
  const shown = unit === 'ratio' ? value * 100 : value;
  const precision = minimalPrecision(shown);
  return formatValue(value, unit, { locale, precision, signDisplay: 'auto' });
}

function formatPoints(points: number, locale: Locale): string {
  return formatValue(points, 'number', { locale });
}

/**
 * A rule in words, for tables and tooltips: bands joined by "；" (zh-CN) or "; " (en-US), the
 * catch-all band as 其他 / else; thresholds formatted by unit with as few decimals as they need.
 *
 * @param locale @default 'zh-CN'
 * @example
 * ruleText(rule, 'ratio', 'zh-CN'); // "≥ 95% → 10；≥ 90% → 8；其他 → 5"
 * ruleText(rule, 'ratio', 'en-US'); // "≥ 95% → 10; ≥ 90% → 8; else → 5"
 * ruleText(mttrRule, 'duration', 'en-US'); // "≤ 2 h → 10; ≤ 24 h → 8; else → 5"
 */
export function ruleText(
  rule: ScoringRule,
  unit: MetricUnit,
  locale: Locale = defaultLocale,
): string {
  const zh = locale === 'zh-CN';
  if (rule.type === 'linear') {
    const a = `${formatBound(rule.from.value, unit, locale)} → ${formatPoints(rule.from.points, locale)}`;
    const b = `${formatBound(rule.to.value, unit, locale)} → ${formatPoints(rule.to.points, locale)}`;
    return zh ? `${a} 至 ${b}（线性）` : `${a} to ${b} (linear)`;
  }
  const parts = rule.bands.map((band) => {
    const conds: string[] = [];
    if (band.min !== undefined) conds.push(`≥ ${formatBound(band.min, unit, locale)}`);
    if (band.max !== undefined) conds.push(`≤ ${formatBound(band.max, unit, locale)}`);
    const cond = conds.length === 0 ? (zh ? '其他' : 'else') : conds.join(zh ? ' 且 ' : ' and ');
    return `${cond} → ${formatPoints(band.points, locale)}`;
  });
  return parts.join(zh ? '；' : '; ');
}
