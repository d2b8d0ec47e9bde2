import { describe, expect, it } from 'vitest';
import { call, runCalls as run } from './fixtures';

describe('callResolutionRate', () => {
  it('is resolved ÷ answered calls with a known outcome', () => {
    // true, false → 1 ÷ 2; unknown and unanswered left out
    const v = run('callResolutionRate', [
      call({ resolved: true }),
      call({ resolved: false }),
      call(),
      call({ answered: false, resolved: false }),
    ]);
    expect(v.value).toBe(0.5);
    expect(v.denominator).toBe(2);
  });
});
