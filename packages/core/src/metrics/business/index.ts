import { asAny } from '../define';
import type { AnyMetric } from '../types';
import { avgRepeatPurchases } from './avg-repeat-purchases';
import { careFrequency } from './care-frequency';
import { churnRate } from './churn-rate';
import { opportunityRate } from './opportunity-rate';
import { repeatPurchaseRate } from './repeat-purchase-rate';
import { repeatRevenueShare } from './repeat-revenue-share';
import { retentionRate } from './retention-rate';

export {
  avgRepeatPurchases,
  careFrequency,
  churnRate,
  opportunityRate,
  repeatPurchaseRate,
  repeatRevenueShare,
  retentionRate,
};

/** 业务影响 Business impact metrics, in catalogue order [RULES.md#catalogue]. */
export const businessMetrics: AnyMetric[] = [
  asAny(retentionRate),
  asAny(churnRate),
  asAny(repeatPurchaseRate),
  asAny(avgRepeatPurchases),
  asAny(repeatRevenueShare),
  asAny(careFrequency),
  asAny(opportunityRate),
];
