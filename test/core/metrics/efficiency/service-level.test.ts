import { describe, expect, it } from 'vitest';
import { call, runCalls as run } from './fixtures';

describe('serviceLevel', () => {
  it('counts answered within the threshold, inclusive, over offered calls', () => {
    // hit 20 s (= threshold); miss 21 s; miss: abandoned after 5 s; answered without wait: left out
    // → 1 ÷ 3
    const calls = [
      call({ waitSeconds: 20 }),
      call({ waitSeconds: 21 }),
      call({ answered: false, waitSeconds: 5 }),
      call(),
    ];
    const v = run('serviceLevel', calls);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(3);
  });

  it('uses the serviceLevelSeconds option', () => {
    // threshold 30 s: 20 s and 21 s both hit → 2 ÷ 3
    const calls = [call({ waitSeconds: 20 }), call({ waitSeconds: 21 }), call({ answered: false })];
    expect(run('serviceLevel', calls, { serviceLevelSeconds: 30 }).numerator).toBe(2);
  });

  it('is null with noData for no calls', () => {
    expect(run('serviceLevel', []).value).toBeNull();
  });
});
