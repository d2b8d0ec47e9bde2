import { asAny } from '../define';
import type { AnyMetric } from '../types';
import { avgCallHandleTime } from './avg-call-handle-time';
import { avgComplaintHandlingTime } from './avg-complaint-handling-time';
import { avgFirstResponseTime } from './avg-first-response-time';
import { avgHandlingTime } from './avg-handling-time';
import { avgResolutionTime } from './avg-resolution-time';
import { avgSpeedOfAnswer } from './avg-speed-of-answer';
import { avgTalkTime } from './avg-talk-time';
import { callAnswerRate } from './call-answer-rate';
import { callResolutionRate } from './call-resolution-rate';
import { followUpRate } from './follow-up-rate';
import { onTimeResolutionRate } from './on-time-resolution-rate';
import { requestVolume } from './request-volume';
import { resolutionTimeouts } from './resolution-timeouts';
import { responseTimelinessRate } from './response-timeliness-rate';
import { responseTimeouts } from './response-timeouts';
import { serviceLevel } from './service-level';
import { utilization } from './utilization';

export {
  avgCallHandleTime,
  avgComplaintHandlingTime,
  avgFirstResponseTime,
  avgHandlingTime,
  avgResolutionTime,
  avgSpeedOfAnswer,
  avgTalkTime,
  callAnswerRate,
  callResolutionRate,
  followUpRate,
  onTimeResolutionRate,
  requestVolume,
  resolutionTimeouts,
  responseTimelinessRate,
  responseTimeouts,
  serviceLevel,
  utilization,
};

/** 服务效率 Efficiency metrics, in catalogue order [RULES.md#catalogue]. */
export const efficiencyMetrics: AnyMetric[] = [
  asAny(avgFirstResponseTime),
  asAny(responseTimelinessRate),
  asAny(responseTimeouts),
  asAny(avgResolutionTime),
  asAny(avgHandlingTime),
  asAny(resolutionTimeouts),
  asAny(onTimeResolutionRate),
  asAny(avgComplaintHandlingTime),
  asAny(requestVolume),
  asAny(followUpRate),
  asAny(callAnswerRate),
  asAny(avgSpeedOfAnswer),
  asAny(serviceLevel),
  asAny(avgTalkTime),
  asAny(avgCallHandleTime),
  asAny(callResolutionRate),
  asAny(utilization),
];
