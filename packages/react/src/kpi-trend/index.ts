export { KpiTrend } from './kpi-trend';
export type { KpiTrendControl } from './trend-control';
export type { KpiTrendDatum, KpiTrendPeriodCell } from './trend-series';
export {
  type KpiTrendOptions,
  type KpiTrendPointProps,
  type KpiTrendPointState,
  type KpiTrendProps,
  type KpiTrendState,
  useKpiTrend,
} from './use-kpi-trend';
