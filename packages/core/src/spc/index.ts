export type {
  ControlChartKind,
  ControlLimitsOptions,
  ControlLimitsResult,
  ControlPoint,
  ControlPointInput,
  ControlSignal,
} from './control-limits.types';
export { controlLimits } from './control-limits';
