import type { MessageBundle } from './types';

const zhCN = {
  'bigData.progress': '评估进度',
  'bigData.progressValue': '已完成 {percent}',
  'bigData.elapsed': '用时 {duration}',
  'bigData.cancel': '取消',
  'bigData.cancelled': '已取消',
  'bigData.failed': '评估失败：{message}',
};

/** Texts around a long evaluation (`evaluateInWorker`): progress, elapsed time, cancel, failure. */
export const bigDataMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'bigData.progress': 'Evaluation progress',
    'bigData.progressValue': '{percent} done',
    'bigData.elapsed': 'Elapsed {duration}',
    'bigData.cancel': 'Cancel',
    'bigData.cancelled': 'Cancelled',
    'bigData.failed': 'Evaluation failed: {message}',
  },
};
