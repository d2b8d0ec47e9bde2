import { asAny } from '../define';
import type { AnyMetric } from '../types';
import { avgTrainingHours } from './avg-training-hours';
import { employeeSatisfaction } from './employee-satisfaction';
import { examPassRate } from './exam-pass-rate';
import { goalCompletionRate } from './goal-completion-rate';
import { growthIndex } from './growth-index';
import { improvementPlanCompletion } from './improvement-plan-completion';
import { trainingParticipationRate } from './training-participation-rate';

export {
  avgTrainingHours,
  employeeSatisfaction,
  examPassRate,
  goalCompletionRate,
  growthIndex,
  improvementPlanCompletion,
  trainingParticipationRate,
};

/** 服务人员 People metrics (performance and development), in catalogue order [RULES.md#catalogue]. */
export const peopleMetrics: AnyMetric[] = [
  asAny(trainingParticipationRate),
  asAny(avgTrainingHours),
  asAny(examPassRate),
  asAny(goalCompletionRate),
  asAny(improvementPlanCompletion),
  asAny(employeeSatisfaction),
  asAny(growthIndex),
];
