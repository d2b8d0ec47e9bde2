import { describe, expect, it } from 'vitest';
import { call, runCalls as run } from './fixtures';

describe('avgTalkTime', () => {
  it('excludes unanswered calls, so their zeros do not drag the mean down', () => {
    // (60 + 120) s ÷ 2 = 90 s; with the unanswered 0 it would wrongly be 60 s
    const v = run('avgTalkTime', [
      call({ talkSeconds: 60 }),
      call({ talkSeconds: 120 }),
      call({ answered: false, talkSeconds: 0 }),
    ]);
    expect(v.value).toBe(90_000);
    expect(v.count).toBe(2);
  });

  it('is null with noData when only unanswered calls were offered', () => {
    expect(run('avgTalkTime', [call({ answered: false, talkSeconds: 0 })]).reason).toBe('noData');
  });
});
