export { ParetoChart } from './pareto-chart';
export {
  type ParetoBar,
  type ParetoBarProps,
  type ParetoData,
  type ParetoChartProps,
  type ParetoChartState,
  type ParetoStatus,
  type ParetoChartOptions,
  useParetoChart,
} from './use-pareto-chart';
