/**
 * The satisfaction metrics' metadata (id, label, unit, direction, category, minimum sample): what a
 * widget needs to show a value, without the accumulators. Each definition spreads its entry.
 */
import type { MetricMeta } from '../types';

/** Metadata of `csat` (客户满意度); the definition is in `./csat.ts`. */
export const csatMeta: MetricMeta = {
  id: 'csat',
  label: { 'zh-CN': '客户满意度', 'en-US': 'Customer satisfaction (CSAT)' },
  unit: 'ratio',
  direction: 'higher',
  category: 'satisfaction',
  minSample: 30,
};

/** Metadata of `csatMean` (平均满意度评分); the definition is in `./csat-mean.ts`. */
export const csatMeanMeta: MetricMeta = {
  id: 'csatMean',
  label: { 'zh-CN': '平均满意度评分', 'en-US': 'Average satisfaction score' },
  unit: 'number',
  direction: 'higher',
  category: 'satisfaction',
  minSample: 30,
};

/** Metadata of `nps` (净推荐值); the definition is in `./nps.ts`. */
export const npsMeta: MetricMeta = {
  id: 'nps',
  label: { 'zh-CN': '净推荐值', 'en-US': 'Net Promoter Score (NPS)' },
  unit: 'points',
  direction: 'higher',
  category: 'satisfaction',
  minSample: 30,
};

/** Metadata of `positiveReviewRate` (客户评价反馈); the definition is in `./positive-review-rate.ts`. */
export const positiveReviewRateMeta: MetricMeta = {
  id: 'positiveReviewRate',
  label: { 'zh-CN': '客户评价反馈（表扬率）', 'en-US': 'Positive review rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'satisfaction',
  minSample: 30,
};

/** Metadata of `complaintSatisfaction` (投诉处理满意度); the definition is in `./complaint-satisfaction.ts`. */
export const complaintSatisfactionMeta: MetricMeta = {
  id: 'complaintSatisfaction',
  label: { 'zh-CN': '投诉处理满意度', 'en-US': 'Complaint handling satisfaction' },
  unit: 'ratio',
  direction: 'higher',
  category: 'satisfaction',
  minSample: 30,
};

/** Metadata of `surveyCoverage` (调查覆盖率); the definition is in `./survey-coverage.ts`. */
export const surveyCoverageMeta: MetricMeta = {
  id: 'surveyCoverage',
  label: { 'zh-CN': '调查覆盖率', 'en-US': 'Survey coverage' },
  unit: 'ratio',
  direction: 'higher',
  category: 'satisfaction',
  minSample: 1,
};

/** Metadata of `callCsat` (通话满意度); the definition is in `./call-csat.ts`. */
export const callCsatMeta: MetricMeta = {
  id: 'callCsat',
  label: { 'zh-CN': '通话满意度', 'en-US': 'Call satisfaction (CSAT)' },
  unit: 'ratio',
  direction: 'higher',
  category: 'satisfaction',
  minSample: 30,
};

/** The satisfaction metrics' metadata, in catalogue order. */
export const satisfactionMeta: readonly MetricMeta[] = [
  csatMeta,
  csatMeanMeta,
  npsMeta,
  positiveReviewRateMeta,
  complaintSatisfactionMeta,
  surveyCoverageMeta,
  callCsatMeta,
];
