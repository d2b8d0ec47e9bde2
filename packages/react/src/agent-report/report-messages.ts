import type { MessageBundle } from '@servicescore/core';

const zhCN = {
  'report.title': '个人考核报告',
  'report.period': '考核期',
  'report.dimensions': '维度得分',
  'report.weakest': '待提升指标',
  'report.training': '培训建议',
  'report.consequence': '结果应用',
  'report.bonus': '绩效系数 {value}',
  'report.points': '{points} / {max} 分',
  'report.for': '（{indicators}）',
  'report.noWeak': '各项指标均为满分',
  'report.noGrade': '数据不足，暂不定级',
  'report.print': '打印报告',
};

/**
 * AgentReportCard texts: the report's sections, points, bonus coefficient and the no-grade note.
 */
export const reportMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'report.title': 'Assessment report',
    'report.period': 'Period',
    'report.dimensions': 'Dimension scores',
    'report.weakest': 'To improve',
    'report.training': 'Training',
    'report.consequence': 'Consequence',
    'report.bonus': 'Bonus coefficient {value}',
    'report.points': '{points} / {max} pts',
    'report.for': ' ({indicators})',
    'report.noWeak': 'Every indicator at full points',
    'report.noGrade': 'Too little data for a grade',
    'report.print': 'Print report',
  },
};
