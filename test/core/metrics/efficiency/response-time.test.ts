import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import type { EvaluateOptions } from '@servicescore/core';

const H = 3_600_000;
const T0 = Date.UTC(2026, 2, 2); // Monday 2026-03-02 00:00 UTC
const ASOF = T0 + 100 * H;

function ticket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return { id: 't', createdAt: T0, status: 'open', priority: 'normal', ...fields };
}
/** A ticket answered `hours` after creation, still open. */
function answered(hours: number, fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ firstResponseAt: T0 + hours * H, ...fields });
}
function run(id: string, tickets: ServiceTicket[], options: Partial<EvaluateOptions> = {}) {
  const evaluation = evaluate(
    { tickets, calls: [], agents: [], customers: [] },
    { metrics: [id], asOf: ASOF, ...options },
  );
  const value = evaluation.overall[id];
  if (value === undefined) throw new Error(`no value for ${id}`);
  return value;
}

describe('avgFirstResponseTime', () => {
  it('is the mean of first response − created', () => {
    // (1 + 2 + 6) h ÷ 3 = 3 h
    const v = run('avgFirstResponseTime', [answered(1), answered(2), answered(6)]);
    expect(v.value).toBe(3 * H);
    expect(v.sum).toBe(9 * H);
    expect(v.count).toBe(3);
    expect(v.sampleSize).toBe(3);
    expect(v.sufficient).toBe(true);
    expect(v.unit).toBe('duration');
  });

  it('takes the resolution of a resolved ticket without a response as its first response', () => {
    // resolved at 4 h, no firstResponseAt → 4 h; with 2 h → (4 + 2) ÷ 2 = 3 h
    const solved = ticket({ status: 'resolved', resolvedAt: T0 + 4 * H });
    expect(run('avgFirstResponseTime', [solved, answered(2)]).value).toBe(3 * H);
  });

  it('censors open tickets with no response and reports them', () => {
    // only the 2 h response is measured; the unanswered open and pending tickets are censored
    const v = run('avgFirstResponseTime', [answered(2), ticket(), ticket({ status: 'pending' })]);
    expect(v.value).toBe(2 * H);
    expect(v.count).toBe(1);
    expect(v.censored).toBe(2);
  });

  it('gives the median and p90 by linear interpolation (type 7)', () => {
    // 1…10 h: median = (5 + 6) ÷ 2 = 5.5 h; p90: h = 9 × 0.9 = 8.1 → 9 h + 0.1 × (10 − 9) h = 9.1 h
    const tickets = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6].map((h) => answered(h));
    const v = run('avgFirstResponseTime', tickets);
    expect(v.value).toBe(5.5 * H);
    expect(v.median).toBe(5.5 * H);
    expect(v.p90).toBeCloseTo(9.1 * H, 6);
  });

  it('is null with noData for no tickets', () => {
    const v = run('avgFirstResponseTime', []);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
    expect(v.sufficient).toBe(false);
    expect(v.sampleSize).toBe(0);
    expect(v.median).toBeNull();
    expect(v.p90).toBeNull();
  });

  it('is null with noData, not zero, when every ticket is still unanswered', () => {
    const v = run('avgFirstResponseTime', [ticket(), ticket()]);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
    expect(v.censored).toBe(2);
  });

  it('puts a ticket in the period of its creation', () => {
    // created 28 Feb 23:00 UTC, answered 1 Mar 01:00 → February
    const created = Date.UTC(2026, 1, 28, 23);
    const t = ticket({ createdAt: created, firstResponseAt: created + 2 * H });
    const evaluation = evaluate(
      { tickets: [t], calls: [], agents: [], customers: [] },
      { metrics: ['avgFirstResponseTime'], asOf: ASOF, period: 'month' },
    );
    expect(evaluation.periods.map((p) => p.period)).toEqual(['2026-02']);
    expect(evaluation.periods[0]?.values.avgFirstResponseTime?.value).toBe(2 * H);
  });
});

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

describe('responseTimeouts', () => {
  it('counts late responses and overdue unanswered tickets', () => {
    // late (25 h) + overdue open = 2; on time (1 h) and not-yet-due open are considered, not counted
    const v = run('responseTimeouts', [
      answered(25),
      ticket(),
      answered(1),
      ticket({ createdAt: T0 + 90 * H }),
    ]);
    expect(v.value).toBe(2);
    expect(v.unit).toBe('count');
    expect(v.sampleSize).toBe(4);
    expect(v.sufficient).toBe(true);
  });

  it('does not count a response at exactly 24 h', () => {
    expect(run('responseTimeouts', [answered(24)]).value).toBe(0);
    expect(run('responseTimeouts', [ticket({ firstResponseAt: T0 + 24 * H + 1 })]).value).toBe(1);
  });

  it('gives 0, not null, for no tickets', () => {
    const v = run('responseTimeouts', []);
    expect(v.value).toBe(0);
    expect(v.reason).toBeUndefined();
    expect(v.sufficient).toBe(true);
    expect(v.sampleSize).toBe(0);
  });

  it('equals the misses of responseTimelinessRate (property)', () => {
    const arb = fc.array(
      fc.record({
        created: fc.integer({ min: 0, max: 96 }),
        response: fc.option(fc.integer({ min: 0, max: 48 }), { nil: undefined }),
        resolved: fc.boolean(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const tickets = rows.map((r) => {
          const createdAt = T0 + r.created * H;
          const firstResponseAt = r.response === undefined ? undefined : createdAt + r.response * H;
          return r.resolved
            ? ticket({
                createdAt,
                firstResponseAt,
                status: 'resolved',
                resolvedAt: createdAt + 50 * H,
              })
            : ticket({ createdAt, firstResponseAt });
        });
        const evaluation = evaluate(
          { tickets, calls: [], agents: [], customers: [] },
          { metrics: ['responseTimeouts', 'responseTimelinessRate'], asOf: ASOF },
        );
        const timeouts = evaluation.overall.responseTimeouts;
        const rate = evaluation.overall.responseTimelinessRate;
        const misses = (rate?.denominator ?? 0) - (rate?.numerator ?? 0);
        expect(timeouts?.value).toBe(misses);
        expect(timeouts?.sampleSize).toBe((rate?.denominator ?? 0) + (rate?.censored ?? 0));
      }),
    );
  });
});
