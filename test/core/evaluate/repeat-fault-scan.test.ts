// Issue 12 item 3: the repeat-fault scan is O(n log n) per customer (it was O(n²) for one customer
// with many distinct products) and gives exactly the brute-force answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceTicket } from '@servicescore/core';
import {
  detectRepeatFaults,
  RepeatColumns,
} from '../../../packages/core/src/evaluate/repeat-fault';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 2);

interface Row {
  customer: number;
  product: number; // -1 = unknown
  category: number; // -1 = unknown
  created: number; // hours after T0
  resolvedAfter: number; // hours after created, -1 = open
}

function toTicket(r: Row, i: number): ServiceTicket {
  const createdAt = T0 + r.created * HOUR;
  return {
    id: `t${i}`,
    createdAt,
    status: r.resolvedAfter < 0 ? 'open' : 'resolved',
    ...(r.resolvedAfter < 0 ? {} : { resolvedAt: createdAt + r.resolvedAfter * HOUR }),
    customerId: `c${r.customer}`,
    ...(r.product < 0 ? {} : { productId: `p${r.product}` }),
    ...(r.category < 0 ? {} : { category: `g${r.category}` }),
  } as ServiceTicket;
}

/** The definition, literally: any compatible ticket of the customer created in (resolved, resolved + window]. */
function bruteForce(tickets: ServiceTicket[], windowMs: number, asOf: number): number[] {
  return tickets.map((t) => {
    if (t.resolvedAt === undefined || t.status !== 'resolved') return -1;
    const from = t.resolvedAt;
    const until = from + windowMs;
    const hit = tickets.some(
      (u) =>
        u.customerId === t.customerId &&
        u.createdAt > from &&
        u.createdAt <= until &&
        (u.productId === undefined || t.productId === undefined || u.productId === t.productId) &&
        (u.category === undefined || t.category === undefined || u.category === t.category),
    );
    return hit ? 1 : until <= asOf ? 0 : -1;
  });
}

function detect(tickets: ServiceTicket[], windowMs: number, asOf: number): number[] {
  const cols = new RepeatColumns();
  for (const t of tickets) cols.push(t);
  return Array.from(detectRepeatFaults(cols, windowMs, asOf));
}

describe('detectRepeatFaults', () => {
  it('matches the brute-force definition on small and large (indexed) buckets', () => {
    const row = fc.record({
      customer: fc.integer({ min: 0, max: 2 }),
      product: fc.integer({ min: -1, max: 3 }),
      category: fc.integer({ min: -1, max: 2 }),
      created: fc.integer({ min: 0, max: 400 }),
      resolvedAfter: fc.integer({ min: -1, max: 48 }),
    });
    fc.assert(
      fc.property(
        // Up to 150 rows over 3 customers: buckets on both sides of the 32-ticket threshold.
        fc.array(row, { maxLength: 150 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 600 }),
        (rows, windowHours, asOfHours) => {
          const tickets = rows.map(toTicket);
          const windowMs = windowHours * HOUR;
          const asOf = T0 + asOfHours * HOUR;
          expect(detect(tickets, windowMs, asOf)).toEqual(bruteForce(tickets, windowMs, asOf));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives hand-checked outcomes in an indexed bucket (40 tickets of one customer)', () => {
    // 40 resolved tickets of c0, product p{i}, created i hours after T0 and resolved 30 min later;
    // window 2 h. Ticket i's follow-ups are created in (i + 0.5, i + 2.5] h: i + 1 and i + 2, but
    // with other products, so no repeat — except ticket 5, whose product p5 also has ticket 41,
    // created at 6 h (inside (5.5, 7.5]). Ticket 41 has no follow-up and its window is open at asOf.
    const tickets: ServiceTicket[] = [];
    for (let i = 0; i < 40; i++) {
      const createdAt = T0 + i * HOUR;
      tickets.push({
        id: `t${i}`,
        createdAt,
        status: 'resolved',
        resolvedAt: createdAt + HOUR / 2,
        customerId: 'c0',
        productId: `p${i}`,
      } as ServiceTicket);
    }
    tickets.push({ id: 't40', createdAt: T0, status: 'open', customerId: 'c1' } as ServiceTicket);
    tickets.push({
      id: 't41',
      createdAt: T0 + 6 * HOUR,
      status: 'resolved',
      resolvedAt: T0 + 45 * HOUR,
      customerId: 'c0',
      productId: 'p5',
    } as ServiceTicket);
    // asOf = T0 + 46 h: windows of tickets 0–39 (ending by 41.5 h) have closed; t41's (47 h) has not.
    const out = detect(tickets, 2 * HOUR, T0 + 46 * HOUR);
    const expected = tickets.map((_, i) => (i === 5 ? 1 : i === 40 || i === 41 ? -1 : 0));
    expect(out).toEqual(expected);
  });

  // The old scan visited every later ticket of the window for each ticket: hours here. The new one
  // is O(n log n); the generous 120 s bound fails only the quadratic case, whatever the load.
  const quadratic = 'scans 400,000 tickets of one customer with distinct products (~8·10^10 steps)';
  it(quadratic, { timeout: 120_000 }, () => {
    const n = 400_000;
    const cols = new RepeatColumns();
    // One object reused: the columns copy what they need.
    const t = {
      id: 'x',
      createdAt: 0,
      status: 'resolved',
      resolvedAt: 0,
      customerId: 'c',
      productId: '',
    } as ServiceTicket & { createdAt: number; resolvedAt: number; productId: string };
    for (let i = 0; i < n; i++) {
      t.createdAt = T0 + i * 1000;
      t.resolvedAt = t.createdAt + 1;
      t.productId = `p${i}`;
      cols.push(t);
    }
    // Every later ticket is inside the 10-year window, but none has the same product: no repeats,
    // and every window is still open at asOf = the last creation → all -1.
    const out = detectRepeatFaults(cols, 10 * 365 * 24 * HOUR, T0 + n * 1000);
    expect(out.every((o) => o === -1)).toBe(true);
    expect(out.length).toBe(n);
  });
});
