export { KpiLeaderboard } from './kpi-leaderboard';
export type { LeaderboardColumnKind } from './leaderboard-columns';
export type { LeaderboardEntry } from './leaderboard-entries';
export type {
  LeaderboardCellView,
  LeaderboardHeaderView,
  KpiLeaderboardOptions,
  KpiLeaderboardProps,
  LeaderboardRowView,
  LeaderboardSort,
  KpiLeaderboardState,
} from './leaderboard-types';
export { useKpiLeaderboard } from './use-kpi-leaderboard';
