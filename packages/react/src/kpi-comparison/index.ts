export { KpiComparison, type KpiComparisonProps, KpiDumbbell } from './kpi-comparison';
export {
  type KpiComparisonOptions,
  type KpiComparisonRow,
  type KpiComparisonState,
  useKpiComparison,
} from './use-kpi-comparison';
