import { describe, expect, it } from 'vitest';
import { type ImprovementPlan, trackImprovementPlan } from '@servicescore/core';

const base = {
  title: 't',
  metric: 'csat',
  kind: 'process' as const,
  owner: 'o',
  expected: { type: 'target' as const, value: 0.9 },
};
const plan: ImprovementPlan = {
  id: 'p',
  title: 'p',
  timeZone: 'Asia/Shanghai',
  cycles: [{ id: 'c', baseline: '2026-07', review: '2026-10' }],
  actions: [
    {
      ...base,
      id: 'a',
      due: '2026-09-10',
      status: 'inProgress',
      progress: [
        { date: '2026-09-01', text: 'week 1', percent: 20 },
        { date: '2026-09-08', text: 'week 2', percent: 50 },
        { date: '2026-09-15', text: 'week 3 (after asOf)', percent: 90 },
      ],
    },
    { ...base, id: 'b', due: '2026-09-30', status: 'planned' },
    { ...base, id: 'c', due: '2026-08-31', status: 'done' },
  ],
};

describe('trackImprovementPlan', () => {
  it('reads the latest note on or before asOf, and flags open actions past their due day', () => {
    // 2026-09-12T02:00:00Z is 10:00 on 12 September in Shanghai: 'a' (due the 10th) is 2 days late.
    const t = trackImprovementPlan(plan, { asOf: '2026-09-12T02:00:00Z' });
    expect(t.actions.map((a) => [a.actionId, a.percent, a.overdue, a.daysOverdue])).toEqual([
      ['a', 50, true, 2],
      ['b', null, false, 0],
      ['c', 100, false, 0],
    ]);
    expect(t.actions[0]!.latest?.text).toBe('week 2');
    expect(t.byStatus).toEqual({ planned: 1, inProgress: 1, done: 1, cancelled: 0 });
    expect(t.overdue).toBe(1);
  });

  it('uses the plan time zone for the due day: 23:59 local on the due date is not late', () => {
    // 2026-09-10T15:59:00Z = 23:59 on the 10th in Shanghai.
    expect(trackImprovementPlan(plan, { asOf: '2026-09-10T15:59:00Z' }).overdue).toBe(0);
    // 2026-09-10T16:00:00Z = 00:00 on the 11th.
    expect(trackImprovementPlan(plan, { asOf: '2026-09-10T16:00:00Z' }).overdue).toBe(1);
  });
});
