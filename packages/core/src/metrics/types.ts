import type { TableName, TableRecords } from '../data/types';
import type { LocalizedText } from '../i18n/locale';
import type { Measure, MetricNeed } from './expr/types';

/**
 * How a value is measured. `ratio` is a fraction (0.935, never 93.5); `duration` is milliseconds;
 * `points` is NPS (−100..100); `count` is an integer; `score` is 0–100; `number` is a plain mean.
 * Values are formatted late, by `formatValue`.
 */
export type MetricUnit = 'ratio' | 'duration' | 'points' | 'count' | 'score' | 'number';

/** Which way is good. */
export type MetricDirection = 'higher' | 'lower';

/** Catalogue section [RULES.md#catalogue]. */
export type MetricCategory =
  | 'satisfaction'
  | 'quality'
  | 'efficiency'
  | 'people'
  | 'business'
  | 'custom';

/**
 * The timestamp that puts a record into a period [RULES.md#rule-9].
 * - `createdAt`: ticket creation (volume, response, complaint rate, resolution-rate cohort).
 * - `resolvedAt`: ticket resolution; an unresolved ticket that a metric still counts (an overdue
 *   open ticket is a miss) is attributed to its resolution due instant when that has passed by `asOf`, else to its creation.
 * - `surveyedAt`: the survey instant, else `resolvedAt`, else `createdAt`.
 * - `startedAt`: call start.
 * - `period`: the agent or customer record's own `period` key.
 */
export type PeriodTimestamp = 'createdAt' | 'resolvedAt' | 'surveyedAt' | 'startedAt' | 'period';

/** Why a value is `null` or not to be trusted. */
export type ValueReason = 'noData' | 'insufficientSample' | 'notRecorded';

/** Outcome of a service-level check for one ticket. */
export const SlaOutcome = {
  /** The policy (or the ticket) sets no target. */
  NoTarget: 0,
  /** Done by the due instant (inclusive). */
  Met: 1,
  /** Done after the due instant, or still not done and past due at `asOf`. */
  Missed: 2,
  /** Not done yet and not yet due at `asOf`: counted nowhere. */
  Pending: 3,
} as const;
export type SlaOutcome = (typeof SlaOutcome)[keyof typeof SlaOutcome];

/** Settings of the evaluation that some metrics read. Every field has a documented default. */
export interface MetricSettings {
  /** Repeat-fault window after resolution, ms. @default 30 days */
  readonly repeatWindowMs: number;
  /** A follow-up counts as timely within this long after resolution, ms. @default 48 h */
  readonly followUpWindowMs: number;
  /** Calls answered within this wait count toward the service level, seconds. @default 20 */
  readonly serviceLevelSeconds: number;
}

/**
 * What an accumulator may ask about the record it is adding. The engine sets it up once per
 * evaluation and reuses it for every record (no allocation per record); derived values are
 * computed on first request for the current record and cached until the next one.
 */
export interface EvalContext {
  /** The instant open tickets are judged at (epoch ms). */
  readonly asOf: number;
  readonly settings: MetricSettings;
  /** Index of the current record in its table. */
  readonly index: number;
  /** Time from creation to the first response (business time with a calendar); `NaN` when unknown. A resolved ticket with no `firstResponseAt` takes its resolution as its first response. */
  firstResponseMs(): number;
  /** Time from creation to resolution for a resolved ticket; `NaN` otherwise. */
  resolutionMs(): number;
  /** Time from the recorded first response to resolution for a resolved ticket; `NaN` when either is missing. */
  handlingMs(): number;
  /** First-response service level of the current ticket. */
  responseOutcome(): SlaOutcome;
  /** Resolution service level of the current ticket. */
  resolutionOutcome(): SlaOutcome;
  /** Repeat-fault status of the current (resolved) ticket: `1` repeated, `0` not (window closed), `-1` not known yet (window still open at `asOf`, or no customer). */
  repeatFault(): -1 | 0 | 1;
}

/**
 * Everything a metric value carries, so that a host can roll it up again (pooled, never averaged).
 */
export interface MetricValue {
  metricId: string;
  /** `null` when there is no data (`reason: 'noData'`). Never `NaN` or ±Infinity. */
  value: number | null;
  unit: MetricUnit;
  /** Ratios: records in the numerator. */
  numerator?: number | undefined;
  /** Ratios: records in the denominator. */
  denominator?: number | undefined;
  /** Means: the sum of the values. */
  sum?: number | undefined;
  /** Means: how many values. */
  count?: number | undefined;
  /** Means: the sum of squared values (for Welch's t-test). */
  sumSquares?: number | undefined;
  /** Durations: median and 90th percentile (linear interpolation between order statistics). */
  median?: number | null | undefined;
  p90?: number | null | undefined;
  /** NPS: respondents by class. */
  promoters?: number | undefined;
  passives?: number | undefined;
  detractors?: number | undefined;
  /** How many records the value stands on (the denominator, or how many values). */
  sampleSize: number;
  /** 95 % interval: Wilson score for ratios, normal approximation for NPS. */
  interval?: readonly [number, number] | undefined;
  /** `sampleSize ≥ minSample`. Scoring treats an insufficient value as missing, never as 0. */
  sufficient: boolean;
  reason?: ValueReason | undefined;
  /** Open (or not yet observable) records left out of this value. */
  censored?: number | undefined;
  /**
   * With `reason: 'notRecorded'`: the input fields no record carried (e.g. `['followUpAt']`).
   * The value is then `null`: absence is never scored as 0 % or 100 %.
   */
  notRecorded?: readonly string[] | undefined;
}

/** What `result` receives besides the state. */
export interface ResultContext {
  readonly metricId: string;
  readonly unit: MetricUnit;
  readonly minSample: number;
}

/**
 * A metric's computation as a fold: `init` a state, `add` records into it (mutating it), `merge`
 * two states (pooled, exact), and turn a state into a value with `result`.
 *
 * `merge(a, b)` may reuse and return `a`; it never changes `b`. The engine only passes an `a` it owns.
 */
export interface Accumulator<S, R> {
  init(): S;
  add(state: S, record: R, ctx: EvalContext): void;
  merge(a: S, b: S): S;
  result(state: S, ctx: ResultContext): MetricValue;
}

/**
 * What a widget needs to show a metric's value: its id, label, unit, direction, category and
 * minimum sample, without the computation. `getMetricMeta(id)` gives it for a catalogue id; every
 * `MetricDefinition` is one too (a definition spreads its metadata).
 */
export interface MetricMeta {
  readonly id: string;
  readonly label: LocalizedText;
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  readonly category: MetricCategory;
  /** Below this sample the value is given but `sufficient: false`. */
  readonly minSample: number;
}

/** A metric definition. Small and readable on its own; see `metrics/` for one per file. */
export interface MetricDefinition<T extends TableName = TableName, S = unknown> extends MetricMeta {
  /** The formula in words, both locales (shown in the catalogue docs). */
  readonly formula: LocalizedText;
  readonly table: T;
  readonly timestamp: PeriodTimestamp;
  readonly accumulator: Accumulator<S, TableRecords[T]>;
  /**
   * The declarative definition the accumulator was derived from (catalogue metrics and
   * `defineMetric({ measure })`). Only a metric with a measure can run in SQL
   * (`@servicescore/core/sql`); one with a hand-written accumulator runs in `evaluate` only.
   */
  readonly measure?: Measure | undefined;
  /**
   * What the engine prepares before the metric's records are added. Derived from the measure; a
   * hand-written accumulator that calls `ctx.repeatFault()` must declare `['repeatFaults']`.
   */
  readonly needs?: readonly MetricNeed[] | undefined;
  /**
   * Seed references, e.g. `['000', '004#1']`: a source document, or one numbered item of it
   * [RULES.md#seeds].
   */
  readonly seeds?: readonly string[] | undefined;
}

/** A metric of any table with any state, as stored in catalogues. */
// biome-ignore lint/suspicious/noExplicitAny: the state type is private to each metric.
export type AnyMetric = MetricDefinition<TableName, any>;
