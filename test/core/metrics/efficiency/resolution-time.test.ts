import { describe, expect, it } from 'vitest';
import type { ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import type { EvaluateOptions } from '@servicescore/core';

const H = 3_600_000;
const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 2); // Monday 2026-03-02 00:00 UTC
const ASOF = T0 + 100 * H;

function ticket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return { id: 't', createdAt: T0, status: 'open', priority: 'normal', ...fields };
}
/** A ticket resolved `hours` after creation. */
function resolved(hours: number, fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return ticket({ status: 'resolved', resolvedAt: T0 + hours * H, ...fields });
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

describe('resolutionTimeouts', () => {
  it('counts late resolutions and overdue open tickets', () => {
    // policy normal = 24 h; asOf = T0 + 100 h
    const v = run('resolutionTimeouts', [
      resolved(25), // late → 1
      resolved(24), // exactly on the due instant → 0
      ticket(), // open, due T0 + 24 h < asOf → 1
      ticket({ createdAt: T0 + 90 * H }), // open, due T0 + 114 h → considered, 0
    ]);
    expect(v.value).toBe(2);
    expect(v.sampleSize).toBe(4);
  });

  it('counts an urgent ticket resolved in 2 h 1 min', () => {
    expect(run('resolutionTimeouts', [resolved(2 + 1 / 60, { priority: 'urgent' })]).value).toBe(1);
    expect(run('resolutionTimeouts', [resolved(2, { priority: 'urgent' })]).value).toBe(0);
  });

  it('gives 0, not null, for no tickets', () => {
    const v = run('resolutionTimeouts', []);
    expect(v.value).toBe(0);
    expect(v.sufficient).toBe(true);
  });
});

describe('onTimeResolutionRate', () => {
  it('misses an urgent ticket resolved in 2 h 1 min and meets one resolved in exactly 2 h', () => {
    // 1 of 2 on time
    const v = run('onTimeResolutionRate', [
      ticket({ priority: 'urgent', status: 'resolved', resolvedAt: T0 + 2 * H + MIN }),
      ticket({ priority: 'urgent', status: 'resolved', resolvedAt: T0 + 2 * H }),
    ]);
    expect(v.value).toBe(0.5);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(2);
  });

  it('counts an overdue open ticket as a miss and a not-yet-due one nowhere', () => {
    // resolved 10 h (hit) + open overdue (miss) = 1 ÷ 2; open created T0 + 90 h not yet due: censored
    const v = run('onTimeResolutionRate', [
      resolved(10),
      ticket(),
      ticket({ createdAt: T0 + 90 * H }),
    ]);
    expect(v.value).toBe(0.5);
    expect(v.censored).toBe(1);
  });

  it('lets an explicit resolutionDueAt win over the policy', () => {
    // normal resolved at 30 h, due 48 h → hit (policy 24 h would miss);
    // urgent resolved at 1 h, due 0.5 h → miss (policy 2 h would meet)
    const v = run('onTimeResolutionRate', [
      resolved(30, { resolutionDueAt: T0 + 48 * H }),
      resolved(1, { priority: 'urgent', resolutionDueAt: T0 + 0.5 * H }),
    ]);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(2);
    expect(
      run('onTimeResolutionRate', [resolved(30, { resolutionDueAt: T0 + 48 * H })]).value,
    ).toBe(1);
  });

  it('leaves out a ticket closed without a resolution', () => {
    const v = run('onTimeResolutionRate', [
      resolved(1),
      ticket({ status: 'closed', closedAt: T0 + 30 * H }),
    ]);
    expect(v.denominator).toBe(1);
  });

  it('puts an overdue open ticket in the period it fell due', () => {
    // created 2 Mar 20:00, normal → due 3 Mar 20:00, still open at asOf → a miss on 3 Mar
    const t = ticket({ createdAt: T0 + 20 * H });
    const evaluation = evaluate(
      { tickets: [t], calls: [], agents: [], customers: [] },
      { metrics: ['onTimeResolutionRate'], asOf: ASOF, period: 'day' },
    );
    expect(evaluation.periods.map((p) => p.period)).toEqual(['2026-03-03']);
    expect(evaluation.periods[0]?.values.onTimeResolutionRate?.value).toBe(0);
  });

  it('is null with noData for no tickets', () => {
    expect(run('onTimeResolutionRate', []).value).toBeNull();
  });
});

describe('avgComplaintHandlingTime', () => {
  it('averages the resolution time of complaints only and censors open complaints', () => {
    // complaints 3 h and 5 h → 4 h; the 1 h repair is not a complaint; one open complaint censored,
    // the open repair is not counted at all
    const v = run('avgComplaintHandlingTime', [
      resolved(3, { kind: 'complaint' }),
      resolved(5, { kind: 'complaint' }),
      resolved(1, { kind: 'repair' }),
      ticket({ kind: 'complaint' }),
      ticket({ kind: 'repair' }),
    ]);
    expect(v.value).toBe(4 * H);
    expect(v.count).toBe(2);
    expect(v.censored).toBe(1);
  });

  it('is null with noData when there are no resolved complaints', () => {
    const v = run('avgComplaintHandlingTime', [resolved(1, { kind: 'repair' })]);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
  });
});

describe('requestVolume', () => {
  it('counts resolved tickets only', () => {
    // resolved + closed-with-resolvedAt = 2; open and closed-without-resolution not counted
    const v = run('requestVolume', [
      resolved(1),
      resolved(2, { status: 'closed', closedAt: T0 + 3 * H }),
      ticket(),
      ticket({ status: 'closed', closedAt: T0 + H }),
    ]);
    expect(v.value).toBe(2);
    expect(v.sampleSize).toBe(2);
  });

  it('does not count excluded tickets', () => {
    expect(run('requestVolume', [resolved(1), resolved(1, { excluded: 'duplicate' })]).value).toBe(
      1,
    );
  });

  it('gives 0, not null, when nothing was resolved', () => {
    for (const tickets of [[], [ticket()]]) {
      const v = run('requestVolume', tickets);
      expect(v.value).toBe(0);
      expect(v.sufficient).toBe(true);
      expect(v.reason).toBeUndefined();
    }
  });
});
