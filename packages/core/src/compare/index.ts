export {
  type ChangeKind,
  type Comparison,
  type ComparisonTest,
  type CompareEvaluationsOptions,
  compare,
  compareEvaluations,
  type DirectionSpec,
} from './compare';
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
