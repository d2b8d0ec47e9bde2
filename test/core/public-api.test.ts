// The public surface of @servicescore/core, pinned: every runtime name and every type name of each
// entry is written below, so that adding or removing one is a decision made in this file, not a side
// effect of editing a module. A failing pin lists the names added and removed. The type names are
// read with the TypeScript compiler (test/public-api/surface.ts), which also checks that every
// exported function has TSDoc with an `@example`.
import * as core from '@servicescore/core';
import * as advanced from '@servicescore/core/advanced';
import * as demo from '@servicescore/core/demo';
import * as sql from '@servicescore/core/sql';
import * as worker from '@servicescore/core/worker';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EntrySurface, examplesCheck, nameDiff, readSurfaces } from '../public-api/surface';

/** The names of a whitespace-separated list. */
const names = (list: string): string[] => list.split(/\s+/).filter((n) => n !== '');

const entries = {
  core: {
    path: 'packages/core/src/index.ts',
    runtime: core,
    values: names(`
      DEFAULT_INSTANT_DOMAIN DatasetError EventLogSpecError ImprovementPlanError MappingError
      MetricDefinitionError Outcome SlaOutcome TemplateError afterSalesMaxPoints afterSalesRuleOf
      afterSalesRules afterSalesTemplate afterSalesTrainingTopics agentAssessmentReport agentSchema
      applyRule assertTimeZone assertValidTemplate associateMetrics bandSegments businessCalendar
      callSchema canonicalFields checkTargets classifyValue commonMessages compare
      compareEvaluations controlLimits countBy createEvaluationStream createZone crossAnalysis
      customerSchema dataMessages datasetSchema days defaultGradeScale defaultLocale
      defaultSlaPolicy defineMetric durationFormatter elapsedBetween evaluate evaluateRecords expr foldEvents
      formatDuration formatPercent formatPeriod formatScore formatValue getMetric
      getMetricMeta gradeMessages gradeOf hours improvementPlanSchema instantBounds isFiniteNumber
      isMessageKey isOpen isResolved label locales mapRecords mergeMessages messages metricMeta
      metrics minutes negotiateLocale pareto parseDataset parseImprovementPlan parsePeriodKey
      periodBounds periodKey qaScore resolutionDueAt resolveSlaOption responseDueAt roundScore
      ruleText scopeMetric scoreScorecard scorecardToCsv serviceStandardTargets slaPolicy
      statusMessages templateMetrics ticketSchema toneOf trackImprovementPlan translate unitWord
      validateGradeScale validateTemplate verifyImprovementPlan vocabularyMessages weekdayHours
      withUnitWord wordMessages
    `),
    types: names(`
      Accumulator ActionKind ActionStatus ActionTracking ActionVerification AfterSalesMetricId
      AgentInput AgentRecord AgentReport AgentReportOptions AnyMetric AssociationPoint Attributes
      Band BandSegment BusinessCalendar BusinessCalendarSpec CallInput CanonicalField CaseField
      ChangeKind CheckTargetsOptions Classification ClassifyOptions CompareEvaluationsOptions
      Comparison ComparisonOperator ComparisonTest ConsequenceTable ControlChartKind
      ControlLimitsOptions ControlLimitsResult ControlPoint ControlPointInput ControlSignal
      CrossAnalysis CrossAnalysisOptions CrossCell CrossSegment CustomerInput CustomerRecord
      CycleOutcome CycleSummary DatasetInput DeclarativeMetric DerivedValue Dimension
      DimensionResult DirectionSpec Disambiguation DurationFormat DurationFormatterOptions EffectOutcome EvalContext EvaluateOptions
      EvaluateRecordsOptions EvaluateRecordsResult Evaluation EvaluationGroup EvaluationStream
      EventLogSpec ExclusionReason ExpectedEffect Expr FieldSource FoldEventsResult FoldedCase
      FormatDurationOptions FormatPercentOptions FormatValueOptions GradeConsequence GradeId
      GradeOptions GradeResult GradeScale GradeScaleEntry GradeScaleValidation GroupBy
      ImprovementAction ImprovementCycle ImprovementPlan Indicator IndicatorResult IndicatorSource
      IndicatorStatus Instant InstantBounds InstantDomain IsoWeekday LinearPoint LocalParts Locale
      LocaleNegotiation LocalizedText Measure MessageBundle MessageKey MessageKeyOf MessageParams
      Messages MetricAssociation MetricCategory MetricDefinition MetricDirection MetricMeta
      MetricNeed MetricSettings MetricUnit MetricValue MetricValues MissingColumn MissingPolicy
      NextStep NoMapping OutcomeReason ParetoInput ParetoItem ParetoOptions ParetoOtherOptions
      ParetoResult ParseDatasetOptions ParseDatasetResult ParsedPeriodKey PeriodBounds
      PeriodGranularity PeriodIndexer PeriodTimestamp PlanIssue PlanText PlanTracking
      PlanVerification Priority ProgressNote RankCorrelation RecordIssue RecordMapping RecordsInput
      RejectedEvent RejectedRecord ResultContext Review RuleResult Scalar ScopeOptions
      ScoreInputValue ScoreInputs ScoreOptions ScorecardCsvOptions ScorecardResult
      ScorecardTemplate ScoringRule ServiceCall ServiceDataset ServiceRecord ServiceTicket
      SignDisplay SlaPolicy SlaPolicySpec SlaTargets TableCounts TableInputs TableMapping
      TableMappings TableName TableRecords Target TargetCheck TargetComparator TargetStatus
      TemplateIssue TemplateValidation TicketInput TicketKind TicketStatus ValueReason
      VerifyPlanOptions WeakIndicator WhereFilters WorkingRanges Zone
    `),
  },
  demo: {
    path: 'packages/core/src/demo/index.ts',
    runtime: demo,
    values: names(`
      demoCategories demoCategoryLabel demoChannels demoDatasetSteps demoImprovementPlan
      demoIndustries demoInstallers demoProducts demoRegions evaluateDemoInWorker
      generateDemoDataset
    `),
    types: names(`
      DemoDataset DemoEntry DemoMeta DemoOptions DemoProgress
    `),
  },
  worker: {
    path: 'packages/core/src/worker/index.ts',
    runtime: worker,
    values: names(`
      evaluateInWorker serveEvaluations
    `),
    types: names(`
      DatasetSteps EvaluateInWorkerControls EvaluationScope ServeOptions WorkerEvaluateOptions
      WorkerInput WorkerLike WorkerListener WorkerMappings WorkerProgress
    `),
  },
  advanced: {
    path: 'packages/core/src/advanced/index.ts',
    runtime: advanced,
    values: names(`
      Z95 averageRanks civilFromDays countAccumulator createPeriodIndexer daysFromCivil
      meanAccumulator missingValue noDataValue normalTwoSidedP npsAccumulator poolValues
      quantileSorted quantilesSelect ratioAccumulator regularizedIncompleteBeta roundForDisplay
      sampleVariance spearman studentTTwoSidedP sumRatioAccumulator wilsonInterval withSufficiency
    `),
    types: names(`
      CountState MeanOptions MeanState NpsState RatioState SumRatioOptions SumRatioState
      ValueBuffer
    `),
  },
  sql: {
    path: 'packages/core/src/sql/index.ts',
    runtime: sql,
    values: names(`
      SqlCompileError SqlDuplicateKeyError clickhouseRunner compileEvaluation
      compilePeriodKeysQuery compileRangeQuery compileRejectedRowsQuery duckdbRunner
      duckdbWasmRunner evaluateSql pgRunner sampleRejectedRows
    `),
    types: names(`
      ClickHouseClientLike CompileTarget CompiledEvaluation CompiledQuery DuckDbNodeConnection
      DuckDbWasmConnection EvaluateSqlOptions InstantEncoding PostgresClient SqlContractRule
      SqlDialectName SqlDuplicateKeys SqlEvaluateOptions SqlEvaluation SqlRejected
      SqlRejectedReason SqlRow SqlRunner SqlTableCounts TableMapping TableMappings
    `),
  },
};
type EntryName = keyof typeof entries;
const entryNames = Object.keys(entries) as EntryName[];

/** The members of the `expr` namespace (the metric expression language). */
const exprMembers = names(`
  and asOf attr coalesce count derived eq field gt gte isTrue lit lt lte mean measureExprs minus ne
  not npsOf oneOf open or plus present qa ratio resolved setting sumRatio times walk
`);

let surfaces: Record<EntryName, EntrySurface>;
beforeAll(() => {
  surfaces = readSurfaces({
    core: entries.core.path,
    demo: entries.demo.path,
    worker: entries.worker.path,
    advanced: entries.advanced.path,
    sql: entries.sql.path,
  });
}, 30_000);

describe('the public API of @servicescore/core is pinned', () => {
  it.each(entryNames)('%s: the runtime exports are exactly the pinned names', (name) => {
    const { runtime, values } = entries[name];
    const actual = Object.keys(runtime).sort();
    expect(actual.length).toBeGreaterThan(0);
    expect(nameDiff(actual, values)).toEqual({ added: [], removed: [] });
    expect(actual).toEqual([...values].sort());
  });

  it.each(entryNames)('%s: the compiler sees the same runtime names as the module', (name) => {
    expect(surfaces[name].values).toEqual(Object.keys(entries[name].runtime).sort());
  });

  it.each(entryNames)('%s: the exported types are exactly the pinned names', (name) => {
    const { types } = entries[name];
    expect(surfaces[name].types.length).toBeGreaterThan(0);
    expect(nameDiff(surfaces[name].types, types)).toEqual({ added: [], removed: [] });
  });

  it('expr: the namespace members are exactly the pinned names', () => {
    const actual = Object.keys(core.expr).sort();
    expect(nameDiff(actual, exprMembers)).toEqual({ added: [], removed: [] });
    expect(actual).toEqual(exprMembers);
  });
});

describe('every exported function of @servicescore/core has TSDoc with an @example', () => {
  // No known-missing list here: every function of these entries has one (the failure names each
  // function without one, `name (file:line)`).
  it.each(entryNames)('%s: no exported function lacks one', (name) => {
    const { functions } = surfaces[name];
    expect(functions.length).toBeGreaterThan(0);
    expect(examplesCheck(functions, [])).toEqual({ missing: [], nowDocumented: [] });
  });
});
