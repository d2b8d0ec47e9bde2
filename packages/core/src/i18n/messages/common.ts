import type { MessageBundle } from './types';

const zhCN = {
  noData: '暂无数据',
  insufficientSample: '样本不足',
  insufficientCoverage: '数据不足（覆盖 {coverage}）',
  loading: '加载中…',
  error: '加载失败',
};

/**
 * Texts every widget shows: no data, insufficient sample, a total not graded for lack of coverage,
 * loading, error.
 */
export const commonMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    noData: 'No data',
    insufficientSample: 'Insufficient sample',
    insufficientCoverage: 'Insufficient data (coverage {coverage})',
    loading: 'Loading…',
    error: 'Failed to load',
  },
};
