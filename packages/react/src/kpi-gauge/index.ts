export { GaugeArc, type GaugeArcProps } from './gauge-arc';
export { KpiGauge } from './kpi-gauge';
export type {
  GaugeBand,
  GaugeGeometry,
  KpiGaugeOptions,
  KpiGaugeProps,
  GaugeRender,
  GaugeSegment,
  KpiGaugeState,
  GaugeStatus,
} from './types';
export { useKpiGauge } from './use-kpi-gauge';
