// The public surface of @servicescore/react, pinned: every runtime name and every type name of the
// entry is written below, so that adding or removing one is a decision made in this file, not a side
// effect of editing a widget folder. A failing pin lists the names added and removed. The type names
// are read with the TypeScript compiler (test/public-api/surface.ts), which also checks that every
// exported function has TSDoc with an `@example`.
import * as react from '@servicescore/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EntrySurface, examplesCheck, nameDiff, readSurfaces } from '../public-api/surface';

/** The names of a whitespace-separated list. */
const names = (list: string): string[] => list.split(/\s+/).filter((n) => n !== '');

const values = names(`
  AgentReportCard BulletGraph BulletGraphView CrossAnalysisHeatmap GaugeArc GradeBadge
  ImprovementPlanBoard KpiCard KpiComparison KpiDumbbell KpiGauge KpiLeaderboard KpiTrend
  ParetoChart ScorecardTable ServiceScoreProvider scorecardColumnIds scorecardRuleBullet
  useAgentReportCard useBulletGraph useCrossAnalysisHeatmap useGradeBadge useImprovementPlanBoard
  useKpiCard useKpiComparison useKpiGauge useKpiLeaderboard useKpiTrend useParetoChart
  useRuleBullet useScorecardTable useServiceScore
`);

const types = names(`
  AgentReportCardOptions AgentReportCardProps AgentReportCardState BoardCard BoardColumn
  BoardVerification BulletBand BulletGraphOptions BulletGraphProps BulletGraphState
  BulletGraphViewProps CellSide CrossAnalysisHeatmapOptions CrossAnalysisHeatmapProps
  CrossAnalysisHeatmapState DeltaSign GaugeArcProps GaugeBand GaugeGeometry GaugeRender
  GaugeSegment GaugeStatus GradeBadgeOptions GradeBadgeProps GradeBadgeState HeatmapCell
  HeatmapRow ImprovementPlanBoardOptions ImprovementPlanBoardProps ImprovementPlanBoardState
  KpiCardDelta KpiCardOptions KpiCardProps KpiCardState KpiCardTarget KpiCardTargetState
  KpiCardTrendPoint KpiComparisonOptions KpiComparisonProps KpiComparisonRow KpiComparisonState
  KpiGaugeOptions KpiGaugeProps KpiGaugeState KpiLeaderboardOptions KpiLeaderboardProps
  KpiLeaderboardState KpiTrendControl KpiTrendDatum KpiTrendOptions KpiTrendPeriod
  KpiTrendPeriodCell KpiTrendPoint KpiTrendPointProps KpiTrendPointState KpiTrendProps
  KpiTrendState LeaderboardCellView LeaderboardColumnKind LeaderboardEntry LeaderboardHeaderView
  LeaderboardRowView LeaderboardSort ParetoBar ParetoBarProps ParetoChartOptions ParetoChartProps
  ParetoChartState ParetoData ParetoStatus RuleBulletOptions ScorecardColumnId
  ScorecardColumnMeta ScorecardFeatures ScorecardFooter ScorecardRow ScorecardRuleCell
  ScorecardSortColumnId ScorecardTableOptions ScorecardTableProps ScorecardTableState
  ScorecardTableStatus ServiceScore ServiceScoreProviderProps ServiceScoreSettings ThemeMode Tone
`);

// Exported functions whose TSDoc has no `@example` yet. This list may only shrink: a name that gains
// an example must leave it, and a new function without one fails.
const examplesMissing: string[] = [];

let surface: EntrySurface;
beforeAll(() => {
  surface = readSurfaces({ react: 'packages/react/src/index.ts' }).react;
}, 30_000);

describe('the public API of @servicescore/react is pinned', () => {
  it('the runtime exports are exactly the pinned names', () => {
    const actual = Object.keys(react).sort();
    expect(actual.length).toBeGreaterThan(0);
    expect(nameDiff(actual, values)).toEqual({ added: [], removed: [] });
    expect(actual).toEqual([...values].sort());
  });

  it('the compiler sees the same runtime names as the module', () => {
    expect(surface.values).toEqual(Object.keys(react).sort());
  });

  it('the exported types are exactly the pinned names', () => {
    expect(surface.types.length).toBeGreaterThan(0);
    expect(nameDiff(surface.types, types)).toEqual({ added: [], removed: [] });
  });
});

describe('every exported function of @servicescore/react has TSDoc with an @example', () => {
  it('no function lacks one beyond the pinned list, none there has one', () => {
    expect(surface.functions.length).toBeGreaterThan(0);
    expect(examplesCheck(surface.functions, examplesMissing)).toEqual({
      missing: [],
      nowDocumented: [],
    });
  });
});
