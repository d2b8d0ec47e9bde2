import { type Comparison, compare } from '../compare/compare';
import { getMetricMeta } from '../metrics/meta';
import type { MetricDirection, MetricUnit, MetricValue } from '../metrics/types';
import { lookup, readValue, type ScoreInputs, valuesOf } from '../scoring/inputs';
import { parseImprovementPlan } from './plan-schema';
import { daysLate, instantOf, localDay } from './track';
import type { ImprovementAction, ImprovementPlan } from './types';

/** Whether an action's expected effect was reached. */
export type EffectOutcome = 'reached' | 'partly' | 'notReached' | 'notMeasurable';

/** What to do next with an action (the A of PDCA). `measureAgain`: no verdict yet, collect data. */
export type NextStep = 'standardise' | 'keepGoing' | 'reanalyse' | 'measureAgain';

/** Why an action got its outcome. */
export type OutcomeReason =
  | 'expectedReached'
  | 'targetMetAtBaseline'
  | 'belowExpected'
  | 'notSignificant'
  | 'noChange'
  | 'worsened'
  | 'noBaseline'
  | 'noReview'
  | 'insufficientSample'
  | 'zeroBaseline';

/** The verification of one action. Plain data; never NaN. */
export interface ActionVerification {
  readonly actionId: string;
  readonly action: ImprovementAction;
  readonly metricId: string;
  readonly direction: MetricDirection;
  readonly unit: MetricUnit | null;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before (metric units); `null` without both values. */
  readonly observedChange: number | null;
  /** The change the plan expects (signed, metric units); `null` when it cannot be known. */
  readonly expectedChange: number | null;
  /** The value the plan expects to reach: the target, or before + expected change. */
  readonly expectedValue: number | null;
  /** observed ÷ expected change (1 = exactly as expected); `null` when not computable. */
  readonly progress: number | null;
  readonly outcome: EffectOutcome;
  readonly reason: OutcomeReason;
  /** The core's `compare` of the two values (direction-aware, with its significance test). */
  readonly comparison: Comparison;
  readonly significant: boolean | null;
  readonly pValue: number | null;
  /** Not done (nor cancelled) and its due date has passed at `asOf`. */
  readonly overdue: boolean;
  /** Whole days since the due date for an overdue action, else 0. */
  readonly daysOverdue: number;
  /** `null` for a cancelled action. */
  readonly nextStep: NextStep | null;
}

/** How a cycle went as a whole. */
export type CycleOutcome = 'effective' | 'partlyEffective' | 'notEffective' | 'notMeasurable';

/** Counts over a cycle's actions (cancelled actions only in `cancelled`). */
export interface CycleSummary {
  readonly actions: number;
  readonly cancelled: number;
  readonly outcomes: Readonly<Record<EffectOutcome, number>>;
  readonly nextSteps: Readonly<Record<NextStep, number>>;
  readonly overdue: number;
  /** effective: every measurable action reached; partly: some reached or partly; not: none. */
  readonly outcome: CycleOutcome;
}

/** The result of {@link verifyImprovementPlan}. */
export interface PlanVerification {
  readonly planId: string;
  readonly cycleId: string;
  readonly baseline: string;
  readonly review: string;
  /** Epoch ms. */
  readonly asOf: number;
  readonly actions: readonly ActionVerification[];
  readonly summary: CycleSummary;
}

/** Options of {@link verifyImprovementPlan}. */
export interface VerifyPlanOptions {
  /** The cycle verified. @default the plan's only cycle (required when it has several) */
  cycle?: string | undefined;
  /** The instant overdue actions are judged at (epoch ms, Date or ISO string). @default now, read once */
  asOf?: number | Date | string | undefined;
}

function asMetricValue(
  metricId: string,
  value: number | null,
  mv: MetricValue | null,
): MetricValue {
  if (mv) return mv.metricId === metricId ? mv : { ...mv, metricId };
  return {
    metricId,
    value,
    unit: getMetricMeta(metricId)?.unit ?? 'number',
    sampleSize: value === null ? 0 : 1,
    sufficient: value !== null,
  };
}

/** The expected change in the good direction: positive = improvement. */
function expectation(action: ImprovementAction, before: number, direction: MetricDirection) {
  const e = action.expected;
  if (e.type === 'target') return { change: e.value - before, value: e.value };
  const change = e.type === 'absolute' ? e.change : e.change * Math.abs(before);
  const good = direction === 'higher' ? change > 0 : change < 0;
  if (!good) {
    throw new RangeError(
      `Action ${JSON.stringify(action.id)} expects a ${e.type} change of ${e.change} in ${JSON.stringify(action.metric)}, where ${direction} is better: an expected improvement must go the metric's way (${direction === 'higher' ? 'positive' : 'negative'}).`,
    );
  }
  return { change, value: before + change };
}

type Judged = Pick<
  ActionVerification,
  'outcome' | 'reason' | 'expectedChange' | 'expectedValue' | 'progress'
>;

function judge(
  action: ImprovementAction,
  direction: MetricDirection,
  b: ReturnType<typeof readValue>,
  a: ReturnType<typeof readValue>,
  c: Comparison,
): Judged {
  const none = { expectedChange: null, expectedValue: null, progress: null };
  if (b.value === null) return { ...none, outcome: 'notMeasurable', reason: 'noBaseline' };
  if (action.expected.type === 'relative' && b.value === 0) {
    expectation(action, 1, direction); // still refuse a change against the metric's direction
    return { ...none, outcome: 'notMeasurable', reason: 'zeroBaseline' };
  }
  const exp = expectation(action, b.value, direction);
  const sign = direction === 'higher' ? 1 : -1;
  const base = { expectedChange: exp.change, expectedValue: exp.value };
  if (a.value === null)
    return { ...base, progress: null, outcome: 'notMeasurable', reason: 'noReview' };
  // Insufficient data is never "reached": a verdict needs a sufficient sample on both sides.
  if (!b.sufficient || !a.sufficient)
    return { ...base, progress: null, outcome: 'notMeasurable', reason: 'insufficientSample' };
  const wanted = sign * exp.change;
  if (wanted <= 0) {
    // A target the baseline already met: reached while the review still meets it.
    const met = sign * (a.value - exp.value) >= 0;
    return {
      ...base,
      progress: null,
      outcome: met ? 'reached' : 'notReached',
      reason: met ? 'targetMetAtBaseline' : 'worsened',
    };
  }
  const progress = c.change === 'unchanged' ? 0 : (sign * (a.value - b.value)) / wanted;
  if (c.change === 'unchanged' || c.change === 'unknown')
    return { ...base, progress, outcome: 'notReached', reason: 'noChange' };
  if (c.change === 'worsened')
    return { ...base, progress, outcome: 'notReached', reason: 'worsened' };
  // Rounding: a change within 1e-9 of the expectation counts as reaching it.
  if (progress < 1 - 1e-9) return { ...base, progress, outcome: 'partly', reason: 'belowExpected' };
  if (c.significant === false)
    return { ...base, progress, outcome: 'partly', reason: 'notSignificant' };
  return { ...base, progress, outcome: 'reached', reason: 'expectedReached' };
}

function nextStepOf(
  action: ImprovementAction,
  outcome: EffectOutcome,
  overdue: boolean,
): NextStep | null {
  if (action.status === 'cancelled') return null;
  if (outcome === 'notMeasurable') return 'measureAgain';
  if (outcome === 'reached') return 'standardise';
  if (outcome === 'partly') return 'keepGoing';
  return action.status === 'done' || overdue ? 'reanalyse' : 'keepGoing';
}

function summarise(list: readonly ActionVerification[]): CycleSummary {
  const outcomes = { reached: 0, partly: 0, notReached: 0, notMeasurable: 0 };
  const nextSteps = { standardise: 0, keepGoing: 0, reanalyse: 0, measureAgain: 0 };
  let cancelled = 0;
  let overdue = 0;
  for (const v of list) {
    if (v.nextStep === null) {
      cancelled++;
      continue;
    }
    outcomes[v.outcome]++;
    nextSteps[v.nextStep]++;
    if (v.overdue) overdue++;
  }
  const measurable = outcomes.reached + outcomes.partly + outcomes.notReached;
  const outcome: CycleOutcome =
    measurable === 0
      ? 'notMeasurable'
      : outcomes.reached === measurable
        ? 'effective'
        : outcomes.reached + outcomes.partly > 0
          ? 'partlyEffective'
          : 'notEffective';
  return { actions: list.length, cancelled, outcomes, nextSteps, overdue, outcome };
}

/**
 * Verifies a cycle of an improvement plan against the evaluation before it (the baseline) and
 * after it (the review) — the C and A of PDCA ("实施3个月后 … 对比改进前后的指标变化" [RULES.md#seed-003-pdca]).
 *
 * Per action, on its metric: the observed change; the expected one (a target, an absolute or a
 * relative change); progress = observed ÷ expected in the metric's direction (a falling MTTR is an
 * improvement); the core's `compare` with its significance test; and the outcome:
 * - `notMeasurable`: a side has no value or an insufficient sample, or a relative change on a zero
 *   baseline — insufficient data is never "reached";
 * - `reached`: progress ≥ 1 and the change is not found insignificant (a bare number has no test);
 * - `partly`: improved, but short of the expectation or not significant at 95 %;
 * - `notReached`: unchanged or worse.
 * The next step: reached → standardise (固化); partly → keep going; not reached → re-analyse once
 * the action is done or overdue (else keep going); not measurable → measure again; none for a
 * cancelled action. An action is overdue when it is neither done nor cancelled and its due date has
 * passed at `asOf` in the plan's time zone.
 *
 * @param before baseline values: an `Evaluation`, a group, or a record of id → number | MetricValue.
 * @param after review values, of the same shapes.
 * @throws ImprovementPlanError for an invalid plan; RangeError for an expected change against the
 * metric's direction, an unknown cycle or a bad `asOf`.
 * @example
 * const v = verifyImprovementPlan(plan, julyEvaluation, octoberEvaluation, { asOf: '2026-11-01T00:00:00+08:00' });
 * v.actions[0]; // { metricId: 'csat', before: 0.75, after: 0.85, outcome: 'reached', nextStep: 'standardise', … }
 */
export function verifyImprovementPlan(
  plan: ImprovementPlan,
  before: ScoreInputs,
  after: ScoreInputs,
  options: VerifyPlanOptions = {},
): PlanVerification {
  const valid = parseImprovementPlan(plan);
  const asOf = instantOf(options.asOf, 'verifyImprovementPlan');
  const cycleId = options.cycle ?? (valid.cycles.length === 1 ? valid.cycles[0]!.id : undefined);
  const cycle = valid.cycles.find((c) => c.id === cycleId);
  if (!cycle) {
    throw new RangeError(
      options.cycle === undefined
        ? `Plan ${JSON.stringify(valid.id)} has ${valid.cycles.length} cycles: name the one to verify in options.cycle (${valid.cycles.map((c) => c.id).join(', ')}).`
        : `Plan ${JSON.stringify(valid.id)} has no cycle ${JSON.stringify(options.cycle)} (cycles: ${valid.cycles.map((c) => c.id).join(', ')}).`,
    );
  }
  const today = localDay(valid, asOf);
  const bValues = valuesOf(before);
  const aValues = valuesOf(after);
  const actions = valid.actions
    .filter((x) => (x.cycle ?? cycle.id) === cycle.id)
    .map((action): ActionVerification => {
      const id = action.metric;
      const direction = action.direction ?? getMetricMeta(id)?.direction ?? 'higher';
      const b = readValue(
        lookup(bValues, id),
        () => `before[${JSON.stringify(id)}] (action ${JSON.stringify(action.id)})`,
      );
      const a = readValue(
        lookup(aValues, id),
        () => `after[${JSON.stringify(id)}] (action ${JSON.stringify(action.id)})`,
      );
      const comparison = compare(
        asMetricValue(id, b.value, b.metric),
        asMetricValue(id, a.value, a.metric),
        direction,
      );
      const judged = judge(action, direction, b, a, comparison);
      const late = daysLate(action, today);
      const overdue = late > 0;
      return {
        actionId: action.id,
        action,
        metricId: id,
        direction,
        unit: b.metric?.unit ?? a.metric?.unit ?? getMetricMeta(id)?.unit ?? null,
        before: b.value,
        after: a.value,
        observedChange: comparison.delta,
        ...judged,
        comparison,
        significant: comparison.significant,
        pValue: comparison.pValue,
        overdue,
        daysOverdue: late,
        nextStep: nextStepOf(action, judged.outcome, overdue),
      };
    });
  return {
    planId: valid.id,
    cycleId: cycle.id,
    baseline: cycle.baseline,
    review: cycle.review,
    asOf,
    actions,
    summary: summarise(actions),
  };
}
