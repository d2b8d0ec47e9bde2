export { ParetoChart, type ParetoChartProps } from './pareto-chart';
export {
  type ParetoBar,
  type ParetoBarProps,
  type ParetoData,
  type ParetoChartState,
  type ParetoStatus,
  type ParetoChartOptions,
  useParetoChart,
} from './use-pareto-chart';
