import type { InstantDomain } from '../data/instant';
import type { ExclusionReason, ServiceRecord, TableName, TableRecords } from '../data/types';
import type { SlaPolicy } from '../sla/policy';
import type { BusinessCalendar } from '../time/calendar';
import type { PeriodGranularity } from '../time/period-key';
import type { Expr } from '../metrics/expr/types';
import type { AnyMetric, MetricValue } from '../metrics/types';

/** Metric values of one cell, keyed by metric id. */
export type MetricValues = Readonly<Record<string, MetricValue>>;

/**
 * How records are split into groups: a canonical field present on the table (`'agentId'`,
 * `'teamId'`, `'channel'`, `'region'` …), an attribute name (looked up in `attributes`), or a
 * function of the record and its table. A record whose group is missing (`undefined`, `null` or
 * `''`) is counted in `overall` and `periods` but in no group, and reported in `ungrouped`.
 */
export type GroupBy =
  | string
  | ((record: ServiceRecord, table: TableName) => string | number | null | undefined);

/**
 * Per-table record filters; a record for which the filter does not hold counts nowhere. A filter is
 * a function of the record (JS only) or an expression (`expr.eq(expr.field('channel'), 'phone')`),
 * which also runs in SQL (`@servicescore/core/sql`).
 */
export type WhereFilters = {
  readonly [T in TableName]?: ((record: TableRecords[T]) => boolean) | Expr;
};

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** Metric ids from the catalogue (`'csat'`, `'qaScore.empathy'`) or definitions (own or scoped). */
  metrics: ReadonlyArray<string | AnyMetric>;
  groupBy?: GroupBy | undefined;
  /** Calendar periods in `timeZone`. Without it there is one period: the whole range. */
  period?: PeriodGranularity | undefined;
  /** IANA time zone for periods (and the calendar's, if it has none). @default 'UTC' */
  timeZone?: string | undefined;
  /** Business hours: durations and SLA targets count working time only. @default calendar time */
  calendar?: BusinessCalendar | undefined;
  /** @default defaultSlaPolicy [RULES.md#sla] */
  sla?: SlaPolicy | undefined;
  /** The instant open tickets are judged at (epoch ms, Date or ISO string). @default now, read once */
  asOf?: number | Date | string | undefined;
  where?: WhereFilters | undefined;
  /** Repeat-fault window after resolution, in days. @default 30 */
  repeatWindowDays?: number | undefined;
  /** Timely follow-up window after resolution, in hours. @default 48 */
  followUpWindowHours?: number | undefined;
  /** Service-level answer threshold for calls, in seconds. @default 20 */
  serviceLevelSeconds?: number | undefined;
  /**
   * Optional fields the host records although no record may carry them: an absent value then
   * means "none" (e.g. `['opportunities', 'followUpAt']`). Without it, a metric whose input fields
   * no record carries is `null` with `reason: 'notRecorded'`, never a 0 % or 100 % built on
   * absence. @default []
   */
  recorded?: readonly string[] | undefined;
  /**
   * The years (UTC) every instant lies in: `asOf`, and for `evaluateRecords` and `evaluateSql`
   * every instant of a record (outside: rejected with field and reason). Years 1900 to 9999; a
   * business calendar accepts only its own `instantDomain`, so widen both together.
   * @default { fromYear: 1900, toYear: 2199 } (`DEFAULT_INSTANT_DOMAIN`)
   */
  instantDomain?: InstantDomain | undefined;
}

/** One group (and period) of an evaluation. */
export interface EvaluationGroup {
  /** The group's key (e.g. the agent id). */
  readonly key: string;
  /** The period key (`'2026-03'`); absent on a group's total over all periods. */
  readonly period?: string | undefined;
  readonly values: MetricValues;
}

/** The result of `evaluate`: plain, serialisable data. */
export interface Evaluation {
  /** The metric ids, in the order asked for. */
  readonly metrics: readonly string[];
  /** Every record that passed the filters. */
  readonly overall: MetricValues;
  /**
   * With `groupBy`: for each group (sorted by key) its total over all periods (no `period`), then,
   * with `period`, one entry per period in which the group has records (sorted by period).
   */
  readonly groups: readonly EvaluationGroup[];
  /** With `period`: the organisation's values per period, sorted by period. */
  readonly periods: ReadonlyArray<{ readonly period: string; readonly values: MetricValues }>;
  /** Tickets left out by their `excluded` flag. */
  readonly excluded: {
    readonly total: number;
    readonly byReason: Readonly<Record<ExclusionReason, number>>;
  };
  /** Tickets still open or pending at `asOf` (censored from time-to-resolve metrics). */
  readonly censored: { readonly openTickets: number };
  /** Records per table that had no group key (with `groupBy`). */
  readonly ungrouped: Readonly<Record<TableName, number>>;
  /** Agent/customer records whose `period` is coarser than the evaluation's (a `2026` record in a monthly evaluation): in `overall` and group totals, not in any period. */
  readonly unattributed: Readonly<Record<TableName, number>>;
  /** Records per table that passed the filters (excluded tickets not counted). */
  readonly records: Readonly<Record<TableName, number>>;
  /**
   * The canonical fields any accepted record of each table carried (SQL: any row had non-NULL),
   * in declaration order (set by `evaluate`, `evaluateRecords` and `evaluateSql`). A metric reading
   * an optional field absent here is `notRecorded`.
   */
  readonly recorded?: Readonly<Record<TableName, readonly string[]>> | undefined;
  /** Epoch ms. */
  readonly asOf: number;
  readonly timeZone: string;
  readonly period?: PeriodGranularity | undefined;
}
