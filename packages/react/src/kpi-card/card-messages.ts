import type { MessageBundle } from '@servicescore/core';

const zhCN = {
  'card.deltaImproved': '较上期 {delta}，改善',
  'card.deltaWorsened': '较上期 {delta}，恶化',
  'card.deltaUnchanged': '较上期 {delta}，持平',
  'card.previousMissing': '上期暂无数据',
  'card.percentagePoints': '{value} 个百分点',
  'card.target': '目标 {comparator} {target}',
  'card.targetAttainment': '目标 {comparator} {target}，达成率 {attainment}',
  'card.sampleSize': '样本量 {count}',
  'card.trend': '趋势：{from} {fromValue} → {to} {toValue}',
  'card.trendSelected': '；所选 {period} {value}',
};

/** KpiCard texts: delta, target and trend sentences. */
export const cardMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'card.deltaImproved': '{delta} vs previous, improved',
    'card.deltaWorsened': '{delta} vs previous, worsened',
    'card.deltaUnchanged': '{delta} vs previous, unchanged',
    'card.previousMissing': 'No data for the previous period',
    'card.percentagePoints': '{value} pts',
    'card.target': 'Target {comparator} {target}',
    'card.targetAttainment': 'Target {comparator} {target}, attainment {attainment}',
    'card.sampleSize': 'Sample size {count}',
    'card.trend': 'Trend: {from} {fromValue} → {to} {toValue}',
    'card.trendSelected': '; selected {period} {value}',
  },
};
