// @servicescore/core — headless after-sales service analytics. Pure functions in, plain data out.

// ── Data contract ───────────────────────────────────────────────────────────────────────────────
export type {
  AgentRecord,
  Attributes,
  CustomerRecord,
  ExclusionReason,
  Instant,
  Priority,
  Review,
  ServiceCall,
  ServiceDataset,
  ServiceRecord,
  ServiceTicket,
  TableName,
  TableRecords,
  TicketKind,
  TicketStatus,
} from './data/types';
export { isOpen, isResolved } from './data/types';
export * from './data/schemas';
export * from './data/parse-dataset';
export * from './data/map-records';
export * from './data/fold-events';
export {
  DEFAULT_INSTANT_DOMAIN,
  type InstantBounds,
  type InstantDomain,
  instantBounds,
} from './data/instant';

// ── Time: periods, business calendars, SLA ──────────────────────────────────────────────────────
export { parsePeriodKey, type ParsedPeriodKey, type PeriodGranularity } from './time/period-key';
export * from './time/zone';
export * from './time/period';
export * from './time/calendar';
export * from './sla/policy';

// ── Metric catalogue ────────────────────────────────────────────────────────────────────────────
export type * from './metrics/types';
export { SlaOutcome } from './metrics/types';
export {
  type DeclarativeMetric,
  defineMetric,
  MetricDefinitionError,
  scopeMetric,
  type ScopeOptions,
} from './metrics/define';
export * from './metrics/kit';
/** The metric expression language: `expr.ratio({ population: expr.present(expr.field('csat')), … })`. */
export * as expr from './metrics/expr/build';
export type {
  ComparisonOperator,
  DerivedValue,
  Expr,
  Measure,
  MetricNeed,
  Scalar,
} from './metrics/expr/types';
export { getMetric, metrics } from './metrics/catalogue';
export { getMetricMeta, metricMeta } from './metrics/meta';
export { qaScore } from './metrics/quality';

// ── Evaluation ──────────────────────────────────────────────────────────────────────────────────
export type * from './evaluate/types';
export { evaluate } from './evaluate/evaluate';
export * from './evaluate/evaluate-records';

// ── Scoring, grades and the band engine ─────────────────────────────────────────────────────────
export * from './scoring';

// ── Pareto, comparison, targets ─────────────────────────────────────────────────────────────────
export * from './pareto/pareto';
export * from './compare';

// ── PDCA: improvement plans, verification, cross-analysis, per-agent reports ─────────────────────
export * from './pdca';
// ── Statistical process control ─────────────────────────────────────────────────────────────────
export * from './spc';

// ── Formatting and messages ─────────────────────────────────────────────────────────────────────
export {
  defaultLocale,
  type Locale,
  type LocaleNegotiation,
  type LocalizedText,
  locales,
  negotiateLocale,
} from './i18n/locale';
export * from './format';
export * from './i18n';
