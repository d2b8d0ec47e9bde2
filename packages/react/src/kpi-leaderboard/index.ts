export { KpiLeaderboard, type KpiLeaderboardProps } from './kpi-leaderboard';
export type { LeaderboardColumnKind } from './leaderboard-columns';
export type { LeaderboardEntry } from './leaderboard-entries';
export type {
  LeaderboardCellView,
  LeaderboardHeaderView,
  LeaderboardOptions,
  LeaderboardRowView,
  LeaderboardSort,
  LeaderboardState,
} from './leaderboard-types';
export { useLeaderboard } from './use-leaderboard';
