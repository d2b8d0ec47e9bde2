/**
 * The people metrics' metadata (id, label, unit, direction, category, minimum sample): what a
 * widget needs to show a value, without the accumulators. Each definition spreads its entry.
 */
import type { MetricMeta } from '../types';

/** Metadata of `trainingParticipationRate` (培训参与率); the definition is in `./training-participation-rate.ts`. */
export const trainingParticipationRateMeta: MetricMeta = {
  id: 'trainingParticipationRate',
  label: { 'zh-CN': '培训参与率', 'en-US': 'Training participation rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'people',
  minSample: 1,
};

/** Metadata of `avgTrainingHours` (培训时长); the definition is in `./avg-training-hours.ts`. */
export const avgTrainingHoursMeta: MetricMeta = {
  id: 'avgTrainingHours',
  label: { 'zh-CN': '培训时长', 'en-US': 'Average training hours' },
  unit: 'number',
  direction: 'higher',
  category: 'people',
  minSample: 1,
};

/** Metadata of `examPassRate` (技能考核合格率); the definition is in `./exam-pass-rate.ts`. */
export const examPassRateMeta: MetricMeta = {
  id: 'examPassRate',
  label: { 'zh-CN': '技能考核合格率', 'en-US': 'Exam pass rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'people',
  minSample: 1,
};

/** Metadata of `goalCompletionRate` (个人目标完成率); the definition is in `./goal-completion-rate.ts`. */
export const goalCompletionRateMeta: MetricMeta = {
  id: 'goalCompletionRate',
  label: { 'zh-CN': '个人目标完成率', 'en-US': 'Goal completion rate' },
  unit: 'ratio',
  direction: 'higher',
  category: 'people',
  minSample: 1,
};

/** Metadata of `improvementPlanCompletion` (个人提升计划执行度); the definition is in `./improvement-plan-completion.ts`. */
export const improvementPlanCompletionMeta: MetricMeta = {
  id: 'improvementPlanCompletion',
  label: { 'zh-CN': '个人提升计划执行度', 'en-US': 'Improvement plan completion' },
  unit: 'ratio',
  direction: 'higher',
  category: 'people',
  minSample: 1,
};

/** Metadata of `employeeSatisfaction` (工作满意度); the definition is in `./employee-satisfaction.ts`. */
export const employeeSatisfactionMeta: MetricMeta = {
  id: 'employeeSatisfaction',
  label: { 'zh-CN': '工作满意度', 'en-US': 'Employee satisfaction' },
  unit: 'ratio',
  direction: 'higher',
  category: 'people',
  minSample: 1,
};

/** Metadata of `growthIndex` (个人成长指数); the definition is in `./growth-index.ts`. */
export const growthIndexMeta: MetricMeta = {
  id: 'growthIndex',
  label: { 'zh-CN': '个人成长指数', 'en-US': 'Growth index' },
  unit: 'ratio',
  direction: 'higher',
  category: 'people',
  minSample: 1,
};

/** The people metrics' metadata, in catalogue order. */
export const peopleMeta: readonly MetricMeta[] = [
  trainingParticipationRateMeta,
  avgTrainingHoursMeta,
  examPassRateMeta,
  goalCompletionRateMeta,
  improvementPlanCompletionMeta,
  employeeSatisfactionMeta,
  growthIndexMeta,
];
