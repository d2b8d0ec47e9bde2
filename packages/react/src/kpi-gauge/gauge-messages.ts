import type { MessageBundle } from '@servicescore/core';

const zhCN = {
  overRange: '超出上限',
  underRange: '低于下限',
  'gauge.valueText': '{value}，{grade}，目标 {target}',
  'gauge.valueTextWithoutTarget': '{value}，{grade}',
  'gauge.valueTextWithoutGrade': '{value}，目标 {target}',
  'gauge.withNote': '{text}，{note}',
  'gauge.targetLegend': '目标 {target}',
  'gauge.invalid': '数据无效',
};

/** KpiGauge texts: the value sentence, the target legend, out-of-range notes. */
export const gaugeMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    overRange: 'Above range',
    underRange: 'Below range',
    'gauge.valueText': '{value}, {grade}, target {target}',
    'gauge.valueTextWithoutTarget': '{value}, {grade}',
    'gauge.valueTextWithoutGrade': '{value}, target {target}',
    'gauge.withNote': '{text}, {note}',
    'gauge.targetLegend': 'Target {target}',
    'gauge.invalid': 'Invalid data',
  },
};
