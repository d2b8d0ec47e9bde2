import { describe, expect, it } from 'vitest';
import { agent, run } from './fixtures';

describe('improvementPlanCompletion', () => {
  it('pools plan items done ÷ set over agents', () => {
    // (2 + 1) ÷ (2 + 3) = 0.6
    const v = run('improvementPlanCompletion', [
      agent({ plansDone: 2, plansSet: 2 }),
      agent({ plansDone: 1, plansSet: 3 }),
    ]);
    expect(v.value).toBe(0.6);
    expect(v.interval?.[0]).toBeCloseTo(0.2307, 4); // Wilson 3 of 5
  });

  it('is null with noData for no agents', () => {
    expect(run('improvementPlanCompletion', []).value).toBeNull();
  });
});
