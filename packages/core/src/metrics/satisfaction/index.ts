import { asAny } from '../define';
import type { AnyMetric } from '../types';
import { callCsat } from './call-csat';
import { complaintSatisfaction } from './complaint-satisfaction';
import { csat } from './csat';
import { csatMean } from './csat-mean';
import { nps } from './nps';
import { positiveReviewRate } from './positive-review-rate';
import { surveyCoverage } from './survey-coverage';

export { callCsat, complaintSatisfaction, csat, csatMean, nps, positiveReviewRate, surveyCoverage };

/** The satisfaction metrics (客户满意度), in catalogue order [RULES.md#catalogue]. */
export const satisfactionMetrics: readonly AnyMetric[] = [
  asAny(csat),
  asAny(csatMean),
  asAny(nps),
  asAny(positiveReviewRate),
  asAny(complaintSatisfaction),
  asAny(surveyCoverage),
  asAny(callCsat),
];
