export { ParetoChart, type ParetoChartProps } from './pareto-chart';
export {
  type ParetoBar,
  type ParetoBarProps,
  type ParetoData,
  type ParetoState,
  type ParetoStatus,
  type UseParetoOptions,
  usePareto,
} from './use-pareto';
