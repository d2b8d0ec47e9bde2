import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, H, T0, answered, run, ticket } from './fixtures';

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
