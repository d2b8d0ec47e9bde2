import type { MessageBundle } from './types';

const zhCN = {
  'data.rejectedRows': '已拒绝 {count} 行',
  'data.excludedTickets': '已排除 {count} 张工单',
  'sample.belowMinimum': '样本量 {sampleSize}，低于最低要求 {minSample}',
  'target.attainment': '达成率 {attainment}',
};

/** Data and sample texts: rejected rows, excluded tickets, minimum sample, target attainment. */
export const dataMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'data.rejectedRows': 'Rows rejected: {count}',
    'data.excludedTickets': 'Tickets excluded: {count}',
    'sample.belowMinimum': 'Sample of {sampleSize}, below the minimum of {minSample}',
    'target.attainment': 'Attainment {attainment}',
  },
};
