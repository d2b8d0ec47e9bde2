import { describe, expect, it } from 'vitest';
import { call, runCalls as run } from './fixtures';

describe('avgSpeedOfAnswer', () => {
  it('is the mean wait of answered calls, in milliseconds', () => {
    // (10 + 20 + 30) s ÷ 3 = 20 s = 20 000 ms; the abandoned call (100 s) and the answered call
    // without a wait are left out
    const v = run('avgSpeedOfAnswer', [
      call({ waitSeconds: 10 }),
      call({ waitSeconds: 20 }),
      call({ waitSeconds: 30 }),
      call({ answered: false, waitSeconds: 100 }),
      call(),
    ]);
    expect(v.value).toBe(20_000);
    expect(v.count).toBe(3);
    expect(v.median).toBe(20_000);
  });

  it('is null with noData when no answered call has a wait', () => {
    expect(run('avgSpeedOfAnswer', [call({ answered: false, waitSeconds: 5 })]).value).toBeNull();
  });
});
