import type { MessageBundle } from '@servicescore/core';

const zhCN = {
  'cross.title': '满意度交叉分析',
  'cross.segment': '分组',
  'cross.overall': '全体',
  'cross.better': '优于其他组',
  'cross.worse': '低于其他组',
  'cross.same': '与其他组持平',
  'cross.versusRest': '较其他组 {delta}',
  'cross.significant': '显著',
  'cross.notSignificant': '不显著',
  'cross.legend': '底色深浅表示与全体的相对差距；▲ 优于、▼ 低于其他组；* 表示差异显著（p < 0.05）',
  'cross.n': 'n = {n}',
  'cross.sr': '（{text}）',
};

/**
 * CrossAnalysisHeatmap texts: title, segment and overall labels, the side of a cell against the
 * rest, significance, the legend.
 */
export const heatmapMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'cross.title': 'Satisfaction cross-analysis',
    'cross.segment': 'Segment',
    'cross.overall': 'Everyone',
    'cross.better': 'better than the rest',
    'cross.worse': 'worse than the rest',
    'cross.same': 'same as the rest',
    'cross.versusRest': '{delta} vs the rest',
    'cross.significant': 'significant',
    'cross.notSignificant': 'not significant',
    'cross.legend':
      'Shade shows the relative gap to everyone; ▲ better, ▼ worse than the rest; * significant (p < 0.05)',
    'cross.n': 'n = {n}',
    'cross.sr': ' ({text})',
  },
};
