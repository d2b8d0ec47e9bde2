import { describe, expect, it } from 'vitest';
import { peopleMetrics } from '../../../../packages/core/src/metrics/people';

describe('peopleMetrics', () => {
  it('lists the KPIS.md people table in order, from the agents table by period', () => {
    expect(peopleMetrics.map((m) => m.id)).toEqual([
      'trainingParticipationRate',
      'avgTrainingHours',
      'examPassRate',
      'goalCompletionRate',
      'improvementPlanCompletion',
      'employeeSatisfaction',
      'growthIndex',
    ]);
    for (const m of peopleMetrics) {
      expect([m.category, m.table, m.timestamp, m.direction, m.minSample]).toEqual([
        'people',
        'agents',
        'period',
        'higher',
        1,
      ]);
    }
  });
});
