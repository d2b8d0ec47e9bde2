import type { MessageBundle } from './types';

const zhCN = {
  'indicatorStatus.scored': '已评分',
  'indicatorStatus.manual': '人工评分',
  'indicatorStatus.missing': '无数据',
  'indicatorStatus.insufficient': '样本不足',
  'direction.higher': '越高越好',
  'direction.lower': '越低越好',
  'comparison.improved': '改善',
  'comparison.worsened': '恶化',
  'comparison.unchanged': '持平',
  'comparison.significant': '显著',
  'comparison.notSignificant': '不显著',
  'targetStatus.met': '达标',
  'targetStatus.notMet': '未达标',
  'targetStatus.insufficient': '样本不足',
};

/** Indicator and target statuses, directions and comparison outcomes. */
export const statusMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'indicatorStatus.scored': 'Scored',
    'indicatorStatus.manual': 'Manually scored',
    'indicatorStatus.missing': 'No data',
    'indicatorStatus.insufficient': 'Insufficient sample',
    'direction.higher': 'Higher is better',
    'direction.lower': 'Lower is better',
    'comparison.improved': 'Improved',
    'comparison.worsened': 'Worsened',
    'comparison.unchanged': 'Unchanged',
    'comparison.significant': 'Significant',
    'comparison.notSignificant': 'Not significant',
    'targetStatus.met': 'Met',
    'targetStatus.notMet': 'Not met',
    'targetStatus.insufficient': 'Insufficient sample',
  },
};
