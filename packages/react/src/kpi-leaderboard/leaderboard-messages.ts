import type { MessageBundle } from '@servicescore/core';

const zhCN = {
  'rank.position': '第 {rank} 名，共 {total} 名',
  'leaderboard.label': 'KPI 排行榜',
  'leaderboard.showing': '显示 {shown} / {total} 行',
  'leaderboard.noMatch': '没有名称包含“{query}”的行',
  'leaderboard.filterPlaceholder': '按名称筛选',
};

/** KpiLeaderboard texts: name, filter, rows shown, rank. */
export const leaderboardMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'rank.position': 'Rank {rank} of {total}',
    'leaderboard.label': 'KPI leaderboard',
    'leaderboard.showing': 'Showing {shown} of {total}',
    'leaderboard.noMatch': 'No name contains “{query}”',
    'leaderboard.filterPlaceholder': 'Filter by name',
  },
};
