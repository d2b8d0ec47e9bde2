export type { KpiCardTarget, KpiTrendPeriod, KpiTrendPoint } from './card-inputs';
export type { DeltaSign } from './delta-text';
export { KpiCard, type KpiCardProps } from './kpi-card';
export {
  type KpiCardDelta,
  type KpiCardOptions,
  type KpiCardState,
  type KpiCardTargetState,
  type KpiCardTrendPoint,
  useKpiCard,
} from './use-kpi-card';
