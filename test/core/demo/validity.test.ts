import { generateDemoDataset } from '@servicescore/core/demo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenRules } from './check-records';

describe('demo records satisfy the validation rules of KPIS.md', () => {
  it('breaks no rule in the default dataset', () => {
    expect(brokenRules(generateDemoDataset())).toEqual([]);
  });

  it('breaks no rule for any small set of options', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer(),
          tickets: fc.integer({ min: 0, max: 400 }),
          teams: fc.integer({ min: 1, max: 9 }),
          extraAgents: fc.integer({ min: 0, max: 12 }),
          months: fc.integer({ min: 1, max: 4 }),
          calls: fc.integer({ min: 0, max: 200 }),
          startMonth: fc.integer({ min: 1, max: 12 }),
        }),
        ({ extraAgents, startMonth, ...o }) => {
          const demo = generateDemoDataset({
            ...o,
            agents: o.teams + extraAgents,
            start: `2025-${String(startMonth).padStart(2, '0')}`,
          });
          expect(brokenRules(demo)).toEqual([]);
          expect(demo.tickets).toHaveLength(o.tickets);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps tickets in createdAt order with ids T000001 …', () => {
    const { tickets } = generateDemoDataset({ tickets: 2000, months: 2 });
    expect(tickets[0]?.id).toBe('T000001');
    expect(tickets[1999]?.id).toBe('T002000');
    for (let i = 1; i < tickets.length; i++) {
      expect((tickets[i] as { createdAt: number }).createdAt).toBeGreaterThanOrEqual(
        (tickets[i - 1] as { createdAt: number }).createdAt,
      );
    }
  });

  it('refers only to agents, teams and categories listed in meta', () => {
    const demo = generateDemoDataset({ tickets: 3000, months: 3 });
    const agents = new Map(demo.meta.agents.map((a) => [a.id, a.teamId]));
    const teams = new Set(demo.meta.teams.map((t) => t.id));
    const categories = new Set(demo.meta.categories.map((c) => c.id));
    const products = new Set(demo.meta.products.map((p) => p.id));
    const regions = new Set(demo.meta.regions.map((r) => r.id));
    const channels = new Set(demo.meta.channels.map((c) => c.id));
    for (const t of demo.tickets) {
      expect(agents.get(t.agentId as string)).toBe(t.teamId);
      expect(teams.has(t.teamId as string)).toBe(true);
      if (t.category !== undefined) expect(categories.has(t.category)).toBe(true);
      expect(products.has(t.productId as string)).toBe(true);
      expect(regions.has(t.region as string)).toBe(true);
      expect(channels.has(t.channel as string)).toBe(true);
    }
    for (const c of demo.calls) {
      expect(teams.has(c.teamId as string)).toBe(true);
      if (c.agentId !== undefined) expect(agents.get(c.agentId)).toBe(c.teamId);
    }
  });

  it('leaves the due instants to the SLA policy except on a few contract tickets', () => {
    const { tickets } = generateDemoDataset();
    const explicit = tickets.filter((t) => t.responseDueAt !== undefined).length;
    expect(explicit).toBeGreaterThan(0);
    expect(explicit / tickets.length).toBeLessThan(0.05);
  });
});
