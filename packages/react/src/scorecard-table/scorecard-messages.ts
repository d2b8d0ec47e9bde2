import type { MessageBundle } from '@servicescore/core';

const zhCN = {
  'score.coverageNote': '数据覆盖率 {coverage}，缺失指标的权重已分配给其余指标',
  'scorecard.coverage': '数据覆盖率 {coverage}',
  'scorecard.coverageZeroNote': '数据覆盖率 {coverage}，缺失指标按 0 分计入总分',
  'scorecard.notGradedNote': '数据覆盖率 {coverage}，低于评定等级所需的 {min}，不评等级',
  'scorecard.nominalWeight': '模板权重 {weight}',
  'scorecard.expandAll': '全部展开',
  'scorecard.collapseAll': '全部收起',
};

/** ScorecardTable texts: coverage sentences, expand and collapse all. */
export const scorecardMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'score.coverageNote':
      'Data coverage {coverage}; the weight of indicators without data is spread over the rest',
    'scorecard.coverage': 'Data coverage {coverage}',
    'scorecard.coverageZeroNote':
      'Data coverage {coverage}; indicators without data count as 0 points',
    'scorecard.notGradedNote':
      'Data coverage {coverage} is below the {min} a grade needs: no grade is given',
    'scorecard.nominalWeight': 'Nominal weight {weight}',
    'scorecard.expandAll': 'Expand all',
    'scorecard.collapseAll': 'Collapse all',
  },
};
