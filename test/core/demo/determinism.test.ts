import { generateDemoDataset } from '@servicescore/core/demo';
import { describe, expect, it } from 'vitest';

const small = { tickets: 1500, agents: 10, teams: 3, months: 4 };

describe('generateDemoDataset determinism', () => {
  it('gives deep-equal datasets for the same seed', () => {
    expect(generateDemoDataset({ ...small, seed: 7 })).toEqual(
      generateDemoDataset({ ...small, seed: 7 }),
    );
  });

  it('gives different datasets for different seeds', () => {
    const a = generateDemoDataset({ ...small, seed: 7 });
    const b = generateDemoDataset({ ...small, seed: 8 });
    expect(a.tickets.map((t) => t.createdAt)).not.toEqual(b.tickets.map((t) => t.createdAt));
    expect(a.meta.agents.map((x) => x.name)).not.toEqual(b.meta.agents.map((x) => x.name));
  });

  it('keeps the tickets when only the number of calls changes (independent streams)', () => {
    const a = generateDemoDataset({ ...small, calls: 10 });
    const b = generateDemoDataset({ ...small, calls: 500 });
    expect(a.tickets).toEqual(b.tickets);
    expect(a.agents).toEqual(b.agents);
  });

  it('accepts seeds beyond 32 bits and tells them apart', () => {
    const a = generateDemoDataset({ tickets: 50, months: 1, seed: 2 ** 40 });
    const b = generateDemoDataset({ tickets: 50, months: 1, seed: 2 ** 40 + 2 ** 33 });
    expect(a.tickets.map((t) => t.createdAt)).not.toEqual(b.tickets.map((t) => t.createdAt));
  });

  it('builds every record of a table with the same properties in the same order', () => {
    const demo = generateDemoDataset(small);
    for (const table of ['tickets', 'calls', 'agents', 'customers'] as const) {
      const shapes = new Set(demo[table].map((r) => Object.keys(r).join(',')));
      expect(shapes.size, table).toBe(1);
    }
    // Every field of ServiceTicket is present (absent values as undefined).
    expect(Object.keys(demo.tickets[0] ?? {})).toEqual([
      'id',
      'createdAt',
      'status',
      'firstResponseAt',
      'resolvedAt',
      'closedAt',
      'surveyedAt',
      'excluded',
      'kind',
      'channel',
      'priority',
      'category',
      'agentId',
      'teamId',
      'customerId',
      'productId',
      'region',
      'contacts',
      'reopens',
      'responseDueAt',
      'resolutionDueAt',
      'csat',
      'nps',
      'review',
      'diagnosisCorrect',
      'errors',
      'followUpAt',
      'opportunities',
      'qa',
      'attributes',
    ]);
  });
});
