import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type AgentRecord,
  agentSchema,
  type CustomerRecord,
  callSchema,
  customerSchema,
  datasetSchema,
  type ServiceCall,
  type ServiceDataset,
  type ServiceTicket,
  type TicketInput,
  ticketSchema,
} from '@servicescore/core';
import type { z } from '../../../packages/core/node_modules/zod/mini';

const ticket = { id: 'T-1', createdAt: '2026-03-02T08:00:00Z', status: 'resolved' } as const;
const call = { id: 'C-1', startedAt: '2026-03-02T08:00:00Z', answered: true } as const;
const agent = { agentId: 'A-1', period: '2026-03' } as const;
const customer = { customerId: 'K-1', period: '2026-Q1' } as const;

/** The issues of a rejected input as `path: reason` lines (fails the test if it was accepted). */
function issues(schema: z.ZodMiniType, input: unknown): string[] {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const T0 = Date.UTC(2026, 2, 2, 8); // 2026-03-02T08:00:00Z

describe('output types', () => {
  it('parses to exactly the canonical record types', () => {
    expectTypeOf<z.output<typeof ticketSchema>>().toEqualTypeOf<ServiceTicket>();
    expectTypeOf<z.output<typeof callSchema>>().toEqualTypeOf<ServiceCall>();
    expectTypeOf<z.output<typeof agentSchema>>().toEqualTypeOf<AgentRecord>();
    expectTypeOf<z.output<typeof customerSchema>>().toEqualTypeOf<CustomerRecord>();
    expectTypeOf<z.output<typeof datasetSchema>>().toEqualTypeOf<ServiceDataset>();
    expectTypeOf<z.input<typeof ticketSchema>>().toEqualTypeOf<TicketInput>();
  });
});

describe('instants', () => {
  it('accepts a Date', () => {
    expect(ticketSchema.parse({ ...ticket, createdAt: new Date(T0) }).createdAt).toBe(T0);
  });

  it('accepts epoch milliseconds', () => {
    expect(ticketSchema.parse({ ...ticket, createdAt: T0 }).createdAt).toBe(T0);
  });

  it('accepts an ISO string with Z', () => {
    expect(ticketSchema.parse({ ...ticket, createdAt: '2026-03-02T08:00:00.250Z' }).createdAt).toBe(
      T0 + 250,
    );
  });

  it('accepts an ISO string with an offset, in every offset spelling', () => {
    // 16:00 at +08:00 is 08:00Z
    for (const s of [
      '2026-03-02T16:00:00+08:00',
      '2026-03-02T16:00+0800',
      '2026-03-02 16:00:00+08',
    ]) {
      expect(ticketSchema.parse({ ...ticket, createdAt: s }).createdAt).toBe(T0);
    }
    // 03:00 at -05:00 is 08:00Z
    expect(
      ticketSchema.parse({ ...ticket, createdAt: '2026-03-02T03:00:00-05:00' }).createdAt,
    ).toBe(T0);
  });

  it('rejects an ISO string without an offset as ambiguous', () => {
    expect(issues(ticketSchema, { ...ticket, createdAt: '2026-03-02T08:00:00' })).toEqual([
      'createdAt: createdAt "2026-03-02T08:00:00" has no UTC offset; add one or use mapRecords with a timeZone',
    ]);
  });

  it('rejects a date without a time or offset as ambiguous', () => {
    expect(issues(ticketSchema, { ...ticket, createdAt: '2026-03-02' })[0]).toContain(
      'has no UTC offset',
    );
  });

  it('rejects text that is not ISO-8601', () => {
    expect(issues(ticketSchema, { ...ticket, createdAt: '03/02/2026 08:00' })[0]).toContain(
      'createdAt "03/02/2026 08:00" is not an ISO-8601 date-time',
    );
  });

  it('rejects an ISO string with an impossible date', () => {
    expect(issues(ticketSchema, { ...ticket, createdAt: '2026-02-30T08:00:00Z' })).toEqual([
      'createdAt: createdAt "2026-02-30T08:00:00Z" is not a valid date-time',
    ]);
  });

  it('rejects an invalid Date', () => {
    expect(issues(ticketSchema, { ...ticket, createdAt: new Date(Number.NaN) })).toEqual([
      'createdAt: createdAt is an invalid Date',
    ]);
  });

  it('rejects NaN and Infinity epoch values', () => {
    expect(issues(ticketSchema, { ...ticket, createdAt: Number.NaN })).toEqual([
      'createdAt: createdAt NaN is not a finite number',
    ]);
    expect(issues(ticketSchema, { ...ticket, resolvedAt: Number.POSITIVE_INFINITY })).toEqual([
      'resolvedAt: resolvedAt Infinity is not a finite number',
    ]);
  });

  it('rejects a boolean where an instant belongs', () => {
    expect(issues(ticketSchema, { ...ticket, createdAt: true })[0]).toContain(
      'createdAt true is not a Date, epoch milliseconds or an ISO-8601 string',
    );
  });
});

describe('required fields and ids', () => {
  it('reports each missing required field', () => {
    expect(issues(ticketSchema, {})).toEqual([
      'id: id is required',
      'createdAt: createdAt is required',
      'status: status is required',
    ]);
  });

  it('turns a numeric id into its string', () => {
    expect(ticketSchema.parse({ ...ticket, id: 42, agentId: 7 })).toMatchObject({
      id: '42',
      agentId: '7',
    });
  });

  it('rejects an empty id', () => {
    expect(issues(ticketSchema, { ...ticket, id: '' })).toEqual([
      'id: id "" is blank; it must be a non-empty string',
    ]);
  });

  it('rejects a blank id', () => {
    expect(issues(callSchema, { ...call, id: '   ' })[0]).toContain('id "   " is blank');
  });

  it('rejects an id that is neither string nor number', () => {
    expect(issues(ticketSchema, { ...ticket, id: { code: 1 } })).toEqual([
      'id: id (an object) is not a string or number',
    ]);
  });

  it('treats null in an optional field as absent', () => {
    expect(ticketSchema.parse({ ...ticket, csat: null, agentId: null }).csat).toBeUndefined();
  });
});

describe('enums', () => {
  it('defaults priority to normal', () => {
    expect(ticketSchema.parse(ticket).priority).toBe('normal');
  });

  it('rejects a status outside the enum, listing the members', () => {
    expect(issues(ticketSchema, { ...ticket, status: 'Solved' })).toEqual([
      'status: status "Solved" is not one of open, pending, resolved, closed',
    ]);
  });

  it('rejects an unknown exclusion reason, kind, priority and review', () => {
    const lines = issues(ticketSchema, {
      ...ticket,
      excluded: 'dup',
      kind: 'fix',
      priority: 'p1',
      review: 'good',
    });
    expect(lines).toEqual([
      'excluded: excluded "dup" is not one of duplicate, spam, merged, test',
      'kind: kind "fix" is not one of inquiry, repair, installation, return, complaint, other',
      'priority: priority "p1" is not one of urgent, high, normal, low',
      'review: review "good" is not one of positive, neutral, negative',
    ]);
  });
});

describe('scales and counts', () => {
  it('rejects csat outside 1–5', () => {
    expect(issues(ticketSchema, { ...ticket, csat: 7 })).toEqual([
      'csat: csat 7 is outside the 1–5 scale',
    ]);
    expect(issues(callSchema, { ...call, csat: 0 })).toEqual([
      'csat: csat 0 is outside the 1–5 scale',
    ]);
  });

  it('rejects nps outside 0–10', () => {
    expect(issues(ticketSchema, { ...ticket, nps: 11 })).toEqual([
      'nps: nps 11 is outside the 0–10 scale',
    ]);
  });

  it('rejects a fractional nps', () => {
    expect(issues(ticketSchema, { ...ticket, nps: 7.5 })).toEqual([
      'nps: nps 7.5 is not a whole number on the 0–10 scale',
    ]);
  });

  it('rejects a qa item score outside 0–100, naming the item', () => {
    expect(issues(ticketSchema, { ...ticket, qa: { etiquette: 90, empathy: 120 } })).toEqual([
      'qa.empathy: qa.empathy 120 is outside the 0–100 score range',
    ]);
  });

  it('rejects qa that is not an object', () => {
    expect(issues(ticketSchema, { ...ticket, qa: 80 })).toEqual([
      'qa: qa 80 is not an object of item scores',
    ]);
  });

  it('rejects a negative count', () => {
    expect(issues(ticketSchema, { ...ticket, contacts: -1 })).toEqual([
      'contacts: contacts -1 is negative; counts are whole numbers ≥ 0',
    ]);
  });

  it('rejects a fractional count', () => {
    expect(issues(ticketSchema, { ...ticket, reopens: 1.5 })).toEqual([
      'reopens: reopens 1.5 is not a whole number; counts are whole numbers ≥ 0',
    ]);
    expect(issues(customerSchema, { ...customer, orders: 2.5 })[0]).toContain(
      'orders 2.5 is not a whole number',
    );
  });

  it('rejects negative seconds, hours and revenue', () => {
    expect(issues(callSchema, { ...call, waitSeconds: -3 })).toEqual([
      'waitSeconds: waitSeconds -3 is negative; it must be 0 or more',
    ]);
    expect(issues(agentSchema, { ...agent, trainingHours: -1 })[0]).toContain(
      'trainingHours -1 is negative',
    );
    expect(issues(customerSchema, { ...customer, revenue: -10 })[0]).toContain(
      'revenue -10 is negative',
    );
  });

  it('rejects numeric text in a number field', () => {
    expect(issues(ticketSchema, { ...ticket, csat: '4' })).toEqual([
      'csat: csat "4" is not a number (mapRecords converts numeric text)',
    ]);
  });

  it('rejects NaN and Infinity in number fields', () => {
    expect(
      issues(callSchema, {
        ...call,
        talkSeconds: Number.NaN,
        holdSeconds: Number.NEGATIVE_INFINITY,
      }),
    ).toEqual([
      'talkSeconds: talkSeconds NaN is not a finite number',
      'holdSeconds: holdSeconds -Infinity is not a finite number',
    ]);
  });

  it('rejects a non-boolean in a yes/no field', () => {
    expect(issues(callSchema, { ...call, answered: 'Y' })).toEqual([
      'answered: answered "Y" is not true or false (mapRecords converts yes/no text)',
    ]);
  });
});

describe('inverted times (KPIS rule 7)', () => {
  it('rejects resolvedAt before createdAt on resolvedAt', () => {
    expect(issues(ticketSchema, { ...ticket, resolvedAt: '2026-03-01T08:00:00Z' })).toEqual([
      'resolvedAt: resolvedAt 2026-03-01T08:00:00.000Z is before createdAt 2026-03-02T08:00:00.000Z',
    ]);
  });

  it('rejects firstResponseAt before createdAt', () => {
    expect(issues(ticketSchema, { ...ticket, firstResponseAt: T0 - 1 })).toEqual([
      'firstResponseAt: firstResponseAt 2026-03-02T07:59:59.999Z is before createdAt 2026-03-02T08:00:00.000Z',
    ]);
  });

  it('rejects closedAt before createdAt', () => {
    expect(
      issues(ticketSchema, { ...ticket, status: 'closed', closedAt: T0 - 60_000 })[0],
    ).toContain('closedAt 2026-03-02T07:59:00.000Z is before createdAt');
  });

  it('rejects closedAt before resolvedAt', () => {
    const input = {
      ...ticket,
      status: 'closed',
      resolvedAt: T0 + 7_200_000,
      closedAt: T0 + 3_600_000,
    };
    expect(issues(ticketSchema, input)).toEqual([
      'closedAt: closedAt 2026-03-02T09:00:00.000Z is before resolvedAt 2026-03-02T10:00:00.000Z',
    ]);
  });

  it('rejects surveyedAt and followUpAt before createdAt', () => {
    expect(
      issues(ticketSchema, { ...ticket, surveyedAt: T0 - 1000, followUpAt: T0 - 1000 }),
    ).toEqual([
      'surveyedAt: surveyedAt 2026-03-02T07:59:59.000Z is before createdAt 2026-03-02T08:00:00.000Z',
      'followUpAt: followUpAt 2026-03-02T07:59:59.000Z is before createdAt 2026-03-02T08:00:00.000Z',
    ]);
  });

  it('accepts times equal to createdAt (zero duration)', () => {
    expect(
      ticketSchema.parse({ ...ticket, firstResponseAt: T0, resolvedAt: T0, closedAt: T0 })
        .resolvedAt,
    ).toBe(T0);
  });

  it('accepts a due instant before createdAt (it is simply overdue)', () => {
    expect(ticketSchema.parse({ ...ticket, responseDueAt: T0 - 1 }).responseDueAt).toBe(T0 - 1);
  });
});

describe('agent and customer rules', () => {
  it('rejects an invalid period key', () => {
    expect(issues(agentSchema, { ...agent, period: '2026-13' })).toEqual([
      'period: period "2026-13" is not a period key (2026, 2026-Q1, 2026-03, 2026-W09 or 2026-03-05)',
    ]);
  });

  it('accepts every period granularity and a year number', () => {
    for (const period of ['2026', '2026-Q1', '2026-03', '2026-W09', '2026-03-05']) {
      expect(agentSchema.parse({ ...agent, period }).period).toBe(period);
    }
    expect(customerSchema.parse({ ...customer, period: 2026 }).period).toBe('2026');
  });

  it('rejects goalsMet above goalsSet', () => {
    expect(issues(agentSchema, { ...agent, goalsSet: 3, goalsMet: 5 })).toEqual([
      'goalsMet: goalsMet 5 is more than goalsSet 3',
    ]);
  });

  it('rejects plansDone above plansSet', () => {
    expect(issues(agentSchema, { ...agent, plansSet: 2, plansDone: 3 })).toEqual([
      'plansDone: plansDone 3 is more than plansSet 2',
    ]);
  });

  it('rejects a passed exam that was not taken', () => {
    expect(issues(agentSchema, { ...agent, examTaken: false, examPassed: true })).toEqual([
      'examPassed: examPassed is true but examTaken is false',
    ]);
  });

  it('rejects repeatRevenue above revenue', () => {
    expect(issues(customerSchema, { ...customer, revenue: 300, repeatRevenue: 500 })).toEqual([
      'repeatRevenue: repeatRevenue 500 is more than revenue 300',
    ]);
  });
});

describe('attributes', () => {
  it('keeps unknown scalar fields as attributes', () => {
    const parsed = ticketSchema.parse({
      ...ticket,
      province: '浙江',
      vip: true,
      score: 3,
      note: null,
    });
    expect(parsed.attributes).toEqual({ province: '浙江', vip: true, score: 3, note: null });
  });

  it('merges unknown fields over an explicit attributes object', () => {
    const parsed = callSchema.parse({ ...call, attributes: { queue: 'a', site: 'x' }, queue: 'b' });
    expect(parsed.attributes).toEqual({ queue: 'b', site: 'x' });
  });

  it('leaves attributes undefined when there are none', () => {
    expect(customerSchema.parse(customer).attributes).toBeUndefined();
  });

  it('rejects a nested object in an unknown field, naming it', () => {
    expect(issues(ticketSchema, { ...ticket, address: { city: 'Hangzhou' } })[0]).toMatch(
      /^address: address is an object; unknown fields are kept as attributes/,
    );
  });

  it('rejects an array or a Date in an unknown field', () => {
    expect(issues(agentSchema, { ...agent, skills: ['a'] })[0]).toContain('skills is an array');
    expect(issues(customerSchema, { ...customer, since: new Date(T0) })[0]).toContain(
      'since is 2026-03-02T08:00:00.000Z',
    );
  });

  it('rejects NaN in an unknown field', () => {
    expect(issues(ticketSchema, { ...ticket, weight: Number.NaN })).toEqual([
      'weight: weight NaN is not a finite number',
    ]);
  });

  it('rejects a nested value inside the explicit attributes', () => {
    expect(issues(ticketSchema, { ...ticket, attributes: { tags: ['x'] } })[0]).toMatch(
      /^attributes\.tags: /,
    );
  });

  it('lists an attribute problem together with field problems', () => {
    expect(
      issues(ticketSchema, { ...ticket, csat: 9, extra: [1] }).map((l) => l.split(':')[0]),
    ).toEqual(['csat', 'extra']);
  });
});

describe('record shape', () => {
  it('builds every ticket with the same keys in the same order', () => {
    const minimal = ticketSchema.parse(ticket);
    const full = ticketSchema.parse({
      ...ticket,
      firstResponseAt: T0,
      csat: 5,
      qa: { empathy: 90 },
      region: 'east',
      extra: 'x',
    });
    expect(Object.keys(full)).toEqual(Object.keys(minimal));
    expect(Object.keys(minimal)).toHaveLength(30); // 29 canonical fields + attributes
    expect('resolvedAt' in minimal && minimal.resolvedAt === undefined).toBe(true);
  });

  it('builds every call, agent and customer with a fixed key set', () => {
    expect(Object.keys(callSchema.parse(call))).toHaveLength(12);
    expect(Object.keys(agentSchema.parse(agent))).toHaveLength(17);
    expect(Object.keys(customerSchema.parse(customer))).toHaveLength(9);
  });

  it('rejects a record that is not an object', () => {
    expect(issues(ticketSchema, 'T-1')).toEqual([': a ticket must be an object, not a string']);
  });
});

describe('datasetSchema', () => {
  it('fills missing tables with empty arrays', () => {
    expect(datasetSchema.parse({ calls: [call] })).toMatchObject({
      tickets: [],
      agents: [],
      customers: [],
    });
  });

  it('rejects a duplicate id at its later occurrence', () => {
    expect(issues(datasetSchema, { tickets: [ticket, ticket] })).toEqual([
      'tickets.1.id: duplicate id "T-1" (first at tickets[0])',
    ]);
  });

  it('rejects an unknown table name', () => {
    expect(issues(datasetSchema, { ticket: [] })[0]).toContain('ticket');
  });
});
