export { KpiLeaderboard, type KpiLeaderboardProps } from './kpi-leaderboard';
export type { LeaderboardColumnKind } from './leaderboard-columns';
export type { LeaderboardEntry } from './leaderboard-entries';
export type {
  LeaderboardCellView,
  LeaderboardHeaderView,
  KpiLeaderboardOptions,
  LeaderboardRowView,
  LeaderboardSort,
  KpiLeaderboardState,
} from './leaderboard-types';
export { useKpiLeaderboard } from './use-kpi-leaderboard';
