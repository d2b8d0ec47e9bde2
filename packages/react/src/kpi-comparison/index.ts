export { KpiComparison, KpiDumbbell } from './kpi-comparison';
export {
  type ComparisonScale,
  type ComparisonSort,
  type KpiComparisonOptions,
  type KpiComparisonProps,
  type KpiComparisonRow,
  type KpiComparisonState,
  type RowSignificance,
  useKpiComparison,
} from './use-kpi-comparison';
