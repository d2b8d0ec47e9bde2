export { KpiTrend, type KpiTrendProps } from './kpi-trend';
export type { KpiTrendControl } from './trend-control';
export type { KpiTrendDatum, KpiTrendPeriodCell } from './trend-series';
export {
  type KpiTrendOptions,
  type KpiTrendPointProps,
  type KpiTrendPointState,
  type KpiTrendState,
  useKpiTrend,
} from './use-kpi-trend';
