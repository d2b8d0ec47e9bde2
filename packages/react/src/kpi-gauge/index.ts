export { GaugeArc, type GaugeArcProps } from './gauge-arc';
export { KpiGauge, type KpiGaugeProps } from './kpi-gauge';
export type {
  GaugeBand,
  GaugeGeometry,
  GaugeOptions,
  GaugeRender,
  GaugeSegment,
  GaugeState,
  GaugeStatus,
} from './types';
export { useGauge } from './use-gauge';
