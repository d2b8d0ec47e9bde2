/**
 * The quality metrics' metadata (id, label, unit, direction, category, minimum sample): what a
 * widget needs to show a value, without the accumulators. Each definition spreads its entry.
 */
import type { MetricMeta } from '../types';
import { qaScoreMeta } from './qa-score-meta';

/** Metadata of `resolutionRate` (问题解决率); the definition is in `./resolution-rate.ts`. */
export const resolutionRateMeta: MetricMeta = {
  id: 'resolutionRate',
  label: { 'zh-CN': '问题解决率', 'en-US': 'Resolution rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'quality',
  minSample: 1,
};

/** Metadata of `fcr` (首次解决率); the definition is in `./fcr.ts`. */
export const fcrMeta: MetricMeta = {
  id: 'fcr',
  label: { 'zh-CN': '首次解决率', 'en-US': 'First contact resolution (FCR)' },
  unit: 'ratio',
  direction: 'higher',
  category: 'quality',
  minSample: 1,
};

/** Metadata of `reopenRate` (复开率); the definition is in `./reopen-rate.ts`. */
export const reopenRateMeta: MetricMeta = {
  id: 'reopenRate',
  label: { 'zh-CN': '复开率', 'en-US': 'Reopen rate' },
  unit: 'ratio',
  direction: 'lower',
  category: 'quality',
  minSample: 1,
};

/** Metadata of `repeatFaultRate` (重复故障率); the definition is in `./repeat-fault-rate.ts`. */
export const repeatFaultRateMeta: MetricMeta = {
  id: 'repeatFaultRate',
  label: { 'zh-CN': '重复故障率', 'en-US': 'Repeat fault rate' },
  unit: 'ratio',
  direction: 'lower',
  category: 'quality',
  minSample: 1,
};

/** Metadata of `solutionEffectiveness` (解决方案有效性); the definition is in `./solution-effectiveness.ts`. */
export const solutionEffectivenessMeta: MetricMeta = {
  id: 'solutionEffectiveness',
  label: { 'zh-CN': '解决方案有效性', 'en-US': 'Solution effectiveness' },
  unit: 'ratio',
  direction: 'higher',
  category: 'quality',
  minSample: 1,
};

/** Metadata of `diagnosisAccuracy` (问题判断准确率); the definition is in `./diagnosis-accuracy.ts`. */
export const diagnosisAccuracyMeta: MetricMeta = {
  id: 'diagnosisAccuracy',
  label: { 'zh-CN': '问题判断准确率', 'en-US': 'Diagnosis accuracy' },
  unit: 'ratio',
  direction: 'higher',
  category: 'quality',
  minSample: 1,
};

/** Metadata of `errorRate` (错误率); the definition is in `./error-rate.ts`. */
export const errorRateMeta: MetricMeta = {
  id: 'errorRate',
  label: { 'zh-CN': '错误率', 'en-US': 'Error rate' },
  unit: 'ratio',
  direction: 'lower',
  category: 'quality',
  minSample: 1,
};

/** Metadata of `complaintRate` (投诉率); the definition is in `./complaint-rate.ts`. */
export const complaintRateMeta: MetricMeta = {
  id: 'complaintRate',
  label: { 'zh-CN': '投诉率', 'en-US': 'Complaint rate' },
  unit: 'ratio',
  direction: 'lower',
  category: 'quality',
  minSample: 1,
};

/** Metadata of `complaintResolutionRate` (投诉解决率); the definition is in `./complaint-resolution-rate.ts`. */
export const complaintResolutionRateMeta: MetricMeta = {
  id: 'complaintResolutionRate',
  label: { 'zh-CN': '投诉解决率', 'en-US': 'Complaint resolution rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'quality',
  minSample: 1,
};

/** Metadata of `complaintClosureRate` (投诉关闭率); the definition is in `./complaint-closure-rate.ts`. */
export const complaintClosureRateMeta: MetricMeta = {
  id: 'complaintClosureRate',
  label: { 'zh-CN': '投诉关闭率', 'en-US': 'Complaint closure rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'quality',
  minSample: 1,
};

/**
 * The quality metrics' metadata, in catalogue order, ending with the three quality-inspection items
 * of the default scorecard (`qaScore.etiquette`, `qaScore.empathy`, `qaScore.knowledgeBase`).
 */
export const qualityMeta: readonly MetricMeta[] = [
  resolutionRateMeta,
  fcrMeta,
  reopenRateMeta,
  repeatFaultRateMeta,
  solutionEffectivenessMeta,
  diagnosisAccuracyMeta,
  errorRateMeta,
  complaintRateMeta,
  complaintResolutionRateMeta,
  complaintClosureRateMeta,
  qaScoreMeta('etiquette'),
  qaScoreMeta('empathy'),
  qaScoreMeta('knowledgeBase'),
];
