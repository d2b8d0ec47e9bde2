import { asAny } from '../define';
import type { AnyMetric } from '../types';
import { complaintClosureRate } from './complaint-closure-rate';
import { complaintRate } from './complaint-rate';
import { complaintResolutionRate } from './complaint-resolution-rate';
import { diagnosisAccuracy } from './diagnosis-accuracy';
import { errorRate } from './error-rate';
import { fcr } from './fcr';
import { qaScore } from './qa-score';
import { reopenRate } from './reopen-rate';
import { repeatFaultRate } from './repeat-fault-rate';
import { resolutionRate } from './resolution-rate';
import { solutionEffectiveness } from './solution-effectiveness';

export {
  complaintClosureRate,
  complaintRate,
  complaintResolutionRate,
  diagnosisAccuracy,
  errorRate,
  fcr,
  qaScore,
  reopenRate,
  repeatFaultRate,
  resolutionRate,
  solutionEffectiveness,
};
export type { QaScoreFactory, QaScoreMetric } from './qa-score';

/**
 * The quality metrics (服务质量), in catalogue order [RULES.md#catalogue], ending with the three
 * quality-inspection items of the default scorecard: `qaScore.etiquette`, `qaScore.empathy`,
 * `qaScore.knowledgeBase`.
 */
export const qualityMetrics: readonly AnyMetric[] = [
  asAny(resolutionRate),
  asAny(fcr),
  asAny(reopenRate),
  asAny(repeatFaultRate),
  asAny(solutionEffectiveness),
  asAny(diagnosisAccuracy),
  asAny(errorRate),
  asAny(complaintRate),
  asAny(complaintResolutionRate),
  asAny(complaintClosureRate),
  asAny(qaScore.etiquette),
  asAny(qaScore.empathy),
  asAny(qaScore.knowledgeBase),
];
