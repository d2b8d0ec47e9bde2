import { describe, expect, it } from 'vitest';
import { H, T0, resolved, run, ticket } from './fixtures';

describe('avgResolutionTime', () => {
  it('is the mean time to resolve over resolved tickets, with open ones censored', () => {
    // (2 + 4) h ÷ 2 = 3 h; the open and the pending ticket are reported, not counted as 0
    const v = run('avgResolutionTime', [
      resolved(2),
      resolved(4, { status: 'closed' }),
      ticket(),
      ticket({ status: 'pending' }),
    ]);
    expect(v.value).toBe(3 * H);
    expect(v.count).toBe(2);
    expect(v.censored).toBe(2);
  });

  it('gives the median and p90 of 1…10 h as 5.5 h and 9.1 h', () => {
    // median (5 + 6) ÷ 2; p90 at h = 8.1 → 9 + 0.1 × 1 = 9.1 h
    const v = run(
      'avgResolutionTime',
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((h) => resolved(h)),
    );
    expect(v.median).toBe(5.5 * H);
    expect(v.p90).toBeCloseTo(9.1 * H, 6);
  });

  it('leaves out a ticket closed without a resolution time, without censoring it', () => {
    const v = run('avgResolutionTime', [
      resolved(6),
      ticket({ status: 'closed', closedAt: T0 + H }),
    ]);
    expect(v.value).toBe(6 * H);
    expect(v.censored).toBeUndefined();
  });

  it('is null with noData for no tickets', () => {
    const v = run('avgResolutionTime', []);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
  });
});
