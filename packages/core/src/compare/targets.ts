import { rejectUnknownKeys } from '../option-keys';
import { checkInputDomain, lookup, readValue, type ScoreInputs, valuesOf } from '../scoring/inputs';

/** How a value is held against its target. `>=`/`>` are higher-is-better, `<=`/`<` lower-is-better. */
export type TargetComparator = '>=' | '>' | '<=' | '<';

/**
 * A target for one metric. With `relativeTo: 'previous'` the `target` is a relative change from
 * the previous period's value (0.1 = +10 %), and the threshold is previous × (1 + target).
 */
export interface Target {
  readonly metricId: string;
  readonly comparator: TargetComparator;
  readonly target: number;
  readonly relativeTo?: 'previous' | undefined;
}

/** How one target fared. */
export type TargetStatus = 'met' | 'notMet' | 'insufficient';

/** The check of one target. Plain data; never NaN or ±Infinity. */
export interface TargetCheck {
  readonly metricId: string;
  /** The absolute threshold (for a relative target: previous × (1 + target)); `null` when it cannot be set. */
  readonly target: number | null;
  readonly comparator: TargetComparator;
  readonly value: number | null;
  readonly status: TargetStatus;
  /**
   * value ÷ target for `>=`/`>`, target ÷ value for `<=`/`<`; 1 means exactly on target.
   * `null` without a value or threshold, when the divisor is 0 (a lower-is-better value of 0, such
   * as no complaints at all, is met but has no finite attainment), when either side is negative, or
   * when the ratio overflows (a value of 5e-324 against 30 min).
   */
  readonly attainment: number | null;
}

/** Options of `checkTargets`. */
export interface CheckTargetsOptions {
  /** The previous period's values, for relative targets. */
  previous?: ScoreInputs | undefined;
}

const MINUTE = 60_000;

/**
 * The service standard [RULES.md#targets] [RULES.md#seed-002-targets]: csat ≥ 95 %; complaint rate
 * < 5 %; call answer rate ≥ 98 %; complaint satisfaction ≥ 97 %; complaint resolution rate ≥ 98 %;
 * resolution rate ≥ 95 %; average first response ≤ 30 min; retention +10 % relative to the previous
 * period.
 */
export const serviceStandardTargets: readonly Target[] = Object.freeze(
  [
    { metricId: 'csat', comparator: '>=', target: 0.95 },
    { metricId: 'complaintRate', comparator: '<', target: 0.05 },
    { metricId: 'callAnswerRate', comparator: '>=', target: 0.98 },
    { metricId: 'complaintSatisfaction', comparator: '>=', target: 0.97 },
    { metricId: 'complaintResolutionRate', comparator: '>=', target: 0.98 },
    { metricId: 'resolutionRate', comparator: '>=', target: 0.95 },
    { metricId: 'avgFirstResponseTime', comparator: '<=', target: 30 * MINUTE },
    { metricId: 'retentionRate', comparator: '>=', target: 0.1, relativeTo: 'previous' },
  ].map((t) => Object.freeze(t as Target)),
);

function holds(value: number, comparator: TargetComparator, threshold: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
  }
}

function attainmentOf(
  value: number,
  comparator: TargetComparator,
  threshold: number,
): number | null {
  if (value < 0 || threshold < 0) return null;
  const lower = comparator === '<=' || comparator === '<';
  const [num, den] = lower ? [threshold, value] : [value, threshold];
  const ratio = den === 0 ? null : num / den;
  // A value of 5e-324 ms against 30 min overflows: no finite attainment, like a divisor of 0.
  return ratio !== null && Number.isFinite(ratio) ? ratio : null;
}

/**
 * Checks values against targets [RULES.md#targets], one result per target in order.
 *
 * `values` and `previous` take the same shapes as `scoreScorecard` (an Evaluation's overall
 * values, a group, `{ values }`, or a record of id → number | MetricValue | null). A value that is
 * missing, `null` or from an insufficient sample (`sufficient: false`) gives `insufficient`, as
 * does a relative target without a previous value.
 *
 * @throws RangeError for an unknown comparator or a non-finite target.
 * @example
 * checkTargets(evaluation, serviceStandardTargets, { previous: lastYear });
 */
export function checkTargets(
  values: ScoreInputs,
  targets: readonly Target[],
  options: CheckTargetsOptions = {},
): TargetCheck[] {
  rejectUnknownKeys('checkTargets', 'option', options, ['previous']);
  const current = valuesOf(values);
  const previous = options.previous === undefined ? null : valuesOf(options.previous);
  return targets.map((t) => {
    if (!['>=', '>', '<=', '<'].includes(t.comparator)) {
      throw new RangeError(
        `Target for ${JSON.stringify(t.metricId)} has comparator ${JSON.stringify(t.comparator)}: it must be '>=', '>', '<=' or '<'.`,
      );
    }
    if (typeof t.target !== 'number' || !Number.isFinite(t.target)) {
      throw new RangeError(
        `Target for ${JSON.stringify(t.metricId)} is ${String(t.target)}: it must be a finite number.`,
      );
    }
    const read = readValue(lookup(current, t.metricId), `Value of ${JSON.stringify(t.metricId)}`);
    checkInputDomain(read, t.metricId, `Value of ${JSON.stringify(t.metricId)}`);
    let threshold: number | null = t.target;
    if (t.relativeTo === 'previous') {
      const prev =
        previous === null
          ? null
          : readValue(
              lookup(previous, t.metricId),
              `Previous value of ${JSON.stringify(t.metricId)}`,
            );
      if (prev !== null) {
        checkInputDomain(prev, t.metricId, `Previous value of ${JSON.stringify(t.metricId)}`);
      }
      threshold = prev?.value != null && prev.sufficient ? prev.value * (1 + t.target) : null;
      // previous × (1 + target) can overflow for absurd targets: then the threshold cannot be set.
      if (threshold !== null && !Number.isFinite(threshold)) threshold = null;
    }
    const value = read.value;
    if (value === null || !read.sufficient || threshold === null) {
      return {
        metricId: t.metricId,
        target: threshold,
        comparator: t.comparator,
        value,
        status: 'insufficient',
        attainment: null,
      };
    }
    return {
      metricId: t.metricId,
      target: threshold,
      comparator: t.comparator,
      value,
      status: holds(value, t.comparator, threshold) ? 'met' : 'notMet',
      attainment: attainmentOf(value, t.comparator, threshold),
    };
  });
}
