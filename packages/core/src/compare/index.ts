export {
  type ChangeKind,
  type Comparison,
  type ComparisonTest,
  type CompareEvaluationsOptions,
  compare,
  compareEvaluations,
  type DirectionSpec,
} from './compare';
// KpiComparison's texts, kept out of the catalogue (see the module).
export { comparisonViewMessages } from '../i18n/messages/comparison-view';
export { normalTwoSidedP, regularizedIncompleteBeta, studentTTwoSidedP } from './stats';
export {
  type CheckTargetsOptions,
  checkTargets,
  serviceStandardTargets,
  type Target,
  type TargetCheck,
  type TargetComparator,
  type TargetStatus,
} from './targets';
