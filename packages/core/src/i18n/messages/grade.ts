import type { MessageBundle } from './types';

const zhCN = {
  'grade.excellent': '优秀',
  'grade.good': '良好',
  'grade.pass': '合格',
  'grade.needsImprovement': '待改进',
};

/** The default grades (优秀 / 良好 / 合格 / 待改进). */
export const gradeMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'grade.excellent': 'Excellent',
    'grade.good': 'Good',
    'grade.pass': 'Pass',
    'grade.needsImprovement': 'Needs improvement',
  },
};
