import { evaluate, type MetricValue, metrics, type ServiceTicket } from '@servicescore/core';
import { fieldKinds } from '../../../packages/core/src/data/field-kinds';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from './fixtures';

const H = 3_600_000;
const start = Date.UTC(2026, 0, 1);
const asOf = Date.UTC(2026, 6, 1);
const ticketMetricIds = Object.values(metrics)
  .filter((m) => m.table === 'tickets')
  .map((m) => m.id);
// Repeat faults look across records, so only these two are not additive over a split of the tickets.
const crossRecord = new Set(['repeatFaultRate', 'solutionEffectiveness']);

/** Valid parsed tickets with integer-millisecond times (sums stay exact whatever the order). */
const ticketArb: fc.Arbitrary<ServiceTicket> = fc
  .record({
    created: fc.integer({ min: 0, max: 170 * 24 }),
    responseAfter: fc.option(fc.integer({ min: 0, max: 72 }), { nil: undefined }),
    resolveAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    status: fc.constantFrom('open', 'pending', 'resolved', 'closed') as fc.Arbitrary<
      ServiceTicket['status']
    >,
    priority: fc.constantFrom('urgent', 'high', 'normal', 'low') as fc.Arbitrary<
      ServiceTicket['priority']
    >,
    kind: fc.option(
      fc.constantFrom('repair', 'complaint', 'inquiry') as fc.Arbitrary<
        NonNullable<ServiceTicket['kind']>
      >,
      { nil: undefined },
    ),
    agentId: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
    customerId: fc.option(fc.constantFrom('c1', 'c2', 'c3', 'c4'), { nil: undefined }),
    csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    contacts: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    reopens: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    errors: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    qa: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    excluded: fc.option(
      fc.constantFrom('duplicate', 'spam') as fc.Arbitrary<NonNullable<ServiceTicket['excluded']>>,
      { freq: 8, nil: undefined },
    ),
  })
  .map((r) => {
    const createdAt = start + r.created * H;
    const done = r.status === 'resolved' || r.status === 'closed';
    const resolvedAt =
      done && r.resolveAfter !== undefined ? createdAt + r.resolveAfter * H : undefined;
    const firstResponseAt =
      r.responseAfter === undefined
        ? undefined
        : Math.min(createdAt + r.responseAfter * H, resolvedAt ?? Number.POSITIVE_INFINITY);
    return {
      id: '',
      createdAt,
      status: r.status,
      priority: r.priority,
      kind: r.kind,
      agentId: r.agentId,
      customerId: r.customerId,
      firstResponseAt,
      resolvedAt,
      csat: r.csat,
      nps: r.nps,
      contacts: r.contacts,
      reopens: r.reopens,
      errors: r.errors,
      qa: r.qa === undefined ? undefined : { etiquette: r.qa },
      excluded: r.excluded,
    } satisfies ServiceTicket;
  });
const ticketsArb = fc
  .array(ticketArb, { maxLength: 40 })
  .map((ts) => ts.map((t, i) => ({ ...t, id: `T${i}` })));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function allValues(e: ReturnType<typeof evaluate>): MetricValue[] {
  return [e.overall, ...e.groups.map((g) => g.values), ...e.periods.map((p) => p.values)].flatMap(
    (v) => Object.values(v),
  );
}

// These properties are about arithmetic and pooling, not field presence: every ticket field is
// declared recorded, so a split whose records happen to lack a field is still evaluated
// (field presence has its own tests in recorded.test.ts).
const run = (tickets: ServiceTicket[]) =>
  evaluate(deepFreeze(dataset({ tickets })), {
    metrics: ticketMetricIds,
    groupBy: 'agentId',
    period: 'month',
    asOf,
    recorded: Object.keys(fieldKinds.tickets),
  });

describe('evaluate: properties over arbitrary valid tickets', { timeout: 120_000 }, () => {
  it('never outputs NaN or Infinity, keeps ratios in [0, 1] and intervals around the value', () => {
    fc.assert(
      fc.property(ticketsArb, (tickets) => {
        for (const v of allValues(run(tickets))) {
          for (const [key, x] of Object.entries(v)) {
            if (typeof x === 'number')
              expect(Number.isFinite(x), `${v.metricId}.${key}`).toBe(true);
          }
          if (v.value === null) expect(v.reason).toBe('noData');
          if (v.unit === 'ratio' && v.value !== null) {
            expect(v.value).toBeGreaterThanOrEqual(0);
            expect(v.value).toBeLessThanOrEqual(1);
            const [lo, hi] = v.interval ?? [v.value, v.value];
            expect(lo).toBeLessThanOrEqual(v.value + 1e-12);
            expect(hi).toBeGreaterThanOrEqual(v.value - 1e-12);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the records (and does not mutate frozen input)', () => {
    fc.assert(
      fc.property(ticketsArb, fc.integer(), (tickets, seed) => {
        const shuffled = [...tickets].sort(
          (a, b) =>
            ((a.createdAt * 31 + seed) % 97) - ((b.createdAt * 31 + seed) % 97) ||
            a.id.localeCompare(b.id),
        );
        expect(run(shuffled)).toEqual(run(tickets));
      }),
      { numRuns: 100 },
    );
  });

  it('pools: the overall equals the sum of any split of the records (numerators, denominators, sums, counts)', () => {
    fc.assert(
      fc.property(ticketsArb, fc.array(fc.boolean(), { maxLength: 40 }), (tickets, sides) => {
        const a = tickets.filter((_, i) => sides[i]);
        const b = tickets.filter((_, i) => !sides[i]);
        const whole = run(tickets).overall;
        const left = run(a).overall;
        const right = run(b).overall;
        for (const id of ticketMetricIds) {
          if (crossRecord.has(id)) continue;
          for (const part of ['numerator', 'denominator', 'sum', 'count', 'sampleSize'] as const) {
            const w = whole[id]?.[part];
            if (w === undefined) continue;
            expect((left[id]?.[part] ?? 0) + (right[id]?.[part] ?? 0), `${id}.${part}`).toBe(w);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('adds group totals and ungrouped records up to the overall', () => {
    fc.assert(
      fc.property(ticketsArb, (tickets) => {
        const e = run(tickets);
        const totals = e.groups.filter((g) => g.period === undefined);
        const ungrouped = run(tickets.filter((t) => t.agentId === undefined)).overall;
        for (const id of ticketMetricIds) {
          if (crossRecord.has(id)) continue;
          const sum =
            totals.reduce((s, g) => s + (g.values[id]?.sampleSize ?? 0), 0) +
            (ungrouped[id]?.sampleSize ?? 0);
          expect(sum, id).toBe(e.overall[id]?.sampleSize);
        }
      }),
      { numRuns: 100 },
    );
  });
});
