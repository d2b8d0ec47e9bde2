import type { MessageBundle } from '@servicescore/core';

const zhCN = {
  'comparison.change': '{before} → {after}（{delta}）',
  'comparison.title': '改进前后对比',
  'comparison.significance': '显著性',
  'comparison.pValue': 'p {relation} {p}',
  'comparison.showTable': '显示数据表',
  'comparison.hideTable': '隐藏数据表',
};

/** KpiComparison texts: title, change sentence, significance, table toggle. */
export const comparisonMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'comparison.change': '{before} → {after} ({delta})',
    'comparison.title': 'Before and after',
    'comparison.significance': 'Significance',
    'comparison.pValue': 'p {relation} {p}',
    'comparison.showTable': 'Show data table',
    'comparison.hideTable': 'Hide data table',
  },
};
