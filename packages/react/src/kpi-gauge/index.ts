export { GaugeArc, type GaugeArcProps } from './gauge-arc';
export { KpiGauge, type KpiGaugeProps } from './kpi-gauge';
export type {
  GaugeBand,
  GaugeGeometry,
  KpiGaugeOptions,
  GaugeRender,
  GaugeSegment,
  KpiGaugeState,
  GaugeStatus,
} from './types';
export { useKpiGauge } from './use-kpi-gauge';
