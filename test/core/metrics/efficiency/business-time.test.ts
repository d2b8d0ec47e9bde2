import { describe, expect, it } from 'vitest';
import type { ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import { businessCalendar, weekdayHours } from '@servicescore/core';

const H = 3_600_000;
const MIN = 60_000;
// Shanghai is UTC+8 all year (no DST).
const FRI_21 = Date.UTC(2026, 2, 6, 13); // Friday 2026-03-06 21:00 +08:00
const MON_0930 = Date.UTC(2026, 2, 9, 1, 30); // Monday 2026-03-09 09:30 +08:00
const MON_08 = Date.UTC(2026, 2, 9, 0); // Monday 08:00 +08:00
const ASOF = Date.UTC(2026, 3, 1);
const calendar = businessCalendar({
  timeZone: 'Asia/Shanghai',
  hours: weekdayHours('08:00', '17:00'),
});

function ticket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return { id: 't', createdAt: FRI_21, status: 'open', priority: 'normal', ...fields };
}
function value(id: string, tickets: ServiceTicket[], withCalendar: boolean) {
  const evaluation = evaluate(
    { tickets, calls: [], agents: [], customers: [] },
    { metrics: [id], asOf: ASOF, ...(withCalendar ? { calendar } : {}) },
  );
  return evaluation.overall[id];
}

describe('durations in business time when the evaluation has a calendar', () => {
  it('measures Friday 21:00 → Monday 09:30 as 1 h 30 business, 60 h 30 calendar', () => {
    // business: Mon 08:00 → 09:30 = 1.5 h; calendar: 3 + 48 + 9.5 = 60.5 h
    const t = ticket({ firstResponseAt: MON_0930 });
    expect(value('avgFirstResponseTime', [t], true)?.value).toBe(1.5 * H);
    expect(value('avgFirstResponseTime', [t], false)?.value).toBe(60.5 * H);
  });

  it('measures resolution and handling time in business time', () => {
    // resolved Mon 12:00: resolution = 08:00 → 12:00 = 4 h; handling = 09:30 → 12:00 = 2.5 h
    const t = ticket({ firstResponseAt: MON_0930, status: 'resolved', resolvedAt: MON_08 + 4 * H });
    expect(value('avgResolutionTime', [t], true)?.value).toBe(4 * H);
    expect(value('avgHandlingTime', [t], true)?.value).toBe(2.5 * H);
    expect(value('avgComplaintHandlingTime', [{ ...t, kind: 'complaint' }], true)?.value).toBe(
      4 * H,
    );
    // calendar time: Fri 21:00 → Mon 12:00 = 63 h
    expect(value('avgResolutionTime', [t], false)?.value).toBe(63 * H);
  });

  it('judges the 24 h response target in working hours', () => {
    // 24 working hours from Fri 21:00 with 9 h days: Mon 9 + Tue 9 + Wed 6 → due Wed 14:00.
    // A response on Tuesday 17:00 (92 h of calendar time) is on time in business time only.
    const tue17 = MON_08 + 24 * H + 9 * H;
    const t = ticket({ firstResponseAt: tue17 });
    expect(value('responseTimelinessRate', [t], true)?.value).toBe(1);
    expect(value('responseTimelinessRate', [t], false)?.value).toBe(0);
  });

  it('judges the 2 h urgent resolution target in working hours', () => {
    // due Mon 10:00 in business time: 09:59 meets it, 10:01 misses it
    const early = ticket({
      priority: 'urgent',
      status: 'resolved',
      resolvedAt: MON_08 + 2 * H - MIN,
    });
    const late = ticket({
      priority: 'urgent',
      status: 'resolved',
      resolvedAt: MON_08 + 2 * H + MIN,
    });
    expect(value('onTimeResolutionRate', [early], true)?.value).toBe(1);
    expect(value('onTimeResolutionRate', [late], true)?.value).toBe(0);
    expect(value('resolutionTimeouts', [early, late], true)?.value).toBe(1);
    // calendar time: both took about 61 h → both miss
    expect(value('onTimeResolutionRate', [early], false)?.value).toBe(0);
  });
});
