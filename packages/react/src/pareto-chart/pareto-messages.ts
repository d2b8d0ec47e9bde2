import type { MessageBundle } from '@servicescore/core';

const zhCN = {
  cumulativeShare: '累计占比',
  share: '占比',
  count: '数量',
  other: '其他',
  vitalFew: '关键少数',
  cutoff: '截止线',
  category: '类别',
  'pareto.barName': '{category}：{count}（{share}），累计 {cumulative}',
  'pareto.title': '帕累托图',
  'pareto.bars': '各类别数量',
  'pareto.barNameVital': '{name}，关键少数',
  'pareto.summary': '关键少数：{categories}，占 {share}',
  'pareto.cutoffLabel': '截止线 {cutoff}',
  'pareto.otherIncludes': '含 {count} 个类别',
  'pareto.invalidData': '数据无效，无法绘制帕累托图',
};

/** ParetoChart texts: bar names, summary, cutoff, the "other" bar and the axis words. */
export const paretoMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    cumulativeShare: 'Cumulative share',
    share: 'Share',
    count: 'Count',
    other: 'Other',
    vitalFew: 'Vital few',
    cutoff: 'Cutoff',
    category: 'Category',
    'pareto.barName': '{category}: {count} ({share}), cumulative {cumulative}',
    'pareto.title': 'Pareto chart',
    'pareto.bars': 'Counts by category',
    'pareto.barNameVital': '{name}, vital few',
    'pareto.summary': 'Vital few: {categories}, {share} of the total',
    'pareto.cutoffLabel': 'Cutoff {cutoff}',
    'pareto.otherIncludes': 'Includes {count} categories',
    'pareto.invalidData': 'The data is invalid, so the Pareto chart cannot be drawn',
  },
};
