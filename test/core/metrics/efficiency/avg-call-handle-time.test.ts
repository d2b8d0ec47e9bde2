import { describe, expect, it } from 'vitest';
import { call, runCalls as run } from './fixtures';

describe('avgCallHandleTime', () => {
  it('is the mean of talk + hold + wrap over answered calls, missing parts counting 0', () => {
    // (60 + 30 + 30) = 120 s and (200 + 0 + 0) = 200 s → 160 s = 160 000 ms
    const v = run('avgCallHandleTime', [
      call({ talkSeconds: 60, holdSeconds: 30, wrapSeconds: 30 }),
      call({ talkSeconds: 200 }),
      call({ holdSeconds: 50 }), // no talk time: left out
      call({ answered: false, talkSeconds: 0, wrapSeconds: 10 }), // unanswered: left out
    ]);
    expect(v.value).toBe(160_000);
    expect(v.sum).toBe(320_000);
    expect(v.count).toBe(2);
  });
});
