export * from './agent-report';
export * from './cross-analysis';
export * from './plan-schema';
export * from './spearman';
export {
  type ActionTracking,
  type PlanTracking,
  trackImprovementPlan,
} from './track';
export type * from './types';
export * from './verify';
