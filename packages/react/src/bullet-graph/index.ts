export { BulletGraph, BulletGraphView, type BulletGraphViewProps } from './bullet-graph';
export {
  type BulletBand,
  type BulletGraphOptions,
  type BulletGraphProps,
  type BulletGraphState,
  type RuleBulletOptions,
  useBulletGraph,
  useRuleBullet,
} from './use-bullet-graph';
export { scorecardRuleBullet } from './scorecard-rule-bullet';
