import type { LocalizedText } from '../i18n/locale';

/** The grades of the default scale [RULES.md#grades]. */
export type GradeId = 'excellent' | 'good' | 'pass' | 'needsImprovement';

/** One grade of a scale: scores from `min` (inclusive) up to the next better grade's `min`. */
export interface GradeScaleEntry {
  readonly id: GradeId;
  /** Inclusive lower bound on the 0–100 score. */
  readonly min: number;
  readonly label: LocalizedText;
}

/**
 * A grade scale: entries ordered from the best grade (highest `min`) to the worst. The last entry
 * also catches every score below its own `min`, so every finite score has a grade.
 */
export type GradeScale = readonly GradeScaleEntry[];

/** The grade of one score. Plain data. */
export interface GradeResult {
  readonly id: GradeId;
  /** Inclusive lower bound of the grade. */
  readonly min: number;
  /** Exclusive upper bound (the next better grade's `min`); `null` for the best grade. */
  readonly max: number | null;
  readonly label: LocalizedText;
}

/** Options of `gradeOf`. */
export interface GradeOptions {
  /** Decimals the score is shown with; the score is rounded to them before grading. @default 1 */
  precision?: number;
}

/**
 * The default scale [RULES.md#grades] [RULES.md#seed-003-scoring]: 优秀 Excellent ≥ 90, 良好 Good ≥ 80,
 * 合格 Pass ≥ 60, 待改进 Needs improvement below 60.
 */
export const defaultGradeScale: GradeScale = Object.freeze([
  Object.freeze({
    id: 'excellent',
    min: 90,
    label: Object.freeze({ 'zh-CN': '优秀', 'en-US': 'Excellent' }),
  }),
  Object.freeze({
    id: 'good',
    min: 80,
    label: Object.freeze({ 'zh-CN': '良好', 'en-US': 'Good' }),
  }),
  Object.freeze({
    id: 'pass',
    min: 60,
    label: Object.freeze({ 'zh-CN': '合格', 'en-US': 'Pass' }),
  }),
  Object.freeze({
    id: 'needsImprovement',
    min: 0,
    label: Object.freeze({ 'zh-CN': '待改进', 'en-US': 'Needs improvement' }),
  }),
] as const satisfies GradeScale);

function checkPrecision(precision: number, where: string): number {
  if (!Number.isInteger(precision) || precision < 0 || precision > 10) {
    throw new RangeError(
      `Invalid option \`precision\` of value ${String(precision)} supplied to ${where}: it must be an integer from 0 to 10.`,
    );
  }
  return precision;
}

/**
 * Rounds a score to `precision` decimals, half away from zero (89.95 → 90.0, −0.05 → −0.1).
 *
 * Robust to binary artefacts: 89.95 is stored as 89.9499999…, and `89.95 * 10` is 899.4999…; the
 * product is first cut to 15 significant digits, so the decimal the user typed is what is rounded.
 * Never returns −0.
 *
 * @throws RangeError when `score` is not finite or `precision` is not an integer from 0 to 10.
 * @example
 * roundScore(89.95, 1); // 90
 * roundScore(89.94, 1); // 89.9
 */
export function roundScore(score: number, precision: number): number {
  if (!Number.isFinite(score)) {
    throw new RangeError(`Cannot round the score ${String(score)}: it must be a finite number.`);
  }
  checkPrecision(precision, 'roundScore');
  const factor = 10 ** precision;
  let scaled = Math.abs(score) * factor;
  // Binary noise (1.005 × 100 = 100.49999999999999) only matters right at a .5 tie: there the
  // product is first cut to 15 significant digits. Elsewhere that cut cannot change the rounding,
  // so it is skipped (it costs a string round trip, and scorecards round thousands of scores).
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) <= 1e-12 * Math.max(1, scaled)) {
    scaled = Number(scaled.toPrecision(15));
  }
  const rounded = (Math.sign(score) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** The result of `validateGradeScale`. */
export interface GradeScaleValidation {
  readonly valid: boolean;
  /** One sentence per problem, naming the entry. */
  readonly issues: readonly string[];
}

/**
 * Checks a grade scale: at least one entry; every `min` finite; `min` strictly decreasing from the
 * first (best) entry to the last; ids unique; each entry has a zh-CN and an en-US label.
 *
 * @example
 * validateGradeScale(defaultGradeScale); // { valid: true, issues: [] }
 * validateGradeScale([
 *   { id: 'pass', min: 60, label: { 'zh-CN': '及格', 'en-US': 'Pass' } },
 *   { id: 'fail', min: 70, label: { 'zh-CN': '不及格', 'en-US': 'Fail' } },
 * ]); // { valid: false, issues: ['Grade "fail" (entry 1) has min 70, not below …'] }
 */
export function validateGradeScale(scale: GradeScale): GradeScaleValidation {
  const issues: string[] = [];
  if (!Array.isArray(scale) || scale.length === 0) {
    return { valid: false, issues: ['The grade scale has no entries: give at least one grade.'] };
  }
  const seen = new Set<string>();
  scale.forEach((entry, i) => {
    if (entry === null || typeof entry !== 'object') {
      issues.push(
        `Entry ${i} is ${String(entry)}: each grade must be an object { id, min, label }.`,
      );
      return;
    }
    const where = `Grade ${JSON.stringify(entry.id)} (entry ${i})`;
    if (typeof entry.id !== 'string' || entry.id === '') {
      issues.push(`${where} needs a non-empty string id.`);
    }
    if (seen.has(entry.id)) issues.push(`${where} repeats an id: grade ids must be unique.`);
    seen.add(entry.id);
    if (typeof entry.min !== 'number' || !Number.isFinite(entry.min)) {
      issues.push(`${where} has min ${String(entry.min)}: it must be a finite number.`);
    } else if (i > 0) {
      const prev = scale[i - 1]?.min;
      if (typeof prev === 'number' && Number.isFinite(prev) && !(entry.min < prev)) {
        issues.push(
          `${where} has min ${entry.min}, not below the previous grade's ${prev}: order entries from the best grade (highest min) down.`,
        );
      }
    }
    if (
      !entry.label ||
      typeof entry.label['zh-CN'] !== 'string' ||
      typeof entry.label['en-US'] !== 'string'
    ) {
      issues.push(`${where} needs a label with zh-CN and en-US text.`);
    }
  });
  return { valid: issues.length === 0, issues };
}

const checkedScales = new WeakSet<GradeScale>([defaultGradeScale]);

/** Validates a scale once (memoised by identity). @internal */
export function assertGradeScale(scale: GradeScale): void {
  if (checkedScales.has(scale)) return;
  const { valid, issues } = validateGradeScale(scale);
  if (!valid) throw new RangeError(`Invalid grade scale: ${issues.join(' ')}`);
  checkedScales.add(scale);
}

/**
 * The grade of a 0–100 score.
 *
 * Rules [RULES.md#rule-8]: the score is first rounded to the display precision, so the grade always
 * agrees with what is shown (89.96 → 90.0 → excellent; 89.94 → 89.9 → good); lower bounds are
 * inclusive; the worst grade also takes scores below its own `min`.
 *
 * @param scale @default defaultGradeScale
 * @throws RangeError when `score` is NaN, ±Infinity or (rounded) outside 0–100, or the scale is
 * invalid; TypeError when `score` is not a number.
 * @example
 * gradeOf(89.96).id; // 'excellent'
 * gradeOf(79.9).label['zh-CN']; // '合格'
 */
export function gradeOf(
  score: number,
  scale: GradeScale = defaultGradeScale,
  options: GradeOptions = {},
): GradeResult {
  if (typeof score !== 'number') {
    throw new TypeError(
      `gradeOf: argument \`score\` must be a number from 0 to 100, got ${typeof score} ${String(score).slice(0, 40)}.`,
    );
  }
  if (!Number.isFinite(score)) {
    throw new RangeError(
      `Cannot grade the score ${String(score)}: it must be a finite number from 0 to 100.`,
    );
  }
  assertGradeScale(scale);
  // Inline (no closest-key search: `precision` is the only option), so a badge stays small.
  for (const key in options) {
    if (key !== 'precision')
      throw new TypeError(`gradeOf: unknown option \`${key}\`; the only option is \`precision\`.`);
  }
  const rounded = roundScore(score, checkPrecision(options.precision ?? 1, 'gradeOf'));
  if (rounded < 0 || rounded > 100) {
    throw new RangeError(
      `Cannot grade the score ${score}: a score is from 0 to 100 (a percentage or a ratio is not a score).`,
    );
  }
  let index = scale.length - 1;
  for (let i = 0; i < scale.length; i++) {
    if (rounded >= scale[i]!.min) {
      index = i;
      break;
    }
  }
  const entry = scale[index]!;
  return {
    id: entry.id,
    min: entry.min,
    max: index === 0 ? null : scale[index - 1]!.min,
    label: entry.label,
  };
}
