import { describe, expect, it } from 'vitest';
import type { ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import type { EvaluateOptions } from '@servicescore/core';

const H = 3_600_000;
const T0 = Date.UTC(2026, 2, 2); // Monday 2026-03-02 00:00 UTC
const R = T0 + 2 * H; // every resolved ticket here is resolved at R
const ASOF = R + 100 * H; // every 48 h window has closed

function ticket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return {
    id: 't',
    createdAt: T0,
    status: 'resolved',
    resolvedAt: R,
    priority: 'normal',
    ...fields,
  };
}
/** Followed up `hours` after resolution. */
function followed(hours: number): ServiceTicket {
  return ticket({ followUpAt: R + hours * H });
}
function run(tickets: ServiceTicket[], options: Partial<EvaluateOptions> = {}) {
  const evaluation = evaluate(
    { tickets, calls: [], agents: [], customers: [] },
    { metrics: ['followUpRate'], asOf: ASOF, ...options },
  );
  const value = evaluation.overall.followUpRate;
  if (value === undefined) throw new Error('no value');
  return value;
}

describe('followUpRate', () => {
  it('counts a follow-up at exactly 48 h as timely and at 48 h + 1 ms as late', () => {
    // hits: 0 h, 48 h; miss: 48 h + 1 ms → 2 ÷ 3
    const v = run([followed(0), followed(48), ticket({ followUpAt: R + 48 * H + 1 })]);
    expect(v.numerator).toBe(2);
    expect(v.denominator).toBe(3);
    expect(v.value).toBeCloseTo(2 / 3, 12);
  });

  it('counts a resolved ticket never followed up, whose window has closed, as a miss', () => {
    // 1 ÷ 2
    expect(run([followed(1), ticket()]).value).toBe(0.5);
  });

  it('censors a ticket without follow-up while its window is still open', () => {
    // asOf = R + 10 h: the ticket may still be followed up → censored; followed(1) → 1 ÷ 1
    const v = run([followed(1), ticket()], { asOf: R + 10 * H });
    expect(v.value).toBe(1);
    expect(v.denominator).toBe(1);
    expect(v.censored).toBe(1);
  });

  it('treats a follow-up recorded before the resolution as none', () => {
    // closed window → miss; open window → censored
    expect(run([ticket({ followUpAt: R - H })]).value).toBe(0);
    expect(run([ticket({ followUpAt: R - H })], { asOf: R + H }).censored).toBe(1);
  });

  it('uses the followUpWindowHours option', () => {
    // 24 h window: 30 h is late → 1 ÷ 2
    expect(run([followed(10), followed(30)], { followUpWindowHours: 24 }).value).toBe(0.5);
  });

  it('leaves open tickets out', () => {
    const v = run([followed(1), ticket({ status: 'open', resolvedAt: undefined })]);
    expect(v.denominator).toBe(1);
    expect(v.censored).toBeUndefined();
  });

  it('is null with noData for no resolved tickets', () => {
    const v = run([]);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
  });
});
