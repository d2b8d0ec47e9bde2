import { describe, expect, it } from 'vitest';
import { ASOF, H, T0, answered, run, ticket } from './fixtures';

describe('responseTimelinessRate', () => {
  it('counts a response at exactly 24 h as on time and at 24 h + 1 ms as late', () => {
    // on time 1 of 2 → 0.5
    const v = run('responseTimelinessRate', [
      ticket({ firstResponseAt: T0 + 24 * H }),
      ticket({ firstResponseAt: T0 + 24 * H + 1 }),
    ]);
    expect(v.value).toBe(0.5);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(2);
    expect(v.sampleSize).toBe(2);
    // Wilson 95 % for 1 of 2
    expect(v.interval?.[0]).toBeCloseTo(0.0945, 4);
    expect(v.interval?.[1]).toBeCloseTo(0.9055, 4);
  });

  it('counts an overdue unanswered ticket as a miss and a not-yet-due one nowhere', () => {
    // asOf = T0 + 100 h. Met (1 h) + overdue open (created T0, due T0 + 24 h) = 1 ÷ 2;
    // open, created T0 + 90 h, due T0 + 114 h > asOf → censored
    const v = run('responseTimelinessRate', [
      answered(1),
      ticket(),
      ticket({ createdAt: T0 + 90 * H }),
    ]);
    expect(v.value).toBe(0.5);
    expect(v.denominator).toBe(2);
    expect(v.censored).toBe(1);
  });

  it('lets an explicit responseDueAt win over the 24 h policy', () => {
    // answered at 2 h but due at 1 h → miss; answered at 30 h but due at 48 h → hit
    const v = run('responseTimelinessRate', [
      answered(2, { responseDueAt: T0 + 1 * H }),
      answered(30, { responseDueAt: T0 + 48 * H }),
    ]);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(2);
    expect(run('responseTimelinessRate', [answered(2, { responseDueAt: T0 + H })]).value).toBe(0);
  });

  it('treats a resolution without a recorded response as the response', () => {
    // resolved at 3 h, no firstResponseAt → responded at 3 h ≤ 24 h → on time
    const v = run('responseTimelinessRate', [
      ticket({ status: 'resolved', resolvedAt: T0 + 3 * H }),
    ]);
    expect(v.value).toBe(1);
  });

  it('judges a ticket closed unanswered and unresolved at its closedAt (RULES.md response-closed-unresolved)', () => {
    // Due T0 + 24 h each. Answered at 1 h → met. Closed at 30 h without response or resolution →
    // the customer waited past the due instant: a miss. Closed at 2 h the same way → closed before
    // any response was due: no target, counted nowhere. 1 met ÷ 2 judged = 0.5.
    const v = run('responseTimelinessRate', [
      answered(1),
      ticket({ status: 'closed', closedAt: T0 + 30 * H }),
      ticket({ status: 'closed', closedAt: T0 + 2 * H }),
    ]);
    expect(v.value).toBe(0.5);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(2);
    // The same miss is one response timeout.
    const timeouts = run('responseTimeouts', [
      answered(1),
      ticket({ status: 'closed', closedAt: T0 + 30 * H }),
      ticket({ status: 'closed', closedAt: T0 + 2 * H }),
    ]);
    expect(timeouts.value).toBe(1);
  });

  it('is null with noData for no tickets, and when every ticket is not yet due', () => {
    const empty = run('responseTimelinessRate', []);
    expect(empty.value).toBeNull();
    expect(empty.reason).toBe('noData');
    const pending = run('responseTimelinessRate', [ticket({ createdAt: ASOF - H })]);
    expect(pending.value).toBeNull();
    expect(pending.reason).toBe('noData');
    expect(pending.censored).toBe(1);
  });
});
