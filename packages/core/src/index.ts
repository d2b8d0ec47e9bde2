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
export {
  type AgentInput,
  agentSchema,
  type CallInput,
  callSchema,
  type CustomerInput,
  customerSchema,
  type DatasetInput,
  datasetSchema,
  type TableInputs,
  type TicketInput,
  ticketSchema,
} from './data/schemas';
export {
  DatasetError,
  parseDataset,
  type ParseDatasetOptions,
  type ParseDatasetResult,
  type RecordIssue,
  type RejectedRecord,
  type TableCounts,
} from './data/parse-dataset';
export {
  type CanonicalField,
  canonicalFields,
  type FieldSource,
  MappingError,
  mapRecords,
  type MissingColumn,
  type RecordMapping,
  type TableMapping,
  type TableMappings,
} from './data/map-records';
export {
  type CaseField,
  type EventLogSpec,
  EventLogSpecError,
  type FoldedCase,
  foldEvents,
  type FoldEventsResult,
  type RejectedEvent,
} from './data/fold-events';
export {
  DEFAULT_INSTANT_DOMAIN,
  type InstantBounds,
  type InstantDomain,
  instantBounds,
} from './data/instant';

// ── Time: periods, business calendars, SLA ──────────────────────────────────────────────────────
export { parsePeriodKey, type ParsedPeriodKey, type PeriodGranularity } from './time/period-key';
export {
  assertTimeZone,
  createZone,
  type Disambiguation,
  type LocalParts,
  type Zone,
} from './time/zone';
export {
  periodBounds,
  type PeriodBounds,
  type PeriodIndexer,
  periodKey,
} from './time/period';
export {
  businessCalendar,
  type BusinessCalendar,
  type BusinessCalendarSpec,
  type IsoWeekday,
  weekdayHours,
  type WorkingRanges,
} from './time/calendar';
export {
  days,
  defaultSlaPolicy,
  elapsedBetween,
  hours,
  minutes,
  resolutionDueAt,
  resolveSlaOption,
  responseDueAt,
  slaPolicy,
  type SlaPolicy,
  type SlaPolicySpec,
  type SlaTargets,
} from './sla/policy';

// ── Metric catalogue ────────────────────────────────────────────────────────────────────────────
export type {
  Accumulator,
  AnyMetric,
  EvalContext,
  MetricCategory,
  MetricDefinition,
  MetricDirection,
  MetricMeta,
  MetricSettings,
  MetricUnit,
  MetricValue,
  PeriodTimestamp,
  ResultContext,
  ValueReason,
} from './metrics/types';
export { SlaOutcome } from './metrics/types';
export {
  type DeclarativeMetric,
  defineMetric,
  MetricDefinitionError,
  scopeMetric,
  type ScopeOptions,
} from './metrics/define';
export { isFiniteNumber, Outcome } from './metrics/kit';
/** The metric expression language: `expr.ratio({ population: expr.present(expr.field('csat')), … })`. */
import * as expr from './metrics/expr/namespace';

export { expr };
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
export type {
  EvaluateOptions,
  Evaluation,
  EvaluationGroup,
  GroupBy,
  MetricValues,
  WhereFilters,
} from './evaluate/types';
export { evaluate } from './evaluate/evaluate';
export {
  createEvaluationStream,
  evaluateRecords,
  type EvaluateRecordsOptions,
  type EvaluateRecordsResult,
  type EvaluationStream,
  type NoMapping,
  type RecordsInput,
} from './evaluate/evaluate-records';

// ── Scoring, grades and the band engine ─────────────────────────────────────────────────────────
export {
  afterSalesMaxPoints,
  type AfterSalesMetricId,
  afterSalesRuleOf,
  afterSalesRules,
  afterSalesTemplate,
  applyRule,
  assertValidTemplate,
  type Band,
  type BandSegment,
  bandSegments,
  type Classification,
  type ClassifyOptions,
  classifyValue,
  defaultGradeScale,
  type Dimension,
  type DimensionResult,
  type GradeId,
  gradeOf,
  type GradeOptions,
  type GradeResult,
  type GradeScale,
  type GradeScaleEntry,
  type GradeScaleValidation,
  type Indicator,
  type IndicatorResult,
  type IndicatorSource,
  type IndicatorStatus,
  type LinearPoint,
  type MissingPolicy,
  roundScore,
  type RuleResult,
  ruleText,
  type ScorecardCsvOptions,
  type ScorecardResult,
  type ScorecardTemplate,
  scorecardToCsv,
  type ScoreInputs,
  type ScoreInputValue,
  type ScoreOptions,
  scoreScorecard,
  type ScoringRule,
  TemplateError,
  type TemplateIssue,
  templateMetrics,
  type TemplateValidation,
  toneOf,
  validateGradeScale,
  validateTemplate,
} from './scoring';

// ── Pareto, comparison, targets ─────────────────────────────────────────────────────────────────
export {
  countBy,
  pareto,
  type ParetoInput,
  type ParetoItem,
  type ParetoOptions,
  type ParetoOtherOptions,
  type ParetoResult,
} from './pareto/pareto';
export {
  type ChangeKind,
  checkTargets,
  type CheckTargetsOptions,
  compare,
  compareEvaluations,
  type CompareEvaluationsOptions,
  type Comparison,
  type ComparisonTest,
  type DirectionSpec,
  serviceStandardTargets,
  type Target,
  type TargetCheck,
  type TargetComparator,
  type TargetStatus,
} from './compare';

// ── PDCA: improvement plans, verification, cross-analysis, per-agent reports ─────────────────────
export {
  type ActionKind,
  type ActionStatus,
  type ActionTracking,
  type ActionVerification,
  afterSalesTrainingTopics,
  agentAssessmentReport,
  type AgentReport,
  type AgentReportOptions,
  associateMetrics,
  type AssociationPoint,
  type ConsequenceTable,
  crossAnalysis,
  type CrossAnalysis,
  type CrossAnalysisOptions,
  type CrossCell,
  type CrossSegment,
  type CycleOutcome,
  type CycleSummary,
  type EffectOutcome,
  type ExpectedEffect,
  type GradeConsequence,
  type ImprovementAction,
  type ImprovementCycle,
  type ImprovementPlan,
  ImprovementPlanError,
  improvementPlanSchema,
  type MetricAssociation,
  type NextStep,
  type OutcomeReason,
  parseImprovementPlan,
  type PlanIssue,
  type PlanText,
  type PlanTracking,
  type PlanVerification,
  type ProgressNote,
  type RankCorrelation,
  trackImprovementPlan,
  verifyImprovementPlan,
  type VerifyPlanOptions,
  type WeakIndicator,
} from './pdca';
// ── Statistical process control ─────────────────────────────────────────────────────────────────
export {
  type ControlChartKind,
  controlLimits,
  type ControlLimitsOptions,
  type ControlLimitsResult,
  type ControlPoint,
  type ControlPointInput,
  type ControlSignal,
} from './spc';

// ── Formatting and messages ─────────────────────────────────────────────────────────────────────
export {
  defaultLocale,
  type Locale,
  type LocaleNegotiation,
  type LocalizedText,
  locales,
  negotiateLocale,
} from './i18n/locale';
export {
  type DurationFormat,
  durationFormatter,
  type DurationFormatterOptions,
  formatDuration,
  type FormatDurationOptions,
  formatPercent,
  type FormatPercentOptions,
  formatPeriod,
  formatScore,
  formatValue,
  type FormatValueOptions,
  type SignDisplay,
  unitWord,
  withUnitWord,
} from './format';
export {
  commonMessages,
  dataMessages,
  gradeMessages,
  isMessageKey,
  label,
  mergeMessages,
  type MessageBundle,
  type MessageKey,
  type MessageKeyOf,
  type MessageParams,
  messages,
  type Messages,
  statusMessages,
  translate,
  vocabularyMessages,
  wordMessages,
} from './i18n';
