/**
 * The business metrics' metadata (id, label, unit, direction, category, minimum sample): what a
 * widget needs to show a value, without the accumulators. Each definition spreads its entry.
 */
import type { MetricMeta } from '../types';

/** Metadata of `retentionRate` (客户保持率); the definition is in `./retention-rate.ts`. */
export const retentionRateMeta: MetricMeta = {
  id: 'retentionRate',
  label: { 'zh-CN': '客户保持率', 'en-US': 'Customer retention rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'business',
  minSample: 1,
};

/** Metadata of `churnRate` (客户流失率); the definition is in `./churn-rate.ts`. */
export const churnRateMeta: MetricMeta = {
  id: 'churnRate',
  label: { 'zh-CN': '客户流失率', 'en-US': 'Customer churn rate' },
  unit: 'ratio',
  direction: 'lower',
  category: 'business',
  minSample: 1,
};

/** Metadata of `repeatPurchaseRate` (重复购买率); the definition is in `./repeat-purchase-rate.ts`. */
export const repeatPurchaseRateMeta: MetricMeta = {
  id: 'repeatPurchaseRate',
  label: { 'zh-CN': '重复购买率', 'en-US': 'Repeat purchase rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'business',
  minSample: 1,
};

/** Metadata of `avgRepeatPurchases` (重复购买次数); the definition is in `./avg-repeat-purchases.ts`. */
export const avgRepeatPurchasesMeta: MetricMeta = {
  id: 'avgRepeatPurchases',
  label: { 'zh-CN': '重复购买次数', 'en-US': 'Average repeat purchases' },
  unit: 'number',
  direction: 'higher',
  category: 'business',
  minSample: 1,
};

/** Metadata of `repeatRevenueShare` (重复购买金额占比); the definition is in `./repeat-revenue-share.ts`. */
export const repeatRevenueShareMeta: MetricMeta = {
  id: 'repeatRevenueShare',
  label: { 'zh-CN': '重复购买金额占比', 'en-US': 'Repeat revenue share' },
  unit: 'ratio',
  direction: 'higher',
  category: 'business',
  minSample: 1,
};

/** Metadata of `careFrequency` (使用提醒/关怀频次); the definition is in `./care-frequency.ts`. */
export const careFrequencyMeta: MetricMeta = {
  id: 'careFrequency',
  label: { 'zh-CN': '使用提醒/关怀频次', 'en-US': 'Care contacts per customer' },
  unit: 'number',
  direction: 'higher',
  category: 'business',
  minSample: 1,
};

/** Metadata of `opportunityRate` (潜在需求挖掘); the definition is in `./opportunity-rate.ts`. */
export const opportunityRateMeta: MetricMeta = {
  id: 'opportunityRate',
  label: { 'zh-CN': '潜在需求挖掘', 'en-US': 'Opportunities found' },
  unit: 'number',
  direction: 'higher',
  category: 'business',
  minSample: 1,
};

/** The business metrics' metadata, in catalogue order. */
export const businessMeta: readonly MetricMeta[] = [
  retentionRateMeta,
  churnRateMeta,
  repeatPurchaseRateMeta,
  avgRepeatPurchasesMeta,
  repeatRevenueShareMeta,
  careFrequencyMeta,
  opportunityRateMeta,
];
