import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from '@servicescore/core';
import type { DatasetInput } from '@servicescore/core';

const T0 = Date.UTC(2026, 2, 2, 8); // 2026-03-02T08:00:00Z
const H = 3_600_000;
const ticket = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  createdAt: T0,
  status: 'open' as const,
  ...extra,
});

/** Parses in collect mode; the dataset input is deliberately loose (junk is the point). */
const collect = (input: Record<string, unknown>) =>
  parseDataset(input as DatasetInput, { onInvalid: 'collect' });

describe('parseDataset', () => {
  it('returns every table, empty when missing', () => {
    const { dataset, rejected, counts } = parseDataset({});
    expect(dataset).toEqual({ tickets: [], calls: [], agents: [], customers: [] });
    expect(rejected).toEqual([]);
    expect(counts.calls).toEqual({ input: 0, accepted: 0, rejected: 0 });
  });

  it('keeps the order of accepted records', () => {
    const { dataset } = collect({ tickets: [ticket('c'), ticket('a', { csat: 9 }), ticket('b')] });
    expect(dataset.tickets.map((t) => t.id)).toEqual(['c', 'b']);
  });

  it('reports table, index, id, first path and reason, and every issue', () => {
    const { rejected } = collect({ tickets: [ticket('T-1'), ticket('T-2', { csat: 7, nps: 11 })] });
    expect(rejected).toEqual([
      {
        table: 'tickets',
        index: 1,
        id: 'T-2',
        path: ['csat'],
        reason: 'csat 7 is outside the 1–5 scale',
        issues: [
          { path: ['csat'], reason: 'csat 7 is outside the 1–5 scale' },
          { path: ['nps'], reason: 'nps 11 is outside the 0–10 scale' },
        ],
      },
    ]);
  });

  it('uses agentId and customerId as the id of a rejected agent or customer', () => {
    const { rejected } = collect({
      agents: [{ agentId: 'A-9', period: 'March' }],
      customers: [{ customerId: 77, period: '2026', orders: -1 }],
    });
    expect(rejected.map((r) => [r.table, r.id])).toEqual([
      ['agents', 'A-9'],
      ['customers', '77'],
    ]);
  });

  it('leaves id out when the record has none', () => {
    expect(collect({ calls: [{ startedAt: T0, answered: true }] }).rejected[0]?.id).toBeUndefined();
  });

  it('rejects a row that is not an object', () => {
    const { rejected } = collect({ tickets: [null, 'T-1', [1]] });
    expect(rejected.map((r) => r.reason)).toEqual([
      'tickets[0] is null, not a record object',
      'tickets[1] is a string, not a record object',
      'tickets[2] is an array, not a record object',
    ]);
  });
});

describe('duplicates', () => {
  it('rejects the later ticket with the same id, pointing at the first', () => {
    const { dataset, rejected } = collect({
      tickets: [ticket('T-1'), ticket('T-2'), ticket('T-1')],
    });
    expect(dataset.tickets).toHaveLength(2);
    expect(rejected).toMatchObject([
      { index: 2, id: 'T-1', path: ['id'], reason: 'duplicate id "T-1" (first at tickets[0])' },
    ]);
  });

  it('treats the number 1 and the string "1" as the same id', () => {
    const { rejected } = collect({
      calls: [
        { id: 1, startedAt: T0, answered: true },
        { id: '1', startedAt: T0, answered: false },
      ],
    });
    expect(rejected[0]?.reason).toBe('duplicate id "1" (first at calls[0])');
  });

  it('lets a valid record keep an id whose first occurrence was rejected', () => {
    const { dataset, rejected } = collect({ tickets: [ticket('T-1', { csat: 0 }), ticket('T-1')] });
    expect(dataset.tickets).toHaveLength(1);
    expect(rejected.map((r) => r.index)).toEqual([0]);
  });

  it('keys agents by agent and period', () => {
    const { dataset, rejected } = collect({
      agents: [
        { agentId: 'A-1', period: '2026-03' },
        { agentId: 'A-1', period: '2026-04' },
        { agentId: 'A-1', period: '2026-03' },
      ],
    });
    expect(dataset.agents).toHaveLength(2);
    expect(rejected[0]?.reason).toBe(
      'duplicate agent "A-1" for period 2026-03 (first at agents[0])',
    );
  });

  it('keys customers by customer and period', () => {
    const { rejected } = collect({
      customers: [
        { customerId: 'K', period: '2026-Q1' },
        { customerId: 'K', period: '2026-Q1' },
      ],
    });
    expect(rejected[0]).toMatchObject({
      path: ['customerId'],
      reason: 'duplicate customer "K" for period 2026-Q1 (first at customers[0])',
    });
  });
});

describe('counts', () => {
  it('counts input, accepted and rejected per table', () => {
    const { counts } = collect({
      tickets: [ticket('1'), ticket('2'), ticket('2'), ticket('3', { status: 'done' })],
      calls: [{ id: 'c', startedAt: T0, answered: true }],
    });
    // 4 tickets: 2 accepted, 1 duplicate + 1 bad status rejected
    expect(counts.tickets).toEqual({ input: 4, accepted: 2, rejected: 2 });
    expect(counts.calls).toEqual({ input: 1, accepted: 1, rejected: 0 });
    expect(counts.agents).toEqual({ input: 0, accepted: 0, rejected: 0 });
  });

  it('keeps input = accepted + rejected for arbitrary junk rows', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.integer(), fc.constant(Number.NaN)),
          createdAt: fc.oneof(fc.integer(), fc.string(), fc.date({ noInvalidDate: false })),
          status: fc.constantFrom('open', 'resolved', 'closed', 'x'),
          resolvedAt: fc.oneof(fc.integer(), fc.constant(undefined)),
          csat: fc.oneof(fc.double(), fc.integer({ min: 1, max: 5 }), fc.constant(null)),
          extra: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(junk, { maxLength: 30 }),
        fc.array(junk, { maxLength: 10 }),
        (tickets, agents) => {
          const { dataset, rejected, counts } = collect({ tickets, agents });
          for (const table of ['tickets', 'agents'] as const) {
            const c = counts[table];
            expect(c.input).toBe(c.accepted + c.rejected);
            expect(c.accepted).toBe(dataset[table].length);
            expect(c.rejected).toBe(rejected.filter((r) => r.table === table).length);
          }
          expect(counts.tickets.input).toBe(tickets.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lets NaN or Infinity into an accepted record', () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ waitSeconds: value, talkSeconds: value, startedAt: value, csat: value }),
          { maxLength: 20 },
        ),
        (rows) => {
          const calls = rows.map((r, i) => ({ id: i, answered: true, ...r }));
          const { dataset } = collect({ calls });
          for (const c of dataset.calls) {
            for (const v of [c.startedAt, c.waitSeconds, c.talkSeconds, c.csat]) {
              expect(v === undefined || Number.isFinite(v)).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe("onInvalid: 'throw' and 'collect'", () => {
  it('throws a DatasetError by default, listing the problems', () => {
    const input = {
      tickets: [
        ticket('T-1'),
        ticket('T-2'),
        ticket('T-3'),
        ticket('T-4'),
        {
          id: 'T-5',
          createdAt: '2026-03-02T08:00:00Z',
          resolvedAt: '2026-03-01T08:00:00Z',
          status: 'resolved',
        },
      ],
      calls: [{ id: 'C-1', startedAt: T0, answered: 'maybe', csat: 9 }],
    };
    let error: unknown;
    try {
      parseDataset(input as unknown as DatasetInput);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).name).toBe('DatasetError');
    expect((error as DatasetError).message).toBe(
      [
        'parseDataset rejected 2 of 6 records:',
        '  tickets[4] (id "T-5") resolvedAt: 2026-03-01T08:00:00.000Z is before createdAt 2026-03-02T08:00:00.000Z',
        '  calls[0] (id "C-1") answered: "maybe" is not true or false (mapRecords converts yes/no text) (and 1 more problem)',
      ].join('\n'),
    );
    expect((error as DatasetError).rejected).toHaveLength(2);
    expect((error as DatasetError).counts.tickets).toEqual({ input: 5, accepted: 4, rejected: 1 });
  });

  it('lists at most ten problems in the message and says how many more', () => {
    const tickets = Array.from({ length: 13 }, (_, i) => ticket(`T-${i}`, { status: 'bad' }));
    try {
      parseDataset({ tickets } as DatasetInput);
      expect.unreachable();
    } catch (e) {
      const lines = (e as DatasetError).message.split('\n');
      expect(lines[0]).toBe('parseDataset rejected 13 of 13 records:');
      expect(lines).toHaveLength(12); // header + 10 problems + "… and 3 more"
      expect(lines[11]).toBe(
        "  … and 3 more (parse with { onInvalid: 'collect' } to get them all)",
      );
      expect((e as DatasetError).rejected).toHaveLength(13);
    }
  });

  it('keeps a sentence-shaped reason whole in the message', () => {
    expect(() =>
      parseDataset({ tickets: [{ id: 'T-1', status: 'open' }] } as unknown as DatasetInput),
    ).toThrow('  tickets[0] (id "T-1") createdAt is required');
  });

  it('does not throw when every record is valid', () => {
    expect(
      parseDataset({ tickets: [ticket('T-1', { resolvedAt: T0 + H, status: 'resolved' })] }).dataset
        .tickets[0]?.resolvedAt,
    ).toBe(T0 + H);
  });

  it("collects instead of throwing with onInvalid: 'collect'", () => {
    const result = collect({ tickets: [ticket('T-1', { status: 'bad' })] });
    expect(result.rejected).toHaveLength(1);
    expect(result.dataset.tickets).toEqual([]);
  });
});

describe('input errors', () => {
  it('throws a TypeError for an input that is not an object', () => {
    expect(() => parseDataset([] as unknown as DatasetInput)).toThrow(
      new TypeError(
        'parseDataset: the input is an array; pass an object with tables { tickets?, calls?, agents?, customers? }.',
      ),
    );
    expect(() => parseDataset(null as unknown as DatasetInput)).toThrow(TypeError);
  });

  it('throws a TypeError naming a table that is not an array', () => {
    expect(() => parseDataset({ tickets: {} } as unknown as DatasetInput)).toThrow(
      'parseDataset: table tickets is an object, not an array of records.',
    );
  });

  it('throws a TypeError naming an unknown table', () => {
    expect(() => parseDataset({ ticket: [] } as unknown as DatasetInput)).toThrow(
      'parseDataset: unknown table "ticket"; the tables are tickets, calls, agents, customers.',
    );
  });

  it('throws a TypeError for an unknown onInvalid', () => {
    expect(() => parseDataset({}, { onInvalid: 'skip' as 'collect' })).toThrow(TypeError);
  });
});
