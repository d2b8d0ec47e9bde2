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
export { GradeBadge, type GradeBadgeProps } from './grade-badge/grade-badge';
export {
  type GradeBadgeOptions,
  type GradeBadgeState,
  useGradeBadge,
} from './grade-badge/use-grade-badge';

// ── Widgets (each folder: use-x hook + thin component + css) ─────────────────────────────────────
export * from './kpi-gauge';
export * from './pareto-chart';
export * from './scorecard-table';
export * from './kpi-leaderboard';
export * from './kpi-card';
export * from './kpi-comparison';

// ── PDCA: improvement plans, cross-analysis, per-agent reports ──────────────────────────────────
export * from './improvement-plan-board';
export * from './cross-analysis-heatmap';
export * from './agent-report';
export * from './kpi-trend';
export * from './bullet-graph';
