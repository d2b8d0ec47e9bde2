// @servicescore/react — accessible widgets for after-sales service assessment.
// Each widget is a hook that turns core results into ready props plus a thin component.

// ── Provider and theme ──────────────────────────────────────────────────────────────────────────
export {
  type ServiceScore,
  ServiceScoreProvider,
  type ServiceScoreProviderProps,
  type ServiceScoreSettings,
  type ThemeMode,
  useServiceScore,
} from './provider/service-score-provider';
export type { Tone } from './shared/tone-icon';

// ── GradeBadge ──────────────────────────────────────────────────────────────────────────────────
export { GradeBadge } from './grade-badge/grade-badge';
export {
  type GradeBadgeOptions,
  type GradeBadgeProps,
  type GradeBadgeState,
  useGradeBadge,
} from './grade-badge/use-grade-badge';

// ── Widgets (each folder: use-x hook + thin component + css) ─────────────────────────────────────
export {
  GaugeArc,
  type GaugeArcProps,
  type GaugeBand,
  type GaugeGeometry,
  type KpiGaugeOptions,
  type GaugeRender,
  type GaugeSegment,
  type KpiGaugeState,
  type GaugeStatus,
  KpiGauge,
  type KpiGaugeProps,
  useKpiGauge,
} from './kpi-gauge';
export {
  type ParetoBar,
  type ParetoBarProps,
  ParetoChart,
  type ParetoChartProps,
  type ParetoData,
  type ParetoChartState,
  type ParetoStatus,
  useParetoChart,
  type ParetoChartOptions,
} from './pareto-chart';
export {
  type ScorecardColumnId,
  scorecardColumnIds,
  type ScorecardColumnMeta,
  type ScorecardFeatures,
  type ScorecardFooter,
  type ScorecardRow,
  type ScorecardRuleCell,
  type ScorecardSortColumnId,
  ScorecardTable,
  type ScorecardTableOptions,
  type ScorecardTableProps,
  type ScorecardTableState,
  type ScorecardTableStatus,
  useScorecardTable,
} from './scorecard-table';
export {
  KpiLeaderboard,
  type KpiLeaderboardProps,
  type LeaderboardCellView,
  type LeaderboardColumnKind,
  type LeaderboardEntry,
  type LeaderboardHeaderView,
  type KpiLeaderboardOptions,
  type LeaderboardRowView,
  type LeaderboardSort,
  type KpiLeaderboardState,
  useKpiLeaderboard,
} from './kpi-leaderboard';
export {
  type DeltaSign,
  KpiCard,
  type KpiCardDelta,
  type KpiCardOptions,
  type KpiCardProps,
  type KpiCardState,
  type KpiCardTarget,
  type KpiCardTargetState,
  type KpiCardTrendPoint,
  type KpiTrendPeriod,
  type KpiTrendPoint,
  useKpiCard,
} from './kpi-card';
export {
  KpiComparison,
  type KpiComparisonOptions,
  type KpiComparisonProps,
  type KpiComparisonRow,
  type KpiComparisonState,
  KpiDumbbell,
  useKpiComparison,
} from './kpi-comparison';

// ── PDCA: improvement plans, cross-analysis, per-agent reports ──────────────────────────────────
export {
  type BoardCard,
  type BoardColumn,
  type BoardVerification,
  ImprovementPlanBoard,
  type ImprovementPlanBoardOptions,
  type ImprovementPlanBoardProps,
  type ImprovementPlanBoardState,
  useImprovementPlanBoard,
} from './improvement-plan-board';
export {
  type CellSide,
  CrossAnalysisHeatmap,
  type CrossAnalysisHeatmapOptions,
  type CrossAnalysisHeatmapProps,
  type CrossAnalysisHeatmapState,
  type HeatmapCell,
  type HeatmapRow,
  useCrossAnalysisHeatmap,
} from './cross-analysis-heatmap';
export {
  AgentReportCard,
  type AgentReportCardOptions,
  type AgentReportCardProps,
  type AgentReportCardState,
  useAgentReportCard,
} from './agent-report';
export {
  KpiTrend,
  type KpiTrendControl,
  type KpiTrendDatum,
  type KpiTrendOptions,
  type KpiTrendPeriodCell,
  type KpiTrendPointProps,
  type KpiTrendPointState,
  type KpiTrendProps,
  type KpiTrendState,
  useKpiTrend,
} from './kpi-trend';
export {
  type BulletBand,
  BulletGraph,
  type BulletGraphOptions,
  type BulletGraphProps,
  type BulletGraphState,
  BulletGraphView,
  type BulletGraphViewProps,
  type RuleBulletOptions,
  scorecardRuleBullet,
  useBulletGraph,
  useRuleBullet,
} from './bullet-graph';
