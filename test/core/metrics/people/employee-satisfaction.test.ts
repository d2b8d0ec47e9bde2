import { describe, expect, it } from 'vitest';
import { agent, run } from './fixtures';

describe('employeeSatisfaction', () => {
  it('is satisfied ÷ answered, non-respondents left out', () => {
    // true, true, false → 2 ÷ 3
    const v = run('employeeSatisfaction', [
      agent({ satisfied: true }),
      agent({ satisfied: true }),
      agent({ satisfied: false }),
      agent(),
    ]);
    expect(v.value).toBeCloseTo(2 / 3, 12);
    expect(v.denominator).toBe(3);
  });
});
