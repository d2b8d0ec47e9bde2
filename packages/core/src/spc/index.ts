export type * from './control-limits.types';
export { controlLimits } from './control-limits';
