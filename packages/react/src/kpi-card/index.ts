export type { KpiCardTarget, KpiTrendPeriod, KpiTrendPoint } from './card-inputs';
export type { DeltaSign } from './delta-text';
export { KpiCard } from './kpi-card';
export type {
  KpiCardDelta,
  KpiCardOptions,
  KpiCardProps,
  KpiCardState,
  KpiCardTargetState,
  KpiCardTrendPoint,
} from './kpi-card-types';
export { useKpiCard } from './use-kpi-card';
