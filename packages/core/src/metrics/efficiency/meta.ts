/**
 * The efficiency metrics' metadata (id, label, unit, direction, category, minimum sample): what a
 * widget needs to show a value, without the accumulators. Each definition spreads its entry.
 */
import type { MetricMeta } from '../types';

/** Metadata of `avgFirstResponseTime` (平均响应时间); the definition is in `./avg-first-response-time.ts`. */
export const avgFirstResponseTimeMeta: MetricMeta = {
  id: 'avgFirstResponseTime',
  label: { 'zh-CN': '平均响应时间', 'en-US': 'Average first response time' },
  unit: 'duration',
  direction: 'lower',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `responseTimelinessRate` (响应及时率); the definition is in `./response-timeliness-rate.ts`. */
export const responseTimelinessRateMeta: MetricMeta = {
  id: 'responseTimelinessRate',
  label: { 'zh-CN': '响应及时率', 'en-US': 'Response timeliness' },
  unit: 'ratio',
  direction: 'higher',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `responseTimeouts` (响应超时次数); the definition is in `./response-timeouts.ts`. */
export const responseTimeoutsMeta: MetricMeta = {
  id: 'responseTimeouts',
  label: { 'zh-CN': '响应超时次数', 'en-US': 'Response timeouts' },
  unit: 'count',
  direction: 'lower',
  category: 'efficiency',
  minSample: 0,
};

/** Metadata of `avgResolutionTime` (平均故障解决时间); the definition is in `./avg-resolution-time.ts`. */
export const avgResolutionTimeMeta: MetricMeta = {
  id: 'avgResolutionTime',
  label: { 'zh-CN': '平均故障解决时间', 'en-US': 'Mean time to resolve (MTTR)' },
  unit: 'duration',
  direction: 'lower',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `avgHandlingTime` (平均处理时长); the definition is in `./avg-handling-time.ts`. */
export const avgHandlingTimeMeta: MetricMeta = {
  id: 'avgHandlingTime',
  label: { 'zh-CN': '平均处理时长', 'en-US': 'Average handling time' },
  unit: 'duration',
  direction: 'lower',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `resolutionTimeouts` (故障解决超时次数); the definition is in `./resolution-timeouts.ts`. */
export const resolutionTimeoutsMeta: MetricMeta = {
  id: 'resolutionTimeouts',
  label: { 'zh-CN': '故障解决超时次数', 'en-US': 'Resolution timeouts' },
  unit: 'count',
  direction: 'lower',
  category: 'efficiency',
  minSample: 0,
};

/** Metadata of `onTimeResolutionRate` (服务交付及时性); the definition is in `./on-time-resolution-rate.ts`. */
export const onTimeResolutionRateMeta: MetricMeta = {
  id: 'onTimeResolutionRate',
  label: { 'zh-CN': '服务交付及时性', 'en-US': 'On-time resolution rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `avgComplaintHandlingTime` (投诉处理时间); the definition is in `./avg-complaint-handling-time.ts`. */
export const avgComplaintHandlingTimeMeta: MetricMeta = {
  id: 'avgComplaintHandlingTime',
  label: { 'zh-CN': '投诉处理时间', 'en-US': 'Average complaint handling time' },
  unit: 'duration',
  direction: 'lower',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `requestVolume` (服务请求处理量); the definition is in `./request-volume.ts`. */
export const requestVolumeMeta: MetricMeta = {
  id: 'requestVolume',
  label: { 'zh-CN': '服务请求处理量', 'en-US': 'Requests handled' },
  unit: 'count',
  direction: 'higher',
  category: 'efficiency',
  minSample: 0,
};

/** Metadata of `followUpRate` (售后回访及时性); the definition is in `./follow-up-rate.ts`. */
export const followUpRateMeta: MetricMeta = {
  id: 'followUpRate',
  label: { 'zh-CN': '售后回访及时性', 'en-US': 'Timely follow-up rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `callAnswerRate` (电话接通率); the definition is in `./call-answer-rate.ts`. */
export const callAnswerRateMeta: MetricMeta = {
  id: 'callAnswerRate',
  label: { 'zh-CN': '电话接通率', 'en-US': 'Call answer rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `avgSpeedOfAnswer` (平均应答速度); the definition is in `./avg-speed-of-answer.ts`. */
export const avgSpeedOfAnswerMeta: MetricMeta = {
  id: 'avgSpeedOfAnswer',
  label: { 'zh-CN': '平均应答速度', 'en-US': 'Average speed of answer' },
  unit: 'duration',
  direction: 'lower',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `serviceLevel` (服务水平); the definition is in `./service-level.ts`. */
export const serviceLevelMeta: MetricMeta = {
  id: 'serviceLevel',
  label: { 'zh-CN': '服务水平', 'en-US': 'Service level' },
  unit: 'ratio',
  direction: 'higher',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `avgTalkTime` (平均通话时长); the definition is in `./avg-talk-time.ts`. */
export const avgTalkTimeMeta: MetricMeta = {
  id: 'avgTalkTime',
  label: { 'zh-CN': '平均通话时长', 'en-US': 'Average talk time' },
  unit: 'duration',
  direction: 'lower',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `avgCallHandleTime` (平均处理时长（通话）Average); the definition is in `./avg-call-handle-time.ts`. */
export const avgCallHandleTimeMeta: MetricMeta = {
  id: 'avgCallHandleTime',
  label: { 'zh-CN': '平均处理时长（通话）', 'en-US': 'Average call handle time' },
  unit: 'duration',
  direction: 'lower',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `callResolutionRate` (通话解决率); the definition is in `./call-resolution-rate.ts`. */
export const callResolutionRateMeta: MetricMeta = {
  id: 'callResolutionRate',
  label: { 'zh-CN': '通话解决率', 'en-US': 'Call resolution rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'efficiency',
  minSample: 1,
};

/** Metadata of `utilization` (人员利用率); the definition is in `./utilization.ts`. */
export const utilizationMeta: MetricMeta = {
  id: 'utilization',
  label: { 'zh-CN': '人员利用率', 'en-US': 'Utilization' },
  unit: 'ratio',
  direction: 'higher',
  category: 'efficiency',
  minSample: 1,
};

/** The efficiency metrics' metadata, in catalogue order. */
export const efficiencyMeta: readonly MetricMeta[] = [
  avgFirstResponseTimeMeta,
  responseTimelinessRateMeta,
  responseTimeoutsMeta,
  avgResolutionTimeMeta,
  avgHandlingTimeMeta,
  resolutionTimeoutsMeta,
  onTimeResolutionRateMeta,
  avgComplaintHandlingTimeMeta,
  requestVolumeMeta,
  followUpRateMeta,
  callAnswerRateMeta,
  avgSpeedOfAnswerMeta,
  serviceLevelMeta,
  avgTalkTimeMeta,
  avgCallHandleTimeMeta,
  callResolutionRateMeta,
  utilizationMeta,
];
