import { describe, expect, it } from 'vitest';
import { H, T0, resolved, run, ticket } from './fixtures';

describe('avgHandlingTime', () => {
  it('is the mean of resolved − first response', () => {
    // (5 − 1) h = 4 h and (4 − 2) h = 2 h → 3 h
    const v = run('avgHandlingTime', [
      resolved(5, { firstResponseAt: T0 + 1 * H }),
      resolved(4, { firstResponseAt: T0 + 2 * H }),
    ]);
    expect(v.value).toBe(3 * H);
    expect(v.sum).toBe(6 * H);
    expect(v.count).toBe(2);
    expect(v.median).toBe(3 * H);
  });

  it('leaves out resolved tickets without a recorded response and censors open ones', () => {
    const v = run('avgHandlingTime', [
      resolved(5, { firstResponseAt: T0 + 1 * H }), // 4 h
      resolved(3), // no firstResponseAt: left out
      ticket({ firstResponseAt: T0 + H }), // open: censored
    ]);
    expect(v.value).toBe(4 * H);
    expect(v.count).toBe(1);
    expect(v.censored).toBe(1);
  });

  it('is null with noData for no tickets', () => {
    expect(run('avgHandlingTime', []).reason).toBe('noData');
  });
});
