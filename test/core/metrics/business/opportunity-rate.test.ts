import { describe, expect, it } from 'vitest';
import type { ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import { ASOF } from './fixtures';

const T0 = Date.UTC(2026, 2, 2);
const H = 3_600_000;

function ticket(fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return {
    id: 't',
    createdAt: T0,
    status: 'resolved',
    resolvedAt: T0 + H,
    priority: 'normal',
    ...fields,
  };
}

describe('opportunityRate', () => {
  function rate(tickets: ServiceTicket[]) {
    return evaluate(
      { tickets, calls: [], agents: [], customers: [] },
      { metrics: ['opportunityRate'], asOf: ASOF },
    ).overall.opportunityRate;
  }

  it('is opportunities per 100 resolved tickets, a missing count meaning none', () => {
    // (2 + 0 + 1 + 0) ÷ 4 × 100 = 75; the open ticket's 5 are not counted
    const v = rate([
      ticket({ opportunities: 2 }),
      ticket(),
      ticket({ opportunities: 1 }),
      ticket({ opportunities: 0 }),
      ticket({ status: 'open', resolvedAt: undefined, opportunities: 5 }),
    ]);
    expect(v?.value).toBe(75);
    expect(v?.numerator).toBe(3);
    expect(v?.denominator).toBe(4);
    expect(v?.unit).toBe('number');
  });

  it('is null with noData for no resolved tickets', () => {
    expect(rate([ticket({ status: 'open', resolvedAt: undefined })])?.value).toBeNull();
  });
});
