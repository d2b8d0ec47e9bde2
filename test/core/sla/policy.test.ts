import { describe, expect, it } from 'vitest';
import {
  businessCalendar,
  days,
  defaultSlaPolicy,
  elapsedBetween,
  hours,
  minutes,
  resolutionDueAt,
  responseDueAt,
  type Priority,
  type SlaTargets,
  slaPolicy,
  weekdayHours,
} from '@servicescore/core';

const created = Date.UTC(2026, 2, 6, 16); // Friday 2026-03-06 16:00 UTC
const ticket = (priority: Priority, extra: object = {}) => ({
  createdAt: created,
  priority,
  ...extra,
});
const weekdays = businessCalendar({ timeZone: 'UTC', hours: weekdayHours() });

describe('duration helpers', () => {
  it('convert minutes, hours and days to milliseconds', () => {
    expect(minutes(30)).toBe(1_800_000);
    expect(hours(2)).toBe(7_200_000);
    expect(days(1)).toBe(86_400_000);
  });
});

describe('defaultSlaPolicy', () => {
  it('is the seed standard: response 24 h for all, resolution 2 h urgent and 24 h otherwise', () => {
    expect(defaultSlaPolicy).toEqual({
      response: { urgent: hours(24), high: hours(24), normal: hours(24), low: hours(24) },
      resolution: { urgent: hours(2), high: hours(24), normal: hours(24), low: hours(24) },
    });
    expect(Object.isFrozen(defaultSlaPolicy.resolution)).toBe(true);
  });
});

describe('slaPolicy', () => {
  it('takes default for unnamed priorities and keeps the seed for an omitted section', () => {
    const policy = slaPolicy({ response: { default: hours(4), urgent: minutes(30) } });
    expect(policy.response).toEqual({
      urgent: minutes(30),
      high: hours(4),
      normal: hours(4),
      low: hours(4),
    });
    expect(policy.resolution).toEqual(defaultSlaPolicy.resolution);
  });

  it('keeps the seed target for a priority neither named nor defaulted', () => {
    expect(slaPolicy({ resolution: { high: hours(8) } }).resolution).toEqual({
      urgent: hours(2),
      high: hours(8),
      normal: hours(24),
      low: hours(24),
    });
  });

  it('removes a target with null', () => {
    expect(slaPolicy({ resolution: { low: null } }).resolution.low).toBeNull();
    expect(slaPolicy({ response: { default: null, urgent: hours(1) } }).response).toEqual({
      urgent: hours(1),
      high: null,
      normal: null,
      low: null,
    });
  });

  it('names an unknown priority or section', () => {
    expect(() => slaPolicy({ response: { critical: 1 } as SlaTargets })).toThrow(
      'slaPolicy: response: unknown priority `critical`; Valid: urgent, high, normal, low, default.',
    );
    expect(() => slaPolicy({ followUp: {} } as never)).toThrow(/unknown section `followUp`/);
    // A misspelling names the closest valid key.
    expect(() => slaPolicy({ respons: {} } as never)).toThrow(
      'slaPolicy: unknown section `respons`; did you mean `response`? Valid: response, resolution.',
    );
  });

  it('rejects a negative, NaN or infinite target, naming the field', () => {
    expect(() => slaPolicy({ resolution: { urgent: -1 } })).toThrow(
      /slaPolicy: resolution\.urgent is -1/,
    );
    expect(() => slaPolicy({ response: { default: Number.NaN } })).toThrow(
      /response\.default is NaN/,
    );
    expect(() => slaPolicy({ response: { high: Number.POSITIVE_INFINITY } })).toThrow(RangeError);
    expect(() => slaPolicy({ response: { high: '4h' as never } })).toThrow(RangeError);
  });

  it('accepts a zero target', () => {
    expect(slaPolicy({ response: { urgent: 0 } }).response.urgent).toBe(0);
  });
});

describe('due instants', () => {
  it('adds the calendar-time target to createdAt', () => {
    // 16:00 + 24 h = Saturday 16:00; urgent resolution 16:00 + 2 h = 18:00
    expect(responseDueAt(ticket('normal'), defaultSlaPolicy)).toBe(created + hours(24));
    expect(resolutionDueAt(ticket('urgent'), defaultSlaPolicy)).toBe(Date.UTC(2026, 2, 6, 18));
  });

  it('counts the target as working time with a calendar', () => {
    // Friday 16:00–17:00 (1 h) + Monday 08:00–09:00 (1 h) → Monday 09:00
    expect(resolutionDueAt(ticket('urgent'), defaultSlaPolicy, weekdays)).toBe(
      Date.UTC(2026, 2, 9, 9),
    );
    // 24 working hours: Fri 1 h + Mon 9 h + Tue 9 h + Wed 5 h → Wednesday 13:00
    expect(responseDueAt(ticket('low'), defaultSlaPolicy, weekdays)).toBe(
      Date.UTC(2026, 2, 11, 13),
    );
  });

  it('lets the ticket’s explicit due instant win over the policy', () => {
    const explicit = Date.UTC(2026, 2, 6, 16, 30);
    expect(
      responseDueAt(ticket('normal', { responseDueAt: explicit }), defaultSlaPolicy, weekdays),
    ).toBe(explicit);
    expect(resolutionDueAt(ticket('urgent', { resolutionDueAt: explicit }), defaultSlaPolicy)).toBe(
      explicit,
    );
  });

  it('gives NaN when the policy sets no target', () => {
    const policy = slaPolicy({ resolution: { low: null } });
    expect(resolutionDueAt(ticket('low'), policy)).toBeNaN();
    expect(resolutionDueAt(ticket('low'), policy, weekdays)).toBeNaN();
  });

  it('treats a ticket without a priority as normal', () => {
    const policy = slaPolicy({ response: { normal: hours(1), default: hours(9) } });
    expect(responseDueAt({ createdAt: created } as never, policy)).toBe(created + hours(1));
  });
});

describe('elapsedBetween', () => {
  it('is calendar time without a calendar and working time with one', () => {
    const friday = Date.UTC(2026, 2, 6, 21);
    const monday = Date.UTC(2026, 2, 9, 9, 30);
    expect(elapsedBetween(friday, monday)).toBe(hours(60) + minutes(30));
    expect(elapsedBetween(friday, monday, weekdays)).toBe(hours(1) + minutes(30));
  });
});
