export {
  afterSalesTrainingTopics,
  agentAssessmentReport,
  type AgentReport,
  type AgentReportOptions,
  type ConsequenceTable,
  type GradeConsequence,
  type WeakIndicator,
} from './agent-report';
export {
  crossAnalysis,
  type CrossAnalysis,
  type CrossAnalysisOptions,
  type CrossCell,
  type CrossSegment,
  poolValues,
} from './cross-analysis';
export {
  ImprovementPlanError,
  improvementPlanSchema,
  parseImprovementPlan,
  type PlanIssue,
} from './plan-schema';
export {
  associateMetrics,
  type AssociationPoint,
  averageRanks,
  type MetricAssociation,
  type RankCorrelation,
  spearman,
} from './spearman';
export {
  type ActionTracking,
  type PlanTracking,
  trackImprovementPlan,
} from './track';
export type {
  ActionKind,
  ActionStatus,
  ExpectedEffect,
  ImprovementAction,
  ImprovementCycle,
  ImprovementPlan,
  PlanText,
  ProgressNote,
} from './types';
export {
  type ActionVerification,
  type CycleOutcome,
  type CycleSummary,
  type EffectOutcome,
  type NextStep,
  type OutcomeReason,
  type PlanVerification,
  verifyImprovementPlan,
  type VerifyPlanOptions,
} from './verify';
