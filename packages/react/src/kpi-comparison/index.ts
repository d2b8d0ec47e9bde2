export { KpiComparison, type KpiComparisonProps, KpiDumbbell } from './kpi-comparison';
export {
  type ComparisonScale,
  type ComparisonSort,
  type KpiComparisonOptions,
  type KpiComparisonRow,
  type KpiComparisonState,
  type RowSignificance,
  useKpiComparison,
} from './use-kpi-comparison';
