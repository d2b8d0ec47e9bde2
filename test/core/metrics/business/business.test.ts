import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerRecord, ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';

const ASOF = Date.UTC(2026, 3, 1);
const T0 = Date.UTC(2026, 2, 2);
const H = 3_600_000;

function customer(fields: Partial<CustomerRecord> = {}): CustomerRecord {
  return { customerId: 'k', period: '2026-03', ...fields };
}
function run(id: string, customers: CustomerRecord[]) {
  const evaluation = evaluate(
    { tickets: [], calls: [], agents: [], customers },
    { metrics: [id], asOf: ASOF },
  );
  const value = evaluation.overall[id];
  if (value === undefined) throw new Error(`no value for ${id}`);
  return value;
}

const cohort = [
  customer({ activeAtStart: true, activeAtEnd: true }),
  customer({ activeAtStart: true, activeAtEnd: true }),
  customer({ activeAtStart: true, activeAtEnd: true }),
  customer({ activeAtStart: true, activeAtEnd: false }),
  customer({ activeAtStart: false, activeAtEnd: true }), // new this period: not in the population
  customer({ activeAtStart: true }), // end unknown: left out
];

describe('retentionRate', () => {
  it('is active at start and end ÷ active at start', () => {
    // 3 ÷ 4 = 0.75
    const v = run('retentionRate', cohort);
    expect(v.value).toBe(0.75);
    expect(v.numerator).toBe(3);
    expect(v.denominator).toBe(4);
  });

  it('is null with noData without customers active at the start', () => {
    expect(
      run('retentionRate', [customer({ activeAtStart: false, activeAtEnd: true })]).reason,
    ).toBe('noData');
  });
});

describe('churnRate', () => {
  it('is active at start, not at end ÷ active at start', () => {
    // 1 ÷ 4 = 0.25
    const v = run('churnRate', cohort);
    expect(v.value).toBe(0.25);
    expect(v.denominator).toBe(4);
  });

  it('adds up to 1 with retentionRate over the same records (property)', () => {
    const arb = fc.array(
      fc.record({
        activeAtStart: fc.option(fc.boolean(), { nil: undefined }),
        activeAtEnd: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const evaluation = evaluate(
          { tickets: [], calls: [], agents: [], customers: rows.map((r) => customer(r)) },
          { metrics: ['retentionRate', 'churnRate'], asOf: ASOF },
        );
        const kept = evaluation.overall.retentionRate;
        const lost = evaluation.overall.churnRate;
        expect(kept?.denominator).toBe(lost?.denominator);
        if (kept?.value === null) expect(lost?.value).toBeNull();
        else expect((kept?.value ?? 0) + (lost?.value ?? 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('repeatPurchaseRate', () => {
  it('is customers with ≥ 2 orders ÷ customers with ≥ 1 order', () => {
    // orders 1, 2, 5 → 2 ÷ 3; 0 orders and unknown left out
    const v = run('repeatPurchaseRate', [
      customer({ orders: 0 }),
      customer({ orders: 1 }),
      customer({ orders: 2 }),
      customer({ orders: 5 }),
      customer(),
    ]);
    expect(v.numerator).toBe(2);
    expect(v.denominator).toBe(3);
  });

  it('is null with noData when nobody bought', () => {
    expect(run('repeatPurchaseRate', [customer({ orders: 0 })]).value).toBeNull();
  });
});

describe('avgRepeatPurchases', () => {
  it('is the mean of orders − 1 over buyers', () => {
    // (0 + 1 + 4) ÷ 3 = 5 ÷ 3; the customer with 0 orders is left out
    const v = run('avgRepeatPurchases', [
      customer({ orders: 0 }),
      customer({ orders: 1 }),
      customer({ orders: 2 }),
      customer({ orders: 5 }),
    ]);
    expect(v.value).toBeCloseTo(5 / 3, 12);
    expect(v.sum).toBe(5);
    expect(v.count).toBe(3);
  });

  it('is null with noData for no buyers', () => {
    expect(run('avgRepeatPurchases', []).reason).toBe('noData');
  });
});

describe('repeatRevenueShare', () => {
  it('pools repeat revenue ÷ revenue', () => {
    // (500 + 300) ÷ (1 000 + 3 000) = 0.2 (the mean of 0.5 and 0.1 would be 0.3)
    const v = run('repeatRevenueShare', [
      customer({ revenue: 1_000, repeatRevenue: 500 }),
      customer({ revenue: 3_000, repeatRevenue: 300 }),
      customer({ revenue: 9_000 }), // repeat revenue unknown: left out
    ]);
    expect(v.value).toBe(0.2);
    expect(v.numerator).toBe(800);
    expect(v.denominator).toBe(4_000);
    expect(v.interval).toBeUndefined();
  });

  it('is null with noData when there is no revenue', () => {
    expect(
      run('repeatRevenueShare', [customer({ revenue: 0, repeatRevenue: 0 })]).value,
    ).toBeNull();
  });
});

describe('careFrequency', () => {
  it('is care contacts per customer, explicit zeros included', () => {
    // (3 + 1 + 0) ÷ 3 = 1.333…
    const v = run('careFrequency', [
      customer({ careContacts: 3 }),
      customer({ careContacts: 1 }),
      customer({ careContacts: 0 }),
      customer(),
    ]);
    expect(v.value).toBeCloseTo(4 / 3, 12);
    expect(v.numerator).toBe(4);
    expect(v.denominator).toBe(3);
  });

  it('is null with noData for no customers', () => {
    expect(run('careFrequency', []).reason).toBe('noData');
  });
});

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
