import { describe, expect, it } from 'vitest';
import { ImprovementPlanError, parseImprovementPlan } from '@servicescore/core';

const good = {
  id: 'q3',
  title: { 'zh-CN': '三季度提升方案', 'en-US': 'Q3 improvement plan' },
  cycles: [{ id: 'c1', baseline: '2026-07', review: '2026-10' }],
  actions: [
    {
      id: 'a1',
      title: '增加夜间客服人员',
      metric: 'responseTimelinessRate',
      kind: 'resources',
      owner: { 'zh-CN': '客服部', 'en-US': 'Service desk' },
      due: '2026-08-31',
      expected: { type: 'absolute', change: 0.05 },
      status: 'inProgress',
      progress: [{ date: '2026-08-07', text: '已招聘 2 人', percent: 40 }],
    },
  ],
};

function issuesOf(input: unknown): string[] {
  try {
    parseImprovementPlan(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ImprovementPlanError);
    return (e as ImprovementPlanError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected the plan to be rejected');
}

describe('parseImprovementPlan', () => {
  it('accepts a valid plan unchanged', () => {
    expect(parseImprovementPlan(good)).toEqual(good);
  });

  it('rejects unknown kinds, statuses, blank owners and percents out of range, each at its path', () => {
    const a = {
      ...good.actions[0],
      kind: 'training',
      status: 'started',
      owner: ' ',
      progress: [{ date: '2026-08-07', text: 'x', percent: 140 }],
    };
    const issues = issuesOf({ ...good, actions: [a] });
    expect(issues.map((i) => i.split(':')[0])).toEqual([
      'actions[0].kind',
      'actions[0].owner',
      'actions[0].status',
      'actions[0].progress[0].percent',
    ]);
  });

  it('rejects an unknown cycle, a missing cycle when there are several, a bad zone and no cycles', () => {
    expect(issuesOf({ ...good, actions: [{ ...good.actions[0], cycle: 'c9' }] })).toEqual([
      'actions[0].cycle: names the cycle "c9", which the plan does not have (cycles: c1)',
    ]);
    const two = {
      ...good,
      cycles: [good.cycles[0], { id: 'c2', baseline: '2026-10', review: '2027-01' }],
    };
    expect(issuesOf(two)).toEqual([
      'actions[0].cycle: is missing: the plan has several cycles, so each action must name its cycle',
    ]);
    expect(issuesOf({ ...good, timeZone: 'Mars/Base' })[0]).toBe(
      'timeZone: must be an IANA time zone such as Asia/Shanghai',
    );
    expect(issuesOf({ ...good, cycles: [] })[0]).toBe('cycles: a plan needs at least one cycle');
  });

  it('rejects non-finite and zero expected effects and unknown keys', () => {
    const at = (expected: unknown) =>
      issuesOf({ ...good, actions: [{ ...good.actions[0], expected }] })[0];
    expect(at({ type: 'target', value: Number.NaN })).toMatch(/^actions\[0\]\.expected\.value: /);
    expect(at({ type: 'absolute', change: 0 })).toBe(
      'actions[0].expected.change: an expected change of 0 is no effect',
    );
    expect(at({ type: 'relative', change: -2 })).toMatch(/at least −1/);
    expect(issuesOf({ ...good, owner: 'x' })[0]).toMatch(/^\(plan\): /);
  });

  it('names the plan and the action in the error message', () => {
    expect(() =>
      parseImprovementPlan({ ...good, actions: [{ ...good.actions[0], due: '31/08/2026' }] }),
    ).toThrow(
      'Improvement plan "q3" is invalid (1 issue):\n- actions[0].due (action "a1"): must be a calendar date written YYYY-MM-DD',
    );
    expect(() => parseImprovementPlan(null)).toThrow(
      /Improvement plan \(without an id\) is invalid/,
    );
  });
});
