import {
  createEvaluationStream,
  DatasetError,
  defineMetric,
  evaluate,
  evaluateRecords,
  metrics,
  Outcome,
  parseDataset,
  type ServiceTicket,
} from '@servicescore/core';
import { ratioAccumulator } from '@servicescore/core/advanced';
import { generateDemoDataset } from '@servicescore/core/demo';
import { describe, expect, it } from 'vitest';

const demo = generateDemoDataset({ tickets: 4000, agents: 12, months: 4, calls: 1500 });
const allIds = Object.values(metrics).map((m) => m.id);
const timeFields = new Set([
  'createdAt',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'surveyedAt',
  'responseDueAt',
  'resolutionDueAt',
  'followUpAt',
  'startedAt',
]);

/** A table as a host exports it: present fields only, instants as ISO strings. */
// biome-ignore lint/suspicious/noExplicitAny: raw host rows are untyped on purpose
function raw(rows: readonly object[]): any[] {
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      if (v === undefined) continue;
      out[k] = timeFields.has(k) && typeof v === 'number' ? new Date(v).toISOString() : v;
    }
    return out;
  });
}

const input = {
  tickets: raw(demo.tickets),
  calls: raw(demo.calls),
  agents: raw(demo.agents),
  customers: raw(demo.customers),
};
const options = {
  metrics: allIds,
  groupBy: 'agentId',
  period: 'month' as const,
  timeZone: 'Asia/Shanghai',
  asOf: demo.meta.asOf,
};

describe('evaluateRecords', () => {
  it('gives exactly what parseDataset + evaluate give, every metric, agent × month', () => {
    const expected = evaluate(parseDataset(input).dataset, options);
    const { evaluation, rejected, counts } = evaluateRecords(input, options);
    expect(rejected).toEqual([]);
    expect(counts.tickets).toEqual({ input: 4000, accepted: 4000, rejected: 0 });
    expect(evaluation).toEqual(expected);
  });

  it('gives the same result fed in chunks of any size', () => {
    const expected = evaluateRecords(input, options).evaluation;
    const stream = createEvaluationStream(options);
    for (let at = 0; at < 4000; at += 777) {
      stream.add({ tickets: input.tickets.slice(at, at + 777) });
    }
    stream.add({ calls: input.calls, agents: input.agents, customers: input.customers });
    expect(stream.added).toBe(
      4000 + input.calls.length + input.agents.length + input.customers.length,
    );
    expect(stream.finish().evaluation).toEqual(expected);
  });

  it('numbers rejected records across chunks and finds duplicates across chunks', () => {
    const a = {
      id: 'T-1',
      createdAt: '2026-03-01T08:00:00Z',
      status: 'open' as const,
      kind: 'repair' as const,
    };
    const bad = { id: 'T-2', createdAt: 'yesterday', status: 'open' as const };
    const stream = createEvaluationStream({
      metrics: ['complaintRate'],
      onInvalid: 'collect',
      asOf: 0,
    });
    stream.add({ tickets: [a, bad] });
    stream.add({ tickets: [{ ...a }] });
    const { rejected, counts, evaluation } = stream.finish();
    // tickets[1] has an unreadable date; tickets[2] repeats T-1 (first at tickets[0]).
    expect(rejected.map((r) => [r.index, r.reason])).toEqual([
      [1, expect.stringContaining('createdAt "yesterday" is not an ISO-8601 date-time')],
      [2, 'duplicate id "T-1" (first at tickets[0])'],
    ]);
    expect(counts.tickets).toEqual({ input: 3, accepted: 1, rejected: 2 });
    // Only T-1 counts: one ticket, not a complaint.
    expect(evaluation.overall.complaintRate?.denominator).toBe(1);
  });

  it("throws one DatasetError listing every invalid record in 'throw' mode", () => {
    const tickets = [
      { id: 'T-1', createdAt: 1, status: 'done' },
      { id: '', createdAt: 1, status: 'open' },
    ] as never[];
    expect(() => evaluateRecords({ tickets }, { metrics: ['csat'], asOf: 0 })).toThrow(
      DatasetError,
    );
    expect(() => evaluateRecords({ tickets }, { metrics: ['csat'], asOf: 0 })).toThrow(
      /rejected 2 of 2 records/,
    );
  });

  it('stages a hand-written ratio metric that declares it needs repeat faults', () => {
    const accumulator = ratioAccumulator((t: ServiceTicket, ctx) => {
      if (t.kind !== 'complaint') return Outcome.Skip;
      const r = ctx.repeatFault();
      return r === 1 ? Outcome.Hit : r === 0 ? Outcome.Miss : Outcome.Skip;
    });
    const spec = {
      id: 'complaintRepeats',
      label: { 'zh-CN': '投诉重复', 'en-US': 'Complaint repeats' },
      formula: { 'zh-CN': '—', 'en-US': '—' },
      unit: 'ratio',
      direction: 'lower',
      category: 'custom',
      table: 'tickets',
      timestamp: 'resolvedAt',
      minSample: 1,
      accumulator,
    } as const;
    const complaintRepeats = defineMetric({ ...spec, needs: ['repeatFaults'] });
    const own = { ...options, metrics: [complaintRepeats, 'csat', 'repeatFaultRate'] };
    const expected = evaluate(parseDataset(input).dataset, own);
    expect(expected.overall.complaintRepeats?.denominator).toBeGreaterThan(0);
    expect(evaluateRecords(input, own).evaluation).toEqual(expected);

    // Without the declaration the one-pass engine cannot know in time: a clear error, not a guess.
    const undeclared = defineMetric(spec);
    expect(() => evaluateRecords(input, { ...options, metrics: [undeclared] })).toThrow(
      /needs: \['repeatFaults'\]/,
    );
  });

  it('re-reads the tickets for an opaque accumulator that needs repeat faults', () => {
    // Not a kit fold (no classify/tally): the engine cannot stage it and feeds it in a second
    // read. Counts resolved tickets repeated (1) and not (0) as [repeated, judged].
    const accumulator = {
      init: () => [0, 0],
      add(state: number[], t: ServiceTicket, ctx: { repeatFault(): number }) {
        if (t.status !== 'resolved' && t.status !== 'closed') return;
        if (t.resolvedAt === undefined) return;
        const r = ctx.repeatFault();
        if (r < 0) return;
        state[0] = (state[0] as number) + r;
        state[1] = (state[1] as number) + 1;
      },
      merge: (a: number[], b: number[]) => [
        (a[0] as number) + (b[0] as number),
        (a[1] as number) + (b[1] as number),
      ],
      result: (state: number[], ctx: { metricId: string; minSample: number }) => ({
        metricId: ctx.metricId,
        unit: 'count' as const,
        value: state[0] as number,
        denominator: state[1] as number,
        sampleSize: state[1] as number,
        sufficient: (state[1] as number) >= ctx.minSample,
      }),
    };
    const repeated = defineMetric({
      id: 'repeatedCount',
      label: { 'zh-CN': '重复故障数', 'en-US': 'Repeated' },
      formula: { 'zh-CN': '—', 'en-US': '—' },
      unit: 'count',
      direction: 'lower',
      category: 'custom',
      table: 'tickets',
      timestamp: 'resolvedAt',
      minSample: 1,
      needs: ['repeatFaults'],
      accumulator: accumulator as never,
    });
    const own = { ...options, metrics: [repeated, 'repeatFaultRate', 'solutionEffectiveness'] };
    const expected = evaluate(parseDataset(input).dataset, own);
    // The demo data has repeats: the replayed metric saw judged tickets and some repeated.
    expect(expected.overall.repeatedCount?.denominator).toBeGreaterThan(0);
    expect(expected.overall.repeatedCount?.value).toBeGreaterThan(0);
    // The staged catalogue metric counts the same repeats among resolved tickets with a customer.
    expect(expected.overall.repeatFaultRate?.numerator).toBe(expected.overall.repeatedCount?.value);
    expect(evaluateRecords(input, own).evaluation).toEqual(expected);
  });

  it('counts a ticket without a group once, also when its only metric waits for the replay', () => {
    // Found by the fuzz suite: repeatFaultRate alone is set aside before the pass, and the one
    // ticket (no region) was then never counted in `ungrouped`.
    const tickets = [{ id: 'T-0', createdAt: 1_767_225_600_000, status: 'open' as const }];
    const options = { metrics: ['repeatFaultRate'], groupBy: 'region', asOf: 1_767_225_600_000 };
    const expected = evaluate(parseDataset({ tickets }).dataset, options);
    expect(expected.ungrouped.tickets).toBe(1);
    expect(evaluateRecords({ tickets }, options).evaluation).toEqual(expected);
  });

  it('gives where filters the record being read and counts only what passes', () => {
    const seen: string[] = [];
    const { evaluation } = evaluateRecords(input, {
      ...options,
      metrics: ['complaintRate'],
      where: {
        tickets: (t) => {
          seen.push(t.id);
          return t.channel === 'phone';
        },
      },
    });
    const phone = demo.tickets.filter((t) => t.channel === 'phone' && t.excluded === undefined);
    expect(seen).toHaveLength(4000);
    expect(seen[17]).toBe(demo.tickets[17]?.id);
    expect(evaluation.records.tickets).toBe(phone.length);
  });

  it('rejects a bad input or option with a readable error', () => {
    expect(() => evaluateRecords([] as never, { metrics: ['csat'] })).toThrow(
      'evaluateRecords: the input is an array; pass an object with tables { tickets?, calls?, agents?, customers? }.',
    );
    expect(() => evaluateRecords({ tickets: {} } as never, { metrics: ['csat'] })).toThrow(
      'evaluateRecords: table tickets is an object, not an array of records.',
    );
    expect(() => evaluateRecords({}, { metrics: ['csat'], onInvalid: 'skip' as never })).toThrow(
      /onInvalid` is "skip"; it must be 'throw' or 'collect'/,
    );
  });
});
