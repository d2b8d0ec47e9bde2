export {
  defaultGradeScale,
  type GradeId,
  type GradeOptions,
  type GradeResult,
  type GradeScale,
  type GradeScaleEntry,
  type GradeScaleValidation,
  gradeOf,
  roundScore,
  validateGradeScale,
} from './grades';
export {
  applyRule,
  type Band,
  type BandSegment,
  bandSegments,
  type Classification,
  type ClassifyOptions,
  classifyValue,
  type LinearPoint,
  type RuleResult,
  ruleText,
  type ScoringRule,
  toneOf,
} from './bands';
export {
  type Dimension,
  type Indicator,
  type IndicatorSource,
  type MissingPolicy,
  type ScorecardTemplate,
  templateMetrics,
} from './template';
export { afterSalesTemplate } from './after-sales-template';
export {
  type AfterSalesMetricId,
  afterSalesMaxPoints,
  afterSalesRuleOf,
  afterSalesRules,
} from './after-sales-rules';
export {
  assertValidTemplate,
  TemplateError,
  type TemplateIssue,
  type TemplateValidation,
  validateTemplate,
} from './validate-template';
export type { ScoreInputs, ScoreInputValue } from './inputs';
export {
  type DimensionResult,
  type IndicatorResult,
  type IndicatorStatus,
  type ScoreOptions,
  type ScorecardResult,
  scoreScorecard,
} from './score-scorecard';
export { type ScorecardCsvOptions, scorecardToCsv } from './to-csv';
