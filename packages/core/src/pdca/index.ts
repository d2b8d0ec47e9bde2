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
// The PDCA widgets' texts live outside the global catalogue (`messages`, `t`), so that the widgets
// reading that catalogue do not carry them; the PDCA widgets merge them into their own bundle.
export { pdcaMessages } from '../i18n/messages/pdca';
