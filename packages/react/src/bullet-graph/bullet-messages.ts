import type { MessageBundle } from '@servicescore/core';

const zhCN = {
  'bullet.valueText': '{value}，{grade}',
  'bullet.valueTextTarget': '{value}，{grade}，目标 {target}',
  'bullet.target': '目标 {target}',
  'bullet.noRule': '无评分规则',
};

/** BulletGraph texts: the meter's value text and the target label. */
export const bulletMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'bullet.valueText': '{value}, {grade}',
    'bullet.valueTextTarget': '{value}, {grade}, target {target}',
    'bullet.target': 'Target {target}',
    'bullet.noRule': 'No scoring rule',
  },
};
